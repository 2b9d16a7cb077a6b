// chatql makes the fewest upstream calls the REST API allows: each SID fetched at most once per
// operation, list pages prime the service loader, and a service's default roles come from one
// roles list call instead of one fetch per role.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodesByIdsDocument, ServicesWithDefaultRolesDocument, type ServicesWithDefaultRolesQuery } from "../../examples/client/graphql.js";
import { dataOf, postGraphQL, startHarness, type GraphQLResponse, type Harness } from "./harness.js";

let harness: Harness;
let sids: string[];

beforeAll(async () => {
  harness = await startHarness();
  const client = harness.twilio();
  sids = [];
  for (let i = 0; i < 20; i++) sids.push((await client.chat.v2.services.create({ friendlyName: `s${i}` })).sid);
});
afterAll(() => harness.close());

const routes = (requests: Array<{ method: string; path: string }>) =>
  requests.map((r) => `${r.method} ${r.path.replace(/IS[0-9a-f]{32}/g, "{IS}").replace(/RL[0-9a-f]{32}/g, "{RL}")}`).sort();

describe("upstream calls per operation", () => {
  it("20 services with their three default roles: one list call plus one roles call per service", async () => {
    let response!: GraphQLResponse<ServicesWithDefaultRolesQuery>;
    const requests = await harness.countUpstream(async () => {
      response = await harness.execute(ServicesWithDefaultRolesDocument, { first: 20 });
    });
    const { services } = dataOf(response);
    expect(services.nodes).toHaveLength(20);
    for (const node of services.nodes) {
      expect(node.defaultServiceRole?.friendlyName).toBe("service user");
      expect(node.defaultChannelRole?.friendlyName).toBe("channel user");
      expect(node.defaultChannelCreatorRole?.friendlyName).toBe("channel admin");
    }
    expect(routes(requests)).toEqual(["GET /v2/Services", ...Array(20).fill("GET /v2/Services/{IS}/Roles")].sort());
    // Each service's roles listed once.
    expect(new Set(requests.map((r) => r.path)).size).toBe(21);
  });

  it("the same service asked for through aliases, node and nodes is fetched once", async () => {
    const sid = sids[3]!;
    const { id } = dataOf(
      await postGraphQL<{ service: { id: string } }, unknown>(harness.chatql.graphqlUrl, `{ service(sid: "${sid}") { id } }`),
    ).service;
    const aliases = Array.from(
      { length: 5 },
      (_, i) => `a${i}: service(sid: "${sid}") { friendlyName defaultServiceRole { sid } defaultChannelRole { sid } }`,
    ).join("\n");
    const query = `{ ${aliases}\n n: node(id: "${id}") { id }\n ns: nodes(ids: ["${id}", "${id}"]) { id } }`;
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL<Record<string, unknown>, unknown>(harness.chatql.graphqlUrl, query);
      expect(response.errors).toBeUndefined();
    });
    expect(routes(requests)).toEqual(["GET /v2/Services/{IS}", "GET /v2/Services/{IS}/Roles"]);
  });

  it("nodes for several services fetches each once, in parallel", async () => {
    const ids = await Promise.all(
      sids
        .slice(0, 4)
        .map(
          async (sid) =>
            dataOf(await postGraphQL<{ service: { id: string } }, unknown>(harness.chatql.graphqlUrl, `{ service(sid: "${sid}") { id } }`))
              .service.id,
        ),
    );
    const requests = await harness.countUpstream(async () => {
      const { nodes } = dataOf(await harness.execute(NodesByIdsDocument, { ids: [...ids, ...ids] }));
      expect(nodes.map((n) => n?.id)).toEqual([...ids, ...ids]);
    });
    expect(routes(requests)).toEqual(Array(4).fill("GET /v2/Services/{IS}"));
  });
});
