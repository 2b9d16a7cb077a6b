// The channel side end to end, through the typed client generated from examples/operations:
// channels, members, messages, invites and channel webhooks against the emulator, with the
// upstream requests each operation costs (DataLoader rules of DESIGN.md) counted on the emulator.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddMemberDocument,
  ChannelByUniqueNameDocument,
  ChannelMembersDocument,
  ChatScreenDocument,
  CreateChannelDocument,
  CreateChannelWebhookDocument,
  CreateInviteDocument,
  DeleteChannelDocument,
  DeleteChannelWebhookDocument,
  DeleteInviteDocument,
  DeleteMessageDocument,
  MarkReadDocument,
  MessageThreadDocument,
  RemoveMemberDocument,
  SendMessageDocument,
  UpdateChannelDocument,
  UpdateChannelWebhookDocument,
  UpdateMessageDocument,
  type ChannelWebhookConfigurationInput,
  type ChannelWebhookType,
} from "../../examples/client/graphql.js";
import { ATTRIBUTES_MAX_DEPTH } from "../../src/graphql/attributes/attributes.json.js";
import { createService, dataOf, postGraphQL, startHarnessWithService, type Harness } from "./harness.js";

let harness: Harness;
let service: string;

beforeAll(async () => {
  ({ harness, service } = await startHarnessWithService({ friendlyName: "chat" }));
});
afterAll(() => harness.close());

/** The createChannelWebhook payload, userErrors and all. */
const createWebhook = async (channelSid: string, type: ChannelWebhookType, configuration: ChannelWebhookConfigurationInput) =>
  dataOf(await harness.execute(CreateChannelWebhookDocument, { input: { serviceSid: service, channelSid, type, configuration } }))
    .createChannelWebhook;

const createChannel = async (input: Record<string, unknown>) => {
  const payload = dataOf(await harness.execute(CreateChannelDocument, { input: { serviceSid: service, ...input } })).createChannel;
  expect(payload.userErrors).toEqual([]);
  return payload.channel!;
};
const send = async (channelSid: string, from: string, body: string) => {
  const payload = dataOf(
    await harness.execute(SendMessageDocument, { input: { serviceSid: service, channelSid, from, body } }),
  ).sendMessage;
  expect(payload.userErrors).toEqual([]);
  return payload.message!;
};

describe("channels", () => {
  it("creates, finds by SID and by unique name, updates and deletes a channel", async () => {
    const channel = await createChannel({
      friendlyName: "General",
      uniqueName: "general",
      attributes: { topic: "all" },
      type: "PRIVATE",
      createdBy: "alice",
    });
    expect(channel).toMatchObject({
      friendlyName: "General",
      uniqueName: "general",
      attributes: { topic: "all" },
      type: "PRIVATE",
      createdBy: "alice",
      membersCount: 0,
    });
    expect(channel.creator).toBeNull(); // alice has no user yet

    const byName = dataOf(await harness.execute(ChannelByUniqueNameDocument, { service, uniqueName: "general" })).service!.channel!;
    expect(byName.sid).toBe(channel.sid);

    const updated = dataOf(
      await harness.execute(UpdateChannelDocument, {
        input: { serviceSid: service, sid: "general", friendlyName: "Everyone", uniqueName: null },
      }),
    ).updateChannel;
    expect(updated).toMatchObject({ userErrors: [], channel: { sid: channel.sid, friendlyName: "Everyone", uniqueName: null } });

    const deleted = dataOf(
      await harness.execute(DeleteChannelDocument, { input: { serviceSid: service, sid: channel.sid } }),
    ).deleteChannel;
    expect(deleted).toMatchObject({ userErrors: [], deletedChannelSid: channel.sid, deletedChannelId: channel.id });
    const gone = await postGraphQL(harness.chatql.graphqlUrl, `{ node(id: "${channel.id}") { id } }`);
    expect(gone.data).toEqual({ node: null });
  });

  it("lists public and private channels unless asked for one type (Twilio lists only public ones by default)", async () => {
    const own = await createService(harness, { friendlyName: "types" });
    for (const type of ["PUBLIC", "PRIVATE", "PUBLIC"]) {
      await harness.execute(CreateChannelDocument, { input: { serviceSid: own, friendlyName: type, type: type as "PUBLIC" } });
    }
    const list = (types?: string) =>
      postGraphQL<{ service: { channels: { nodes: Array<{ type: string }> } } }, never>(
        harness.chatql.graphqlUrl,
        `{ service(sid: "${own}") { channels(first: 10${types ? `, types: [${types}]` : ""}) { nodes { type } } } }`,
      );
    expect(dataOf(await list()).service.channels.nodes.map((node) => node.type)).toEqual(["PUBLIC", "PRIVATE", "PUBLIC"]);
    expect(dataOf(await list("PRIVATE")).service.channels.nodes.map((node) => node.type)).toEqual(["PRIVATE"]);
  });

  it.each([
    ["a unique name shaped like a channel SID", { uniqueName: "CH" + "a".repeat(32) }, ["input", "uniqueName"], "INVALID_FORMAT"],
    ["attributes over 16 KiB", { attributes: { x: "y".repeat(17_000) } }, ["input", "attributes"], "TOO_LONG"],
    ["a friendly name over 256 characters", { friendlyName: "n".repeat(257) }, ["input", "friendlyName"], "TOO_LONG"],
  ])("refuses %s before any upstream call", async (_name, input, field, code) => {
    const requests = await harness.countUpstream(async () => {
      const payload = dataOf(await harness.execute(CreateChannelDocument, { input: { serviceSid: service, ...input } })).createChannel;
      expect(payload.channel).toBeNull();
      expect(payload.userErrors).toEqual([expect.objectContaining({ field, code })]);
    });
    expect(requests).toEqual([]);
  });

  it("reports a unique name already taken as ALREADY_EXISTS on uniqueName (Twilio 50307)", async () => {
    await createChannel({ uniqueName: "taken" });
    const payload = dataOf(
      await harness.execute(CreateChannelDocument, { input: { serviceSid: service, uniqueName: "taken" } }),
    ).createChannel;
    expect(payload).toMatchObject({ channel: null, userErrors: [{ field: ["input", "uniqueName"], code: "ALREADY_EXISTS" }] });
  });
});

