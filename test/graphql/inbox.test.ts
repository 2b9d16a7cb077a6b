// A user's channels end to end (the inbox): unread counts, muting, marking read, leaving, and the
// exact upstream requests the Inbox operation of examples/operations costs.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddMemberDocument,
  ChannelMembersDocument,
  CreateChannelDocument,
  InboxDocument,
  LeaveChannelDocument,
  SendMessageDocument,
  UpdateUserChannelDocument,
} from "../../examples/client/graphql.js";
import { createService, dataOf, postGraphQL, startHarness, type EmulatorRequest, type GraphQLResponse, type Harness } from "./harness.js";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const newService = (name: string) => createService(harness, { friendlyName: name });

/** A channel with `members`, and `messages` sent in turn by the members after the first. */
async function channelWith(service: string, name: string, members: string[], messages: number) {
  const channel = dataOf(
    await harness.execute(CreateChannelDocument, { input: { serviceSid: service, friendlyName: name, uniqueName: name } }),
  ).createChannel.channel!;
  for (const identity of members) {
    expect(
      dataOf(await harness.execute(AddMemberDocument, { input: { serviceSid: service, channelSid: channel.sid, identity } })).addMember
        .userErrors,
    ).toEqual([]);
  }
  const authors = members.length > 1 ? members.slice(1) : members;
  for (let i = 0; i < messages; i++) {
    await harness.execute(SendMessageDocument, {
      input: { serviceSid: service, channelSid: channel.sid, from: authors[i % authors.length], body: `${name} ${i}` },
    });
  }
  return channel;
}

const inbox = async (service: string, me: string) => dataOf(await harness.execute(InboxDocument, { service, me })).service!.user!;
const routes = (requests: EmulatorRequest[]) => requests.map((request) => `${request.method} ${request.path}`);

