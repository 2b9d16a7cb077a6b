import { describe, expect, it } from "vitest";
import type { UserResource } from "../../chat-api/index.js";
import type { GraphQLContext } from "../context.js";
import { userBySid, userOf } from "./user.lookup.js";

const IS = "IS" + "1".repeat(32);
const ALICE = "US" + "a".repeat(32);
const BOB = "US" + "b".repeat(32);
const users: UserResource[] = [
  { sid: ALICE, account_sid: "AC" + "0".repeat(32), service_sid: IS, identity: "alice" },
  { sid: BOB, account_sid: "AC" + "0".repeat(32), service_sid: IS, identity: "bob" },
] as UserResource[];

/** A user loader as Twilio answers: the path's key is a SID when it looks like one, else an identity. */
function contextWith(all: UserResource[]): { context: GraphQLContext; keys: string[] } {
  const keys: string[] = [];
  const load = async (_service: string, key: string) => {
    keys.push(key);
    return (
      all.find((user) => (/^US[0-9a-fA-F]{32}$/.test(key) ? user.sid.toLowerCase() === key.toLowerCase() : user.identity === key)) ?? null
    );
  };
  return { context: { loaders: { user: { load } } } as unknown as GraphQLContext, keys };
}

describe("userOf (an identity's user)", () => {
  it.each([
    ["the user with that identity", "alice", "alice"],
    ["nobody for an identity no user has", "carol", null],
    ["nobody for an identity that looks like another user's SID", BOB, null],
    ["nobody for that SID in another case", BOB.toUpperCase().replace(/^US/, "US"), null],
    ["nobody for an identity in another case", "Alice", null],
    ["nobody for no identity", null, null],
    ["nobody for the empty identity", "", null],
  ])("answers %s", async (_name, identity, expected) => {
    const { context } = contextWith(users);
    expect((await userOf(context, IS, identity))?.identity ?? null).toBe(expected);
  });
});

describe("userBySid (a SID's user)", () => {
  it.each([
    ["the user with that SID", BOB, "bob"],
    ["the user with that SID in another case", "US" + "B".repeat(32), "bob"],
    ["nobody for a SID no user has", "US" + "c".repeat(32), null],
    ["nobody for no SID", null, null],
  ])("answers %s", async (_name, sid, expected) => {
    const { context } = contextWith(users);
    expect((await userBySid(context, IS, sid))?.identity ?? null).toBe(expected);
  });

  it("answers nobody when the upstream answers a user with another SID for the SID asked (identity lookup)", async () => {
    const impostor = { ...users[0]!, identity: BOB } as UserResource; // what an identity lookup of "US…b" would find, if one could exist
    const context = { loaders: { user: { load: async () => impostor } } } as unknown as GraphQLContext;
    expect(await userBySid(context, IS, BOB)).toBeNull();
  });
});