describe("members, invites and read receipts", () => {
  it("adds members by identity, with their users and roles, and marks messages read", async () => {
    const channel = await createChannel({ friendlyName: "team", createdBy: "carol" });
    for (const identity of ["carol", "dave"]) {
      const added = dataOf(
        await harness.execute(AddMemberDocument, { input: { serviceSid: service, channelSid: channel.sid, identity } }),
      ).addMember;
      expect(added.userErrors).toEqual([]);
      expect(added.member).toMatchObject({ identity, user: { identity }, role: { type: "CHANNEL" } });
    }
    const listed = dataOf(await harness.execute(ChannelMembersDocument, { service, channel: channel.sid })).service!.channel!;
    expect(listed.members.nodes.map((member) => [member.identity, member.role?.friendlyName])).toEqual([
      ["carol", "channel admin"], // the channel's creator gets the creator role
      ["dave", "channel user"],
    ]);
    const onlyDave = dataOf(await harness.execute(ChannelMembersDocument, { service, channel: channel.sid, identities: ["dave"] })).service!
      .channel!;
    expect(onlyDave.members.nodes.map((member) => member.identity)).toEqual(["dave"]);

    await send(channel.sid, "carol", "one");
    await send(channel.sid, "carol", "two");
    const read = dataOf(
      await harness.execute(MarkReadDocument, {
        input: { serviceSid: service, channelSid: channel.sid, sid: "dave", lastConsumedMessageIndex: 1 },
      }),
    ).updateMember;
    expect(read).toMatchObject({ userErrors: [], member: { lastConsumedMessageIndex: 1 } });

    const duplicate = dataOf(
      await harness.execute(AddMemberDocument, { input: { serviceSid: service, channelSid: channel.sid, identity: "dave" } }),
    ).addMember;
    expect(duplicate.userErrors).toEqual([expect.objectContaining({ field: ["input", "identity"], code: "ALREADY_EXISTS" })]);

    const removed = dataOf(
      await harness.execute(RemoveMemberDocument, { input: { serviceSid: service, channelSid: channel.sid, sid: "dave" } }),
    ).removeMember;
    expect(removed.userErrors).toEqual([]);
    expect(removed.deletedMemberSid).toMatch(/^MB/);
  });

  it("invites by identity with a role, and withdraws", async () => {
    const channel = await createChannel({ friendlyName: "invites" });
    const invited = dataOf(
      await harness.execute(CreateInviteDocument, { input: { serviceSid: service, channelSid: channel.sid, identity: "erin" } }),
    ).createInvite;
    expect(invited).toMatchObject({ userErrors: [], invite: { identity: "erin", roleSid: expect.stringMatching(/^RL/) } });
    const listed = dataOf(await harness.execute(ChannelMembersDocument, { service, channel: channel.sid })).service!.channel!;
    expect(listed.invites.nodes).toEqual([
      expect.objectContaining({ identity: "erin", role: expect.objectContaining({ friendlyName: "channel user" }) }),
    ]);
    const withdrawn = dataOf(
      await harness.execute(DeleteInviteDocument, { input: { serviceSid: service, channelSid: channel.sid, sid: invited.invite!.sid } }),
    ).deleteInvite;
    expect(withdrawn).toMatchObject({ userErrors: [], deletedInviteSid: invited.invite!.sid });
  });

  it("reports a full channel as LIMIT_EXCEEDED (Twilio 50403)", async () => {
    const small = await createService(harness, { friendlyName: "small", limits: { channelMembers: 1 } });
    const channel = dataOf(await harness.execute(CreateChannelDocument, { input: { serviceSid: small } })).createChannel.channel!;
    await harness.execute(AddMemberDocument, { input: { serviceSid: small, channelSid: channel.sid, identity: "first" } });
    const second = dataOf(
      await harness.execute(AddMemberDocument, { input: { serviceSid: small, channelSid: channel.sid, identity: "second" } }),
    ).addMember;
    expect(second).toMatchObject({ member: null, userErrors: [{ code: "LIMIT_EXCEEDED" }] });
  });
});

