import { describe, expect, it } from "vitest";
import { parseGlobalId, roleGlobalId, serviceGlobalId } from "./global-id.codec.js";

const IS = "IS" + "a".repeat(32);
const RL = "RL" + "b".repeat(32);

describe("global ids", () => {
  it("round-trips a Service and a Role", () => {
    expect(parseGlobalId(serviceGlobalId(IS))).toEqual({ type: "Service", sid: IS });
    expect(parseGlobalId(roleGlobalId(IS, RL))).toEqual({ type: "Role", serviceSid: IS, sid: RL });
  });

  it("is opaque: the SID does not show through", () => {
    expect(serviceGlobalId(IS)).not.toContain(IS);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "!!!"],
    ["a raw SID", IS],
    ["unknown type", Buffer.from(`Channel:${IS}`).toString("base64url")],
    ["bad service SID", Buffer.from("Service:ISnothex").toString("base64url")],
    ["role without service", Buffer.from(`Role:${RL}`).toString("base64url")],
    ["role with swapped SIDs", Buffer.from(`Role:${RL}/${IS}`).toString("base64url")],
  ])("rejects %s", (_name, id) => {
    expect(parseGlobalId(id)).toBeNull();
  });
});
