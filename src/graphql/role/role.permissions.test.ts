import { describe, expect, it } from "vitest";
import { permissionsNotOf } from "./role.permissions.js";
import { RoleType } from "./role.type.js";

describe("role permissions", () => {
  it("names what a type cannot hold, once each", () => {
    expect(permissionsNotOf(RoleType.DEPLOYMENT, ["createChannel", "sendMessage", "sendMessage", "fly"])).toEqual(["sendMessage", "fly"]);
    expect(permissionsNotOf(RoleType.CHANNEL, ["sendMessage", "leaveChannel"])).toEqual([]);
  });
});
