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

describe("a list page asked for twice in one operation is read once", () => {
  let service: string;
  let channel: string;
  beforeAll(async () => {
    const client = harness.twilio();
    service = (await client.chat.v2.services.create({ friendlyName: "pages" })).sid;
    channel = (await client.chat.v2.services(service).channels.create({ friendlyName: "general" })).sid;
    for (const body of ["one", "two", "three"])
      await client.chat.v2.services(service).channels(channel).messages.create({ body, from: "ana" });
  });
  const withIds = (requests: Array<{ method: string; path: string; query: string }>) =>
    routes(requests.map((r) => ({ method: r.method, path: r.path.replace(/CH[0-9a-f]{32}/g, "{CH}") + (r.query ? `?${r.query}` : "") })));

  it.each<[string, (s: string, c: string) => string, string[]]>([
    [
      "the same services page under two aliases",
      () => `{ a: services(first: 5) { nodes { sid } } b: services(first: 5) { nodes { friendlyName } } }`,
      ["GET /v2/Services?PageSize=6"],
    ],
    [
      "pages of two sizes: two pages",
      () => `{ a: services(first: 5) { nodes { sid } } b: services(first: 6) { nodes { sid } } }`,
      ["GET /v2/Services?PageSize=6", "GET /v2/Services?PageSize=7"],
    ],
    [
      "a channel's newest messages under two aliases",
      (s, c) =>
        `{ service(sid: "${s}") { channel(sid: "${c}") { a: messages(last: 2) { nodes { body } } b: messages(last: 2) { nodes { index } } } } }`,
      [
        "GET /v2/Services/{IS}",
        "GET /v2/Services/{IS}/Channels/{CH}",
        "GET /v2/Services/{IS}/Channels/{CH}/Messages?Order=desc&PageSize=3",
      ],
    ],
    [
      "the same newest message through the channel list and through the channel (two components' fragments)",
      (s, c) =>
        `{ service(sid: "${s}") { channels(first: 5) { nodes { messages(last: 1) { nodes { body } } } } ` +
        `channel(sid: "${c}") { messages(last: 1) { nodes { index } } } } }`,
      [
        "GET /v2/Services/{IS}",
        "GET /v2/Services/{IS}/Channels/{CH}",
        "GET /v2/Services/{IS}/Channels/{CH}/Messages?Order=desc&PageSize=2",
        "GET /v2/Services/{IS}/Channels?Type=private&Type=public&PageSize=6",
      ],
    ],
  ])("%s", async (_name, query, expected) => {
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL<Record<string, unknown>, unknown>(harness.chatql.graphqlUrl, query(service, channel));
      expect(response.errors).toBeUndefined();
    });
    expect(withIds(requests)).toEqual([...expected].sort());
  });

  it("a write between two reads of a page: the second read asks the upstream again and sees the write", async () => {
    const send = (alias: string, body: string) =>
      `${alias}: sendMessage(input: { serviceSid: "${service}", channelSid: "${channel}", body: "${body}" }) ` +
      `{ message { channel { messages(last: 1) { nodes { body } } } } }`;
    type Sent = { message: { channel: { messages: { nodes: Array<{ body: string }> } } } };
    let data!: Record<string, Sent>;
    const requests = await harness.countUpstream(async () => {
      data = dataOf(
        await postGraphQL<Record<string, Sent>, unknown>(
          harness.chatql.graphqlUrl,
          `mutation { ${send("a", "four")} ${send("b", "five")} }`,
        ),
      );
    });
    expect(data.a!.message.channel.messages.nodes.map((n) => n.body)).toEqual(["four"]);
    expect(data.b!.message.channel.messages.nodes.map((n) => n.body)).toEqual(["five"]);
    expect(withIds(requests).filter((r) => r.includes("/Messages?"))).toHaveLength(2);
  });
});
