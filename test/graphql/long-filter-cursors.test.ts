// Cursors of lists filtered by a long `identities` filter: each cursor is bound to its filter,
// yet must stay short enough for chatql to read back, so a client can page through such a list
// like any other (a cursor that carried the filter itself was over 5,000 characters here).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeForm } from "../../src/chat-api/index.js";
import { FILTER_QUERY_MAX_BYTES, FILTER_VALUES_MAX } from "../../src/graphql/connection/list.filter.js";
import { dataOf, postGraphQL, startHarness, type Harness } from "./harness.js";

interface Page {
  edges: Array<{ node: { sid: string; identity: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

// As many identities as a filter takes (100 of 256 characters would be past FILTER_QUERY_MAX_BYTES:
// below, the largest filter that bound lets through).
const IDENTITIES = Array.from({ length: FILTER_VALUES_MAX }, (_, i) => `firstname.lastname${i}@example.com`);

let harness: Harness;
let service: string;
let channel: string;

beforeAll(async () => {
  harness = await startHarness();
  const client = harness.twilio().chat.v2.services;
  service = (await client.create({ friendlyName: "long filters" })).sid;
  channel = (await client(service).channels.create({ friendlyName: "long filters" })).sid;
});
afterAll(() => harness.close());

describe.each(["members", "invites"] as const)(`%s filtered by ${FILTER_VALUES_MAX} e-mail addresses`, (list) => {
  // Three in the filter, joined in this order, and one outside it.
  const joined: Array<{ sid: string; identity: string }> = [];
  beforeAll(async () => {
    const resource = harness.twilio().chat.v2.services(service).channels(channel)[list];
    for (const identity of [IDENTITIES[42]!, "outsider", IDENTITIES[0]!, IDENTITIES[99]!]) {
      const created = await resource.create({ identity });
      if (identity !== "outsider") joined.push({ sid: created.sid, identity });
    }
  });

  const page = async (after?: string) => {
    const response = await postGraphQL<{ service: { channel: Record<string, Page> } }, { identities: string[]; after?: string }>(
      harness.chatql.graphqlUrl,
      `query ($identities: [String!], $after: String) { service(sid: "${service}") { channel(sid: "${channel}") {
        ${list}(first: 1, after: $after, identities: $identities) { edges { node { sid identity } } pageInfo { hasNextPage endCursor } } } } }`,
      { identities: IDENTITIES, after },
    );
    return dataOf(response).service.channel[list]!;
  };

  it("pages one at a time with the cursors it returns, each matching item once, in order", async () => {
    const seen: Array<{ sid: string; identity: string }> = [];
    let after: string | undefined;
    for (let step = 0; step < joined.length; step++) {
      const { edges, pageInfo } = await page(after);
      seen.push(...edges.map((edge) => edge.node));
      expect(pageInfo.hasNextPage).toBe(step < joined.length - 1);
      after = pageInfo.endCursor!;
    }
    expect(seen).toEqual(joined);
  });
});

describe(`an identities filter adding FILTER_QUERY_MAX_BYTES (${FILTER_QUERY_MAX_BYTES}) to the upstream URL`, () => {
  /**
   * Identities whose encoded query, as chatql's client writes it, is exactly `bytes` long, mostly of
   * `filler`: a space is 3 bytes there (%20) and "~" one, where URLSearchParams counts a space as
   * one (+) and "~" as three, so a bound measured any other way fails one of the two tests below.
   */
  const identities = (bytes: number, filler: "~" | " ") => {
    const size = (values: string[]) => encodeForm({ Identity: values }).length;
    const per = size([filler]) - size([""]);
    const list: string[] = [];
    // Identities of up to 240 fillers while more than 250 bytes are left, the last of them leaving
    // about 220; then one of tildes (a byte each) that fills the rest exactly.
    while (bytes - size([...list, "x"]) > 250) {
      const prefix = `${list.length}-`;
      const fillers = Math.min(240, Math.floor((bytes - size([...list, prefix]) - 220) / per));
      list.push(prefix + filler.repeat(Math.max(0, fillers)));
    }
    const last = `${list.length}-`;
    list.push(last + "~".repeat(bytes - size([...list, last])));
    expect(size(list)).toBe(bytes);
    expect(list.every((identity) => identity.length <= 256)).toBe(true);
    return list;
  };
  const members = (filter: string[]) =>
    postGraphQL<{ service: { channel: { members: { nodes: unknown[] } } } }, { identities: string[] }>(
      harness.chatql.graphqlUrl,
      `query ($identities: [String!]) { service(sid: "${service}") { channel(sid: "${channel}") { members(first: 5, identities: $identities) { nodes { sid } } } } }`,
      { identities: filter },
    );

  it("at the bound, of tildes, reaches the emulator and is answered", async () => {
    const response = await members(identities(FILTER_QUERY_MAX_BYTES, "~"));
    expect(response.errors).toBeUndefined();
    expect(dataOf(response).service.channel.members.nodes).toEqual([]);
  });

  it("a byte past it, of spaces, is BAD_USER_INPUT, before any upstream call", async () => {
    const filter = identities(FILTER_QUERY_MAX_BYTES + 1, " ");
    const calls = await harness.countUpstream(async () => {
      const response = await members(filter);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "identities" });
    });
    expect(calls.filter((call) => call.path.endsWith("/Members"))).toEqual([]);
  });
});
