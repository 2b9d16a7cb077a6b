// Paging through GraphQL over small upstream pages (CHAT_MAX_PAGE_SIZE=2), so every slice is
// stitched from several upstream pages: channels of both types (Twilio lists public ones unless
// asked for both), a channel's members filtered by identities, and its messages (read newest
// first from the end), forwards and backwards, every item exactly once and in order.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLE_LOOKUP_REQUESTS } from "../../src/graphql/role/role.lookup.js";
import { dataOf, postGraphQL, startHarness, type Harness } from "./harness.js";

interface Connection {
  edges: Array<{ cursor: string; node: { sid: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

let harness: Harness;
let service: string;

beforeAll(async () => {
  harness = await startHarness({ env: { CHAT_MAX_PAGE_SIZE: "2" } });
  service = (await harness.twilio().chat.v2.services.create({ friendlyName: "small pages" })).sid;
});
afterAll(() => harness.close());

/** One slice of a connection: `field` with its arguments, under `service(sid:)`; `path` picks the connection. */
async function slice(field: (args: string) => string, pick: (data: any) => Connection, args: Record<string, unknown>): Promise<Connection> {
  const list = Object.entries(args)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}: ${JSON.stringify(value)}`)
    .join(", ");
  const response = await postGraphQL(harness.chatql.graphqlUrl, `{ service(sid: "${service}") { ${field(list)} } }`);
  return pick(dataOf(response));
}

const PAGE = "edges { cursor node { sid } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

/** Every item, walking forward `first` at a time and backward `last` at a time, with pageInfo checked at each step. */
async function walkBothWays(read: (args: Record<string, unknown>) => Promise<Connection>, size: number) {
  const forward: string[] = [];
  let after: string | undefined;
  for (let step = 0; step < 100; step++) {
    const page = await read({ first: size, after });
    forward.push(...page.edges.map((edge) => edge.node.sid));
    expect(page.pageInfo.hasPreviousPage).toBe(step > 0);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor!;
  }
  const backward: string[] = [];
  let before: string | undefined;
  for (let step = 0; step < 100; step++) {
    const page = await read({ last: size, before });
    backward.unshift(...page.edges.map((edge) => edge.node.sid));
    expect(page.pageInfo.hasNextPage).toBe(step > 0);
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor!;
  }
  return { forward, backward };
}

describe("channels of both types", () => {
  const types = ["PUBLIC", "PRIVATE", "PRIVATE", "PUBLIC", "PRIVATE", "PUBLIC", "PUBLIC", "PRIVATE"] as const;
  let all: Array<{ sid: string; type: string }>;
  beforeAll(async () => {
    all = [];
    for (const [i, type] of types.entries()) {
      const channel = await harness
        .twilio()
        .chat.v2.services(service)
        .channels.create({ friendlyName: `c${i}`, type: type.toLowerCase() as "public" });
      all.push({ sid: channel.sid, type });
    }
  });
  const channels = (extra: Record<string, unknown>) => (args: Record<string, unknown>) =>
    slice(
      (list) =>
        `channels(${[list, ...Object.entries(extra).map(([name, value]) => `${name}: ${value}`)].filter(Boolean).join(", ")}) { ${PAGE} }`,
      (data) => data.service.channels,
      args,
    );

  it.each([1, 2, 3, 5])("both types, %i at a time: every channel once, in creation order", async (size) => {
    const { forward, backward } = await walkBothWays(channels({}), size);
    expect(forward).toEqual(all.map((channel) => channel.sid));
    expect(backward).toEqual(all.map((channel) => channel.sid));
  });

  it.each(["PRIVATE", "PUBLIC"])("only %s ones, 2 at a time", async (type) => {
    const { forward, backward } = await walkBothWays(channels({ types: `[${type}]` }), 2);
    const expected = all.filter((channel) => channel.type === type).map((channel) => channel.sid);
    expect(forward).toEqual(expected);
    expect(backward).toEqual(expected);
  });
});

describe("members filtered by identities", () => {
  let channel: string;
  let members: Array<{ sid: string; identity: string }>;
  beforeAll(async () => {
    const client = harness.twilio().chat.v2.services(service);
    channel = (await client.channels.create({ friendlyName: "members" })).sid;
    members = [];
    for (const identity of ["ann", "bob", "cy", "dee", "eve", "fay", "gus"]) {
      members.push({ sid: (await client.channels(channel).members.create({ identity })).sid, identity });
    }
  });
  const read = (identities: string[]) => (args: Record<string, unknown>) =>
    slice(
      (list) => `channel(sid: "${channel}") { members(${list}, identities: ${JSON.stringify(identities)}) { ${PAGE} } }`,
      (data) => data.service.channel.members,
      args,
    );

  it.each<[number, string[]]>([
    [2, ["bob", "cy", "eve", "fay", "gus"]],
    [1, ["gus", "ann", "dee"]],
    [3, ["ann", "bob", "cy", "dee", "eve", "fay", "gus"]],
    [2, ["nobody", "fay"]],
  ])("%i at a time, identities %j: each matching member once, in the order they joined", async (size, identities) => {
    const { forward, backward } = await walkBothWays(read(identities), size);
    const expected = members.filter((member) => identities.includes(member.identity)).map((member) => member.sid);
    expect(forward).toEqual(expected);
    expect(backward).toEqual(expected);
  });
});

describe("messages, read from the newest end", () => {
  let channel: string;
  const sent: string[] = [];
  beforeAll(async () => {
    const client = harness.twilio().chat.v2.services(service);
    channel = (await client.channels.create({ friendlyName: "thread" })).sid;
    for (let i = 0; i < 9; i++) sent.push((await client.channels(channel).messages.create({ body: `m${i}`, from: "ann" })).sid);
  });
  const read = (args: Record<string, unknown>) =>
    slice(
      (list) => `channel(sid: "${channel}") { messages(${list}) { ${PAGE} } }`,
      (data) => data.service.channel.messages,
      args,
    );

  it.each([1, 2, 4])("%i at a time, both ways: every message once, oldest first", async (size) => {
    const { forward, backward } = await walkBothWays(read, size);
    expect(forward).toEqual(sent);
    expect(backward).toEqual(sent);
  });

  /** A channel of its own with `size` messages, and a reader of its messages connection. */
  async function newThread(name: string, size: number) {
    const channels = harness.twilio().chat.v2.services(service).channels;
    const own = (await channels.create({ friendlyName: name })).sid;
    const thread: string[] = [];
    for (let i = 0; i < size; i++) thread.push((await channels(own).messages.create({ body: `t${i}` })).sid);
    const read = (args: Record<string, unknown>) =>
      slice(
        (list) => `channel(sid: "${own}") { messages(${list}) { ${PAGE} } }`,
        (data) => data.service.channel.messages,
        args,
      );
    return { channels, own, thread, read };
  }

  // last: 1 reads the newest page (no page token): its cursor is placed by the message's index,
  // since new messages push everything on that page down; last: 3 ends on a page read by token.
  it.each([1, 3])("pages back from last: %i after the start cursor's message was deleted and 3 newer were sent", async (count) => {
    const { channels, own, thread, read } = await newThread(`thread ${count}`, 8);

    const newest = await read({ last: count });
    expect(newest.edges.map((edge) => edge.node.sid)).toEqual(thread.slice(-count));
    await channels(own).messages(thread.at(-count)!).remove();
    for (let i = 0; i < 3; i++) await channels(own).messages.create({ body: `late${i}` });
    const older = await read({ last: 3, before: newest.pageInfo.startCursor });
    expect(older.edges.map((edge) => edge.node.sid)).toEqual(thread.slice(-count - 3, -count));
    expect(older.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  // A chat screen shows last: N, goes offline while more are sent, and catches up with first/after
  // from its endCursor: the newest page it was read from no longer reaches back to it.
  it.each([
    [1, 7, 3],
    [3, 11, 50],
  ])("catches up forward from last: %i after %i newer were sent, first: %i", async (count, added, first) => {
    const { channels, own, read } = await newThread(`catch-up ${count}`, 4);

    const newest = await read({ last: count });
    const late: string[] = [];
    for (let i = 0; i < added; i++) late.push((await channels(own).messages.create({ body: `late${i}` })).sid);
    const next = await read({ first, after: newest.pageInfo.endCursor });
    expect(next.edges.map((edge) => edge.node.sid)).toEqual(late.slice(0, first));
    expect(next.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: added > first });
  });
});

describe("role lookups read one page of the service's roles, not all of them", () => {
  it("a default role not on that page is fetched by SID: at most ROLE_LOOKUP_REQUESTS requests a lookup", async () => {
    const twilioService = await harness.twilio().chat.v2.services(service).fetch();
    const query = `{ service(sid: "${service}") { defaultServiceRole { sid } defaultChannelRole { sid } defaultChannelCreatorRole { sid } } }`;
    let data: unknown;
    const requests = await harness.countUpstream(async () => {
      data = dataOf(await postGraphQL(harness.chatql.graphqlUrl, query));
    });
    expect(data).toEqual({
      service: {
        defaultServiceRole: { sid: twilioService.defaultServiceRoleSid },
        defaultChannelRole: { sid: twilioService.defaultChannelRoleSid },
        defaultChannelCreatorRole: { sid: twilioService.defaultChannelCreatorRoleSid },
      },
    });
    const roles = `/v2/Services/${service}/Roles`;
    // One roles page (the service has four roles, two a page), never the walk to the second.
    expect(requests.filter((r) => r.path === roles).map((r) => r.query)).toEqual(["PageSize=2"]);
    const fetched = requests.filter((r) => r.path.startsWith(`${roles}/`));
    expect(fetched.length).toBeGreaterThan(0);
    expect(requests).toHaveLength(1 + 1 + fetched.length); // the service, its roles page, the roles not on it
    expect(1 + fetched.length).toBeLessThanOrEqual(3 * ROLE_LOOKUP_REQUESTS);
  });
});
