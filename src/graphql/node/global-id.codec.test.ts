import { describe, expect, it } from "vitest";
import { globalId, parseGlobalId, roleGlobalId, serviceGlobalId } from "./global-id.codec.js";

const IS = "IS" + "a".repeat(32);
const RL = "RL" + "b".repeat(32);
const CH = "CH" + "c".repeat(32);
const MB = "MB" + "d".repeat(32);
const CR = "CR" + "e".repeat(32);

describe("global ids", () => {
  it.each([
    ["a Service", serviceGlobalId(IS), { type: "Service", keys: [IS] }],
    ["a Role", roleGlobalId(IS, RL), { type: "Role", keys: [IS, RL] }],
    ["a Channel", globalId("Channel", IS, CH), { type: "Channel", keys: [IS, CH] }],
    ["a Member", globalId("Member", IS, CH, MB), { type: "Member", keys: [IS, CH, MB] }],
    ["a Credential (account level)", globalId("Credential", CR), { type: "Credential", keys: [CR] }],
  ])("round-trips %s", (_name, id, target) => {
    expect(parseGlobalId(id)).toEqual(target);
  });

  it("keeps the ids it issued before (Service, Role)", () => {
    expect(serviceGlobalId(IS)).toBe(Buffer.from(`Service:${IS}`).toString("base64url"));
    expect(roleGlobalId(IS, RL)).toBe(Buffer.from(`Role:${IS}/${RL}`).toString("base64url"));
  });

  it("is opaque: the SID does not show through", () => {
    expect(serviceGlobalId(IS)).not.toContain(IS);
  });

  const id = (plain: string) => Buffer.from(plain).toString("base64url");
  it.each([
    ["empty", ""],
    ["not base64url", "!!!"],
    ["a raw SID", IS],
    ["unknown type", id(`Thing:${IS}`)],
    ["a prototype key as type", id(`constructor:${IS}`)],
    ["bad service SID", id("Service:ISnothex")],
    ["role without service", id(`Role:${RL}`)],
    ["role with swapped SIDs", id(`Role:${RL}/${IS}`)],
    ["a member without its channel", id(`Member:${IS}/${MB}`)],
    ["a channel with one SID too many", id(`Channel:${IS}/${CH}/${CH}`)],
    ["oversized", "A".repeat(500)],
  ])("rejects %s", (_name, value) => {
    expect(parseGlobalId(value)).toBeNull();
  });
});
