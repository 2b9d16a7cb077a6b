import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "../../emulator/role/role.permissions.js";
import { permissionsNotOf, ROLE_PERMISSIONS } from "./role.permissions.js";
import { RoleType } from "./role.type.js";

describe("role permissions", () => {
  it("are the emulator's lists, type by type (one source: Twilio's Role resource)", () => {
    expect([...ROLE_PERMISSIONS[RoleType.CHANNEL]]).toEqual([...PERMISSIONS.channel].sort());
    expect([...ROLE_PERMISSIONS[RoleType.DEPLOYMENT]]).toEqual([...PERMISSIONS.deployment].sort());
  });

  it("names what a type cannot hold, once each", () => {
    expect(permissionsNotOf(RoleType.DEPLOYMENT, ["createChannel", "sendMessage", "sendMessage", "fly"])).toEqual(["sendMessage", "fly"]);
    expect(permissionsNotOf(RoleType.CHANNEL, ["sendMessage", "leaveChannel"])).toEqual([]);
  });
});
