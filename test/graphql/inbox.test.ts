// A user's channels end to end (the inbox): unread counts, muting, marking read, leaving, and the
// exact upstream requests the Inbox operation of examples/operations costs.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddMemberDocument,
  ChannelMembersDocument,
  CreateChannelDocument,
  CreateServiceDocument,
  InboxDocument,
  LeaveChannelDocument,
  SendMessageDocument,
  UpdateUserChannelDocument,
} from "../../examples/client/graphql.js";
import { dataOf, postGraphQL, startHarness, type EmulatorRequest, type Harness } from "./harness.js";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const newService = async (name: string) =>
  dataOf(await harness.execute(CreateServiceDocument, { input: { friendlyName: name } })).createService.service!.sid;

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
    // has no newest message to fetch. Plus the two lookups the query starts from.
    const channels = routes(requests).filter((route) => /\/Channels\/CH\w+$/.test(route));
    const messages = routes(requests).filter((route) => /\/Messages\/IM\w+$/.test(route));
    expect(routes(requests).slice(0, 3)).toEqual([
      `GET /v2/Services/${service}`,
      `GET /v2/Services/${service}/Users/me`,
      expect.stringMatching(new RegExp(`^GET /v2/Services/${service}/Users/US\\w{32}/Channels$`)),
    ]);
    expect(channels).toHaveLength(3);
    expect(messages).toHaveLength(2);
    expect(requests).toHaveLength(3 + 3 + 2);
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
    // me once (by identity; its channels' user by SID and its own message's author cost nothing), then each other author once.
    const users = requests.filter((request) => /\/Users\/[^/]+$/.test(request.path)).map((request) => request.path.split("/").at(-1));
    expect(users[0]).toBe("me");
    expect(users.slice(1).sort()).toEqual([...new Set(authors.filter((author) => author !== "me"))].sort());
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