describe("the inbox", () => {
  let service: string;
  beforeAll(async () => {
    service = await newService("inbox");
    await channelWith(service, "general", ["me", "ann", "ben"], 5);
    await channelWith(service, "random", ["me", "cid"], 3);
    await channelWith(service, "quiet", ["me"], 0);
    await channelWith(service, "not-mine", ["ann"], 2);
  });

  it("lists my channels with their names, newest messages and unread counts (null before I read anything)", async () => {
    const me = await inbox(service, "me");
    expect(
      me.channels.edges.map(({ node }) => [
        node.channel.friendlyName,
        node.lastMessage?.body ?? null,
        node.lastMessage?.from ?? null,
        node.unreadMessagesCount,
        node.status,
      ]),
    ).toEqual([
      ["general", "general 4", "ann", null, "JOINED"],
      ["random", "random 2", "cid", null, "JOINED"],
      ["quiet", null, null, null, "JOINED"],
    ]);
    expect(me.channels.pageInfo.hasNextPage).toBe(false);
  });

  it("costs one user-channels page plus, per channel, its fetch and its newest message's fetch: the minimum", async () => {
    const requests = await harness.countUpstream(() => inbox(service, "me"));
    // The user channel names its channel and newest message by SID only: the channel's name and the
    // message's body need one fetch each, and Twilio has no fetch-many. A channel without messages
    // has no newest message to fetch. Neither the service nor the user is fetched: the query reads
    // nothing of them, and the user's channels are listed by identity (they name the user's SID).
    const channels = routes(requests).filter((route) => /\/Channels\/CH\w+$/.test(route));
    const messages = routes(requests).filter((route) => /\/Messages\/IM\w+$/.test(route));
    expect(routes(requests)[0]).toBe(`GET /v2/Services/${service}/Users/me/Channels`);
    expect(channels).toHaveLength(3);
    expect(messages).toHaveLength(2);
    expect(requests).toHaveLength(1 + 3 + 2);
  });

  it("marks read up to the newest message, then counts what arrives after", async () => {
    const general = (await inbox(service, "me")).channels.edges[0]!.node;
    const read = dataOf(
      await harness.execute(UpdateUserChannelDocument, {
        input: { serviceSid: service, userSid: "me", channelSid: "general", lastConsumedMessageIndex: general.lastMessage!.index },
      }),
    ).updateUserChannel;
    expect(read).toMatchObject({ userErrors: [], userChannel: { id: general.id, lastConsumedMessageIndex: 4, unreadMessagesCount: 0 } });

    await harness.execute(SendMessageDocument, { input: { serviceSid: service, channelSid: "general", from: "ben", body: "news" } });
    expect((await inbox(service, "me")).channels.edges[0]!.node).toMatchObject({ unreadMessagesCount: 1, lastMessage: { body: "news" } });

    // The same membership, seen from the channel.
    const members = dataOf(await harness.execute(ChannelMembersDocument, { service, channel: general.channelSid, identities: ["me"] }))
      .service!.channel!.members.nodes;
    expect(members).toEqual([expect.objectContaining({ identity: "me", lastConsumedMessageIndex: 4 })]);

    const cleared = dataOf(
      await harness.execute(UpdateUserChannelDocument, {
        input: { serviceSid: service, userSid: "me", channelSid: "general", lastConsumedMessageIndex: null },
      }),
    ).updateUserChannel;
    expect(cleared.userChannel).toMatchObject({ lastConsumedMessageIndex: null, unreadMessagesCount: null });
  });

  it("marking read twice in one operation shows each new read horizon on the member too", async () => {
    const mark = (alias: string, index: number) =>
      `${alias}: updateUserChannel(input: { serviceSid: "${service}", userSid: "me", channelSid: "general", lastConsumedMessageIndex: ${index} }) ` +
      `{ userChannel { lastConsumedMessageIndex member { lastConsumedMessageIndex } } }`;
    type Marked = { userChannel: { lastConsumedMessageIndex: number; member: { lastConsumedMessageIndex: number } } };
    const response = await postGraphQL<Record<"first" | "second", Marked>, never>(
      harness.chatql.graphqlUrl,
      `mutation { ${mark("first", 0)} ${mark("second", 1)} }`,
    );
    const data = dataOf(response);
    expect(data.first.userChannel).toEqual({ lastConsumedMessageIndex: 0, member: { lastConsumedMessageIndex: 0 } });
    expect(data.second.userChannel).toEqual({ lastConsumedMessageIndex: 1, member: { lastConsumedMessageIndex: 1 } });
  });

  it("mutes and unmutes a channel", async () => {
    const mute = (notificationLevel: "MUTED" | "DEFAULT") =>
      harness.execute(UpdateUserChannelDocument, {
        input: { serviceSid: service, userSid: "me", channelSid: "random", notificationLevel },
      });
    expect(dataOf(await mute("MUTED")).updateUserChannel.userChannel?.notificationLevel).toBe("MUTED");
    expect((await inbox(service, "me")).channels.edges[1]!.node.notificationLevel).toBe("MUTED");
    expect(dataOf(await mute("DEFAULT")).updateUserChannel.userChannel?.notificationLevel).toBe("DEFAULT");
  });

  it("refuses a negative read horizon before any upstream call", async () => {
    const requests = await harness.countUpstream(async () => {
      const payload = dataOf(
        await harness.execute(UpdateUserChannelDocument, {
          input: { serviceSid: service, userSid: "me", channelSid: "general", lastConsumedMessageIndex: -1 },
        }),
      ).updateUserChannel;
      expect(payload).toMatchObject({
        userChannel: null,
        userErrors: [{ field: ["input", "lastConsumedMessageIndex"], code: "OUT_OF_RANGE" }],
      });
    });
    expect(requests).toEqual([]);
  });

  it("updating a channel the user is not in is NOT_FOUND", async () => {
    const response = await harness.execute(UpdateUserChannelDocument, {
      input: { serviceSid: service, userSid: "me", channelSid: "not-mine", notificationLevel: "MUTED" },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("a user's channel and its member are one membership: one member fetch serves both", async () => {
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL<
        { service: { user: { channels: { nodes: Array<{ member: { sid: string }; channel: { member: { sid: string } } }> } } } },
        never
      >(
        harness.chatql.graphqlUrl,
        `{ service(sid: "${service}") { user(identity: "me") { channels { nodes { member { sid } ` +
          `channel { member(identity: "me") { sid } } } } } } }`,
      );
      for (const node of dataOf(response).service.user.channels.nodes) expect(node.member.sid).toBe(node.channel.member.sid);
    });
    expect(requests.filter((request) => /\/Members\//.test(request.path))).toHaveLength(3);
  });

  it("asks for a user once, whether by identity, by SID (its channels' user) or as a message's author", async () => {
    await harness.execute(SendMessageDocument, { input: { serviceSid: service, channelSid: "quiet", from: "me", body: "note to self" } });
    let authors: string[] = [];
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL<
        {
          service: {
            user: {
              id: string;
              channels: { nodes: Array<{ user: { id: string }; lastMessage: { from: string; author: { id: string } } | null }> };
            };
          };
        },
        never
      >(
        harness.chatql.graphqlUrl,
        `{ service(sid: "${service}") { user(identity: "me") { id ` +
          `channels { nodes { user { id } lastMessage { from author { id } } } } } } }`,
      );
      const me = dataOf(response).service.user;
      expect(me.channels.nodes.every((node) => node.user.id === me.id)).toBe(true);
      expect(me.channels.nodes[2]!.lastMessage).toMatchObject({ from: "me", author: { id: me.id } });
      authors = me.channels.nodes.map((node) => node.lastMessage!.from);
    });
    // me once (its channels' user, by the SID the page named; its id and its own message's author cost nothing), then each other author once.
    const users = requests.filter((request) => /\/Users\/[^/]+$/.test(request.path)).map((request) => request.path.split("/").at(-1)!);
    expect(users.filter((user) => user === "me" || /^US/.test(user))).toHaveLength(1);
    expect(users.filter((user) => user !== "me" && !/^US/.test(user)).sort()).toEqual(
      [...new Set(authors.filter((author) => author !== "me"))].sort(),
    );
  });
});

describe("leaving a channel", () => {
  it("ends the membership, named by identity and unique name, and says which ids to evict", async () => {
    const service = await newService("leave");
    const channel = await channelWith(service, "club", ["me", "ann"], 1);
    const before = await inbox(service, "me");
    const userChannel = before.channels.edges[0]!.node;

    const left = dataOf(
      await harness.execute(LeaveChannelDocument, { input: { serviceSid: service, userSid: "me", channelSid: "club" } }),
    ).leaveChannel;
    expect(left).toEqual({
      userErrors: [],
      deletedUserChannelId: userChannel.id,
      deletedMemberSid: userChannel.memberSid,
      deletedMemberId: expect.any(String),
    });
    const members = dataOf(await harness.execute(ChannelMembersDocument, { service, channel: channel.sid })).service!.channel!.members
      .nodes;
    expect(members.map((member) => member.identity)).toEqual(["ann"]);
    expect((await inbox(service, "me")).channels.edges).toEqual([]);
    const gone = await postGraphQL(
      harness.chatql.graphqlUrl,
      `{ a: node(id: "${userChannel.id}") { id } b: node(id: "${left.deletedMemberId}") { id } }`,
    );
    expect(gone.data).toEqual({ a: null, b: null });

    const again = await harness.execute(LeaveChannelDocument, { input: { serviceSid: service, userSid: "me", channelSid: "club" } });
    expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("node(id:) refetches a user's channel", () => {
  it("UserChannel", async () => {
    const service = await newService("nodes");
    await channelWith(service, "one", ["me"], 0);
    const userChannel = (await inbox(service, "me")).channels.edges[0]!.node;
    const response = await postGraphQL<{ node: { __typename: string; id: string; unreadMessagesCount: number | null } }, never>(
      harness.chatql.graphqlUrl,
      `{ node(id: "${userChannel.id}") { __typename id ... on UserChannel { unreadMessagesCount } } }`,
    );
    expect(dataOf(response).node).toEqual({ __typename: "UserChannel", id: userChannel.id, unreadMessagesCount: null });
  });
});

describe("a service or user the query reads nothing of is not fetched", () => {
  const MISSING = "IS" + "0".repeat(32);
  type Answer = GraphQLResponse<Record<string, unknown>>;
  const query = (document: string) => postGraphQL<Record<string, unknown>, never>(harness.chatql.graphqlUrl, document) as Promise<Answer>;
  const fetches = (requests: EmulatorRequest[], path: RegExp) => requests.filter((request) => path.test(request.path)).length;
  const SERVICE = /^\/v2\/Services\/IS\w{32}$/;
  const USER = /\/Users\/[^/]+$/;
  let service: string;
  beforeAll(async () => {
    service = await newService("lazy");
    await channelWith(service, "one", ["me", "ann"], 1);
    await channelWith(service, "two", ["me"], 0);
    await harness.execute(AddMemberDocument, { input: { serviceSid: service, channelSid: "one", identity: "lonely" } });
    await harness.execute(LeaveChannelDocument, { input: { serviceSid: service, userSid: "lonely", channelSid: "one" } });
  });

  it("a missing service under its channels list: service is null, NOT_FOUND on the list, one request", async () => {
    let response!: Answer;
    const requests = await harness.countUpstream(async () => {
      response = await query(`{ service(sid: "${MISSING}") { id channels { nodes { sid } } } }`);
    });
    expect(response.data).toEqual({ service: null });
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ["service", "channels"], extensions: expect.objectContaining({ code: "NOT_FOUND" }) }),
    ]);
    expect(requests).toHaveLength(1);
  });

  it("a missing service under the inbox: NOT_FOUND naming the service, the user null", async () => {
    const response = await query(`{ service(sid: "${MISSING}") { id user(identity: "me") { id sid channels { nodes { channelSid } } } } }`);
    expect(response.data).toEqual({ service: { id: expect.any(String), user: null } });
    expect(response.errors).toEqual([
      expect.objectContaining({ message: `There is no service ${MISSING}`, extensions: expect.objectContaining({ code: "NOT_FOUND" }) }),
    ]);
  });

  it("a missing service under a user lookup is NOT_FOUND, not a missing user", async () => {
    const response = await query(`{ service(sid: "${MISSING}") { user(identity: "me") { friendlyName } } }`);
    expect(response.data).toEqual({ service: { user: null } });
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[["service", "user"], "NOT_FOUND"]]);
    // A user that is missing from a service that exists stays a plain null.
    expect(await query(`{ service(sid: "${service}") { user(identity: "nobody") { friendlyName } } }`)).toEqual({
      status: 200,
      data: { service: { user: null } },
    });
  });

  it("a missing user named by identity: the user is null with NOT_FOUND on its channels", async () => {
    let response!: Answer;
    const requests = await harness.countUpstream(async () => {
      response = await query(`{ service(sid: "${service}") { id user(identity: "nobody") { id channels { nodes { channelSid } } } } }`);
    });
    expect(response.data).toEqual({ service: { id: expect.any(String), user: null } });
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `There is no user "nobody" in service ${service}`,
        path: ["service", "user", "channels"],
        extensions: expect.objectContaining({ code: "NOT_FOUND" }),
      }),
    ]);
    // The list, then (on this path only) the service, to tell which of the two is missing.
    expect(routes(requests)).toEqual([`GET /v2/Services/${service}/Users/nobody/Channels`, `GET /v2/Services/${service}`]);
  });

  it("the user's id and sid, not fetched, are the fetched user's; a user without channels is fetched for them", async () => {
    const fetched = await query(
      `{ service(sid: "${service}") { a: user(identity: "me") { id sid friendlyName } b: user(identity: "lonely") { id sid friendlyName } } }`,
    );
    const ids = (answer: Answer) => {
      const { a, b } = (answer.data as { service: Record<"a" | "b", { id: string; sid: string }> }).service;
      return { a: { id: a.id, sid: a.sid }, b: { id: b.id, sid: b.sid } };
    };
    let lazy!: Answer;
    const requests = await harness.countUpstream(async () => {
      lazy = await query(
        `{ service(sid: "${service}") { a: user(identity: "me") { id sid identity channels { nodes { channelSid } } } ` +
          `b: user(identity: "lonely") { id sid identity channels { nodes { channelSid } } } } }`,
      );
    });
    expect(lazy.errors).toBeUndefined();
    expect(ids(lazy)).toEqual(ids(fetched));
    expect(ids(lazy).a.sid).toMatch(/^US\w{32}$/);
    expect(fetches(requests, SERVICE)).toBe(0);
    // "me" has channels (their page names the SID); "lonely" has none, so is fetched once.
    expect(routes(requests).filter((route) => USER.test(route))).toEqual([`GET /v2/Services/${service}/Users/lonely`]);
  });

  it("pages a user's channels listed by identity (Twilio's next page URL names the user's SID)", async () => {
    const first = dataOf(await harness.execute(InboxDocument, { service, me: "me", first: 1 })).service!.user!.channels;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = dataOf(await harness.execute(InboxDocument, { service, me: "me", first: 1, after: first.pageInfo.endCursor })).service!
      .user!.channels;
    expect([...first.edges, ...next.edges].map((edge) => edge.node.channel.friendlyName)).toEqual(["one", "two"]);
  });

  it("a query that reads a field of the service fetches it, once", async () => {
    const requests = await harness.countUpstream(async () => {
      const response = await query(`{ service(sid: "${service}") { friendlyName channels { nodes { sid } } } }`);
      expect(response.data).toEqual({ service: { friendlyName: "lazy", channels: { nodes: [expect.anything(), expect.anything()] } } });
    });
    expect(fetches(requests, SERVICE)).toBe(1);
    // And a service that is missing is still null, with no error, when only its id is read.
    expect(await query(`{ service(sid: "${MISSING}") { id } }`)).toEqual({ status: 200, data: { service: null } });
  });

  it("a query that reads the service or user elsewhere shares that one fetch", async () => {
    const requests = await harness.countUpstream(async () => {
      const response = await query(
        `{ a: service(sid: "${service}") { friendlyName } b: service(sid: "${service}") { channels { nodes { sid } } user(identity: "me") { id channels { nodes { channelSid } } } } ` +
          `c: service(sid: "${service}") { user(identity: "me") { friendlyName channels { nodes { channelSid } } } } }`,
      );
      expect(response.errors).toBeUndefined();
    });
    expect(fetches(requests, SERVICE)).toBe(1);
    expect(fetches(requests, USER)).toBe(1);
  });
});
