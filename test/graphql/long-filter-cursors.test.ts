// Cursors of lists filtered by a long `identities` filter: each cursor is bound to its filter,
// yet must stay short enough for chatql to read back, so a client can page through such a list
// like any other (a cursor that carried the filter itself was over 5,000 characters here).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILTER_VALUES_MAX } from "../../src/graphql/connection/list.filter.js";
import { dataOf, postGraphQL, startHarness, type Harness } from "./harness.js";

interface Page {
  edges: Array<{ node: { sid: string; identity: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

// As many identities as a filter takes. Not 256 characters each: the upstream request then lists
// them all in its URL, which the emulator (Node's 16 KB header limit) refuses with a 431.
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