describe("messages", () => {
  let channel: { sid: string; id: string };
  beforeAll(async () => {
    channel = await createChannel({ friendlyName: "thread", uniqueName: "thread" });
    for (let i = 0; i < 25; i++) await send(channel.sid, i % 2 ? "frank" : "grace", `m${i}`);
  });

  it("reads the newest N from the newest end in one upstream page, and pages backwards from there", async () => {
    let requests = await harness.countUpstream(async () => {
      const thread = dataOf(await harness.execute(MessageThreadDocument, { service, channel: channel.sid, last: 5 })).service!.channel!;
      expect(thread.messages.edges.map((edge) => edge.node.body)).toEqual(["m20", "m21", "m22", "m23", "m24"]);
      expect(thread.messages.pageInfo.hasPreviousPage).toBe(true);
    });
    const messagePages = (list: typeof requests) => list.filter((request) => request.path.endsWith("/Messages"));
    expect(messagePages(requests).map((request) => request.query)).toEqual([expect.stringMatching(/Order=desc/)]);

    const bodies: string[] = [];
    let before: string | null | undefined;
    requests = await harness.countUpstream(async () => {
      for (let guard = 0; guard < 10; guard++) {
        const page = dataOf(await harness.execute(MessageThreadDocument, { service, channel: channel.sid, last: 10, before })).service!
          .channel!.messages;
        bodies.unshift(...page.edges.map((edge) => edge.node.body!));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
    });
    expect(bodies).toEqual(Array.from({ length: 25 }, (_, i) => `m${i}`));
  });

  it("edits (marked edited) and deletes a message; its index is never reused", async () => {
    const message = await send(channel.sid, "grace", "typo");
    const edited = dataOf(
      await harness.execute(UpdateMessageDocument, {
        input: { serviceSid: service, channelSid: "thread", sid: message.sid, body: "fixed" },
      }),
    ).updateMessage;
    expect(edited).toMatchObject({ userErrors: [], message: { body: "fixed", wasEdited: true } });
    const deleted = dataOf(
      await harness.execute(DeleteMessageDocument, { input: { serviceSid: service, channelSid: "thread", sid: message.sid } }),
    ).deleteMessage;
    expect(deleted).toMatchObject({ userErrors: [], deletedMessageSid: message.sid });
    const next = await send(channel.sid, "grace", "after");
    expect(next.index).toBe(message.index! + 1);
  });

  it("refuses a body over 32 KiB before any upstream call", async () => {
    const requests = await harness.countUpstream(async () => {
      const payload = dataOf(
        await harness.execute(SendMessageDocument, {
          input: { serviceSid: service, channelSid: channel.sid, body: "x".repeat(32 * 1024 + 1) },
        }),
      ).sendMessage;
      expect(payload.userErrors).toEqual([expect.objectContaining({ field: ["input", "body"], code: "TOO_LONG" })]);
    });
    expect(requests).toEqual([]);
  });
});

describe("stored attributes chatql cannot serve (written by a Twilio SDK, not through chatql)", () => {
  /** `[[…[]…]]`, `depth` levels deep. */
  const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

  it(`read as null with a warning past ATTRIBUTES_MAX_DEPTH (${ATTRIBUTES_MAX_DEPTH}) levels; the rest of the response is served`, async () => {
    const channel = await createChannel({ friendlyName: "deep attributes" });
    const messages = harness.twilio().chat.v2.services(service).channels(channel.sid).messages;
    for (const depth of [ATTRIBUTES_MAX_DEPTH, ATTRIBUTES_MAX_DEPTH + 1, 6000]) {
      await messages.create({ body: `depth ${depth}`, attributes: nested(depth) });
    }
    const response = await postGraphQL<
      { service: { channel: { messages: { nodes: Array<{ body: string; attributes: unknown }> } } } },
      never
    >(
      harness.chatql.graphqlUrl,
      `{ service(sid: "${service}") { channel(sid: "${channel.sid}") { messages(first: 5) { nodes { body attributes } } } } }`,
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.service.channel.messages.nodes;
    expect(nodes.map((node) => node.body)).toEqual([`depth ${ATTRIBUTES_MAX_DEPTH}`, `depth ${ATTRIBUTES_MAX_DEPTH + 1}`, "depth 6000"]);
    expect(JSON.stringify(nodes[0]!.attributes)).toBe(nested(ATTRIBUTES_MAX_DEPTH));
    expect(nodes.slice(1).map((node) => node.attributes)).toEqual([null, null]);
    expect((response as { extensions?: { warnings?: unknown } }).extensions?.warnings).toEqual(
      [1, 2].map((i) => ({
        path: ["service", "channel", "messages", "nodes", i, "attributes"],
        message: `The stored attributes are nested deeper than ${ATTRIBUTES_MAX_DEPTH} levels; read as null`,
      })),
    );
  });
});

describe("a list cursor belongs to its filter", () => {
  it.each(["members", "invites"])('a %s cursor of identities ["x,y"] is refused on identities ["x", "y"]', async (list) => {
    const channel = await createChannel({ friendlyName: `scope-${list}` });
    const mutation = list === "members" ? AddMemberDocument : CreateInviteDocument;
    for (const identity of ["x,y", "x", "y"]) {
      const payload = dataOf(
        await harness.execute(mutation as typeof AddMemberDocument, { input: { serviceSid: service, channelSid: channel.sid, identity } }),
      );
      expect(Object.values(payload)[0]!.userErrors).toEqual([]);
    }
    type Page = { service: { channel: { [list: string]: { edges: Array<{ cursor: string; node: { identity: string } }> } } } };
    const page = (identities: string[], after?: string) =>
      postGraphQL<Page, { identities: string[]; after?: string }>(
        harness.chatql.graphqlUrl,
        `query ($identities: [String!], $after: String) { service(sid: "${service}") { channel(sid: "${channel.sid}") {
          ${list}(first: 1, after: $after, identities: $identities) { edges { cursor node { identity } } } } } }`,
        { identities, after },
      );
    const joined = dataOf(await page(["x,y"])).service.channel[list]!.edges;
    expect(joined.map((edge) => edge.node.identity)).toEqual(["x,y"]);
    const replayed = await page(["x", "y"], joined[0]!.cursor);
    expect(replayed.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    // The same filter takes it.
    expect(dataOf(await page(["x,y"], joined[0]!.cursor)).service.channel[list]!.edges).toEqual([]);
  });
});

describe("names that are only dots (they would name another resource once the URL is normalised)", () => {
  let channel: { sid: string };
  beforeAll(async () => {
    channel = await createChannel({ friendlyName: "dots" });
  });
  const ask = (query: string) => postGraphQL<Record<string, unknown>, never>(harness.chatql.graphqlUrl, query);
  /** Requests below the service: the service itself may be fetched to resolve the query's root. */
  const below = (requests: Array<{ path: string }>) => requests.filter((request) => request.path !== `/v2/Services/${service}`);

  it.each([".", ".."])("reads as a missing object (null), with no upstream request for it: %s", async (name) => {
    let responses: Array<Awaited<ReturnType<typeof ask>>> = [];
    const requests = await harness.countUpstream(async () => {
      responses = await Promise.all([
        ask(`{ service(sid: "${service}") { channel(uniqueName: "${name}") { sid } user(identity: "${name}") { sid } } }`),
        ask(`{ service(sid: "${service}") { channel(sid: "${channel.sid}") { member(identity: "${name}") { sid } } } }`),
      ]);
    });
    expect(responses.map((response) => [response.errors, response.data])).toEqual([
      [undefined, { service: { channel: null, user: null } }],
      [undefined, { service: { channel: { member: null } } }],
    ]);
    expect(below(requests).map((request) => request.path)).toEqual([`/v2/Services/${service}/Channels/${channel.sid}`]);
  });

  it.each([".", ".."])("is refused where a name is given, as INVALID_FORMAT on its field, with nothing sent upstream: %s", async (name) => {
    const mutations: Array<[string, string[]]> = [
      [`createChannel(input: { serviceSid: "${service}", uniqueName: "${name}" }) { userErrors { field code } }`, ["input", "uniqueName"]],
      [
        `updateChannel(input: { serviceSid: "${service}", sid: "${channel.sid}", uniqueName: "${name}" }) { userErrors { field code } }`,
        ["input", "uniqueName"],
      ],
      [`createUser(input: { serviceSid: "${service}", identity: "${name}" }) { userErrors { field code } }`, ["input", "identity"]],
      [
        `addMember(input: { serviceSid: "${service}", channelSid: "${channel.sid}", identity: "${name}" }) { userErrors { field code } }`,
        ["input", "identity"],
      ],
      [
        `createInvite(input: { serviceSid: "${service}", channelSid: "${channel.sid}", identity: "${name}" }) { userErrors { field code } }`,
        ["input", "identity"],
      ],
    ];
    for (const [mutation, field] of mutations) {
      let response: Awaited<ReturnType<typeof ask>> | undefined;
      const requests = await harness.countUpstream(async () => {
        response = await ask(`mutation { ${mutation} }`);
      });
      expect(response!.errors, mutation).toBeUndefined();
      expect(Object.values(response!.data!)[0], mutation).toEqual({ userErrors: [{ field, code: "INVALID_FORMAT" }] });
      expect(requests, mutation).toEqual([]);
    }
  });

  it.each([".", ".."])("is NOT_FOUND in a mutation, with nothing sent upstream: %s", async (name) => {
    const mutations = [
      `updateChannel(input: { serviceSid: "${service}", sid: "${name}", friendlyName: "x" }) { channel { sid } }`,
      `deleteChannel(input: { serviceSid: "${service}", sid: "${name}" }) { deletedChannelSid }`,
      `sendMessage(input: { serviceSid: "${service}", channelSid: "${name}", body: "hi" }) { message { sid } }`,
      `removeMember(input: { serviceSid: "${service}", channelSid: "${channel.sid}", sid: "${name}" }) { deletedMemberSid }`,
    ];
    for (const mutation of mutations) {
      let response: Awaited<ReturnType<typeof ask>> | undefined;
      const requests = await harness.countUpstream(async () => {
        response = await ask(`mutation { ${mutation} }`);
      });
      expect(
        response!.errors?.map((error) => error.extensions?.code),
        mutation,
      ).toEqual(["NOT_FOUND"]);
      expect(requests, mutation).toEqual([]);
    }
  });
});

describe("names shaped like another kind of SID (Twilio takes a unique name or identity in place of a SID)", () => {
  const looksLikeMember = "MB" + "0123456789abcdef".repeat(2);
  const looksLikeChannel = "CH" + "fedcba9876543210".repeat(2);
  const ask = (query: string) => postGraphQL<Record<string, unknown>, never>(harness.chatql.graphqlUrl, query);

  it("reads and writes through them like any other name, and an applied write is reported as applied", async () => {
    const channel = await createChannel({ friendlyName: "sid-shaped", uniqueName: looksLikeMember });
    const added = dataOf(
      await harness.execute(AddMemberDocument, { input: { serviceSid: service, channelSid: looksLikeMember, identity: looksLikeChannel } }),
    ).addMember;
    expect(added.userErrors).toEqual([]);
    expect((await send(looksLikeMember, looksLikeChannel, "hello")).body).toBe("hello");
    const read = await ask(
      `{ service(sid: "${service}") { channel(uniqueName: "${looksLikeMember}") { sid member(identity: "${looksLikeChannel}") { identity } messages(first: 5) { nodes { body } } } user(identity: "${looksLikeChannel}") { identity channels(first: 5) { nodes { channelSid } } } } }`,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      service: {
        channel: { sid: channel.sid, member: { identity: looksLikeChannel }, messages: { nodes: [{ body: "hello" }] } },
        user: { identity: looksLikeChannel, channels: { nodes: [{ channelSid: channel.sid }] } },
      },
    });
  });
});

describe("the chat screen's upstream requests (DataLoader rules)", () => {
  it("costs 1 channel page + 1 message page per channel + 1 fetch per distinct author and member (the service is not fetched)", async () => {
    const own = await createService(harness, { friendlyName: "screen" });
    const authors = ["ann", "ben", "cid", "dee", "eve"];
    for (let c = 0; c < 4; c++) {
      const ch = dataOf(await harness.execute(CreateChannelDocument, { input: { serviceSid: own, friendlyName: `c${c}` } })).createChannel
        .channel!;
      for (const identity of authors)
        await harness.execute(AddMemberDocument, { input: { serviceSid: own, channelSid: ch.sid, identity } });
      for (let m = 0; m < 12; m++) {
        await harness.execute(SendMessageDocument, {
          input: { serviceSid: own, channelSid: ch.sid, from: authors[m % authors.length], body: `c${c}m${m}` },
        });
      }
    }
    const requests = await harness.countUpstream(async () => {
      const screen = dataOf(await harness.execute(ChatScreenDocument, { service: own, me: "ann", channels: 20, messages: 10 })).service!;
      expect(screen.channels.edges).toHaveLength(4);
      for (const edge of screen.channels.edges) {
        expect(edge.node.messages.nodes).toHaveLength(10);
        expect(edge.node.member?.lastConsumedMessageIndex).toBeNull();
        expect(edge.node.messages.nodes.every((message) => message.author?.identity === message.from)).toBe(true);
      }
    });
    const count = (pattern: RegExp) => requests.filter((request) => pattern.test(request.path)).length;
    expect(count(/^\/v2\/Services\/IS\w+$/)).toBe(0); // service(sid:) reads nothing of the service: not fetched
    expect(count(/\/Channels$/)).toBe(1);
    expect(count(/\/Messages$/)).toBe(4);
    expect(count(/\/Members\/ann$/)).toBe(4); // one member(identity:) per channel
    expect(count(/\/Users\//)).toBe(authors.length); // each author once, however many messages they wrote
    expect(requests).toHaveLength(1 + 4 + 4 + authors.length);
  });

  it("fetches a channel once when one operation asks for it by SID and by unique name at once", async () => {
    const channel = await createChannel({ friendlyName: "both keys", uniqueName: "both-keys" });
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL<{ service: { a: { id: string }; b: { id: string } } }, never>(
        harness.chatql.graphqlUrl,
        `{ service(sid: "${service}") { a: channel(sid: "${channel.sid}") { id } b: channel(uniqueName: "both-keys") { id } } }`,
      );
      expect(dataOf(response).service.a.id).toBe(dataOf(response).service.b.id);
    });
    expect(requests.map((request) => request.path).filter((path) => path.includes("/Channels/"))).toEqual([
      `/v2/Services/${service}/Channels/both-keys`,
    ]);
  });
});

describe("channel webhooks", () => {
  it("creates, updates and deletes a webhook of each shape", async () => {
    const channel = await createChannel({ friendlyName: "hooks" });
    const created = await createWebhook(channel.sid, "WEBHOOK", {
      url: "https://example.com/hook",
      method: "GET",
      filters: ["onMessageSent"],
      retryCount: 2,
    });
    expect(created).toMatchObject({
      userErrors: [],
      webhook: {
        type: "WEBHOOK",
        configuration: { url: "https://example.com/hook", method: "GET", filters: ["onMessageSent"], triggers: [], retryCount: 2 },
      },
    });
    const trigger = await createWebhook(channel.sid, "TRIGGER", { url: "https://example.com/t", triggers: ["help"] });
    expect(trigger.webhook?.configuration.triggers).toEqual(["help"]);

    const sid = created.webhook!.sid;
    const updated = dataOf(
      await harness.execute(UpdateChannelWebhookDocument, {
        input: { serviceSid: service, channelSid: channel.sid, sid, configuration: { url: "https://example.com/new" } },
      }),
    ).updateChannelWebhook;
    expect(updated).toMatchObject({
      userErrors: [],
      webhook: { configuration: { url: "https://example.com/new", filters: ["onMessageSent"] } },
    });
    // filters: [] clears them (left out, they stay).
    const cleared = dataOf(
      await harness.execute(UpdateChannelWebhookDocument, {
        input: { serviceSid: service, channelSid: channel.sid, sid, configuration: { filters: [] } },
      }),
    ).updateChannelWebhook;
    expect(cleared).toMatchObject({ userErrors: [], webhook: { configuration: { url: "https://example.com/new", filters: [] } } });
    const deleted = dataOf(
      await harness.execute(DeleteChannelWebhookDocument, { input: { serviceSid: service, channelSid: channel.sid, sid } }),
    ).deleteChannelWebhook;
    expect(deleted).toMatchObject({ userErrors: [], deletedWebhookSid: sid });
  });

  it("refuses more than 5 triggers and a non-http URL before any upstream call", async () => {
    const channel = await createChannel({ friendlyName: "bad hooks" });
    const requests = await harness.countUpstream(async () => {
      const payload = await createWebhook(channel.sid, "TRIGGER", { url: "ftp://example.com", triggers: ["a", "b", "c", "d", "e", "f"] });
      expect(payload.userErrors.map((error) => error.field)).toEqual(
        expect.arrayContaining([
          ["input", "configuration", "url"],
          ["input", "configuration", "triggers"],
        ]),
      );
    });
    expect(requests).toEqual([]);
  });

  it.each<[ChannelWebhookType, ChannelWebhookConfigurationInput, string[]]>([
    ["WEBHOOK", {}, ["url"]],
    ["TRIGGER", { url: "https://example.com/t" }, ["triggers"]],
    ["TRIGGER", {}, ["url", "triggers"]],
    ["STUDIO", { url: "https://example.com/s" }, ["flowSid"]],
  ])("refuses a %s webhook without what its type needs (%j) as REQUIRED, before any upstream call", async (type, configuration, fields) => {
    const channel = await createChannel({ friendlyName: `needs ${type}` });
    const requests = await harness.countUpstream(async () => {
      const payload = await createWebhook(channel.sid, type, configuration);
      expect(payload).toMatchObject({ webhook: null });
      expect(payload.userErrors).toEqual(
        fields.map((field) => ({
          field: ["input", "configuration", field],
          code: "REQUIRED",
          message: `A ${type} webhook needs configuration.${field}`,
        })),
      );
    });
    expect(requests).toEqual([]);
  });
});

describe("node(id:) refetches every channel-side type", () => {
  it("Channel, Member, Message, Invite and ChannelWebhook", async () => {
    const channel = await createChannel({ friendlyName: "nodes" });
    const member = dataOf(
      await harness.execute(AddMemberDocument, { input: { serviceSid: service, channelSid: channel.sid, identity: "hank" } }),
    ).addMember.member!;
    const message = await send(channel.sid, "hank", "hello");
    const invite = dataOf(
      await harness.execute(CreateInviteDocument, { input: { serviceSid: service, channelSid: channel.sid, identity: "ivy" } }),
    ).createInvite.invite!;
    const webhook = dataOf(
      await harness.execute(CreateChannelWebhookDocument, {
        input: { serviceSid: service, channelSid: channel.sid, type: "WEBHOOK", configuration: { url: "https://example.com/x" } },
      }),
    ).createChannelWebhook.webhook!;
    const ids = [channel.id, member.id, message.id, invite.id, webhook.id, member.user!.id];
    const response = await postGraphQL<{ nodes: Array<{ __typename: string; id: string }> }, never>(
      harness.chatql.graphqlUrl,
      `{ nodes(ids: ${JSON.stringify(ids)}) { __typename id } }`,
    );
    expect(dataOf(response).nodes.map((node) => [node.__typename, node.id])).toEqual([
      ["Channel", channel.id],
      ["Member", member.id],
      ["Message", message.id],
      ["Invite", invite.id],
      ["ChannelWebhook", webhook.id],
      ["User", member.user!.id],
    ]);
  });
});
