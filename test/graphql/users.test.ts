// Users end to end, through the typed client generated from examples/operations: create, find by
// SID or identity, update, delete, the admin screen, and the upstream requests each costs.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddMemberDocument,
  AdminUsersDocument,
  CreateChannelDocument,
  CreateUserDocument,
  DeleteUserDocument,
  ServiceRolesDocument,
  UpdateUserDocument,
  UserProfileDocument,
} from "../../examples/client/graphql.js";
import { createService, dataOf, postGraphQL, startHarnessWithService, type Harness } from "./harness.js";

let harness: Harness;
let service: string;

beforeAll(async () => {
  ({ harness, service } = await startHarnessWithService({ friendlyName: "users" }));
});
afterAll(() => harness.close());

const createUser = async (serviceSid: string, input: Record<string, unknown> & { identity: string }) => {
  const payload = dataOf(await harness.execute(CreateUserDocument, { input: { serviceSid, ...input } })).createUser;
  expect(payload.userErrors).toEqual([]);
  return payload.user!;
};

describe("users", () => {
  it("creates a user with the service's default role, finds it by SID and by identity, updates and deletes it", async () => {
    const user = await createUser(service, {
      identity: "alice",
      friendlyName: "Alice",
      attributes: { team: "blue" },
      clientMutationId: "m1",
    });
    expect(user).toMatchObject({
      identity: "alice",
      friendlyName: "Alice",
      attributes: { team: "blue" },
      joinedChannelsCount: 0,
      role: { friendlyName: "service user" },
    });

    const bySid = dataOf(await harness.execute(UserProfileDocument, { service, sid: user.sid })).service!.user!;
    const byIdentity = dataOf(await harness.execute(UserProfileDocument, { service, identity: "alice" })).service!.user!;
    expect(bySid).toEqual(byIdentity);
    expect(bySid).toMatchObject({ id: user.id, isOnline: null, isNotifiable: null }); // reachability is off
    expect(bySid.role?.permissions).toContain("createChannel");

    const admin = dataOf(await harness.execute(ServiceRolesDocument, { sid: service })).service!.roles.nodes.find(
      (role) => role.friendlyName === "service admin",
    )!;
    const updated = dataOf(
      await harness.execute(UpdateUserDocument, {
        input: { serviceSid: service, sid: "alice", roleSid: admin.sid, friendlyName: "Alice A.", attributes: null },
      }),
    ).updateUser;
    expect(updated).toMatchObject({
      userErrors: [],
      user: { sid: user.sid, friendlyName: "Alice A.", attributes: {}, role: { friendlyName: "service admin" } },
    });

    const deleted = dataOf(await harness.execute(DeleteUserDocument, { input: { serviceSid: service, sid: "alice" } })).deleteUser;
    expect(deleted).toEqual({ userErrors: [], deletedUserSid: user.sid, deletedUserId: user.id });
    expect(dataOf(await harness.execute(UserProfileDocument, { service, identity: "alice" })).service!.user).toBeNull();
    const gone = await postGraphQL(harness.chatql.graphqlUrl, `{ node(id: "${user.id}") { id } }`);
    expect(gone.data).toEqual({ node: null });
  });

  it("reports an identity already taken as ALREADY_EXISTS on identity (Twilio 50201)", async () => {
    await createUser(service, { identity: "taken" });
    const payload = dataOf(await harness.execute(CreateUserDocument, { input: { serviceSid: service, identity: "taken" } })).createUser;
    expect(payload).toMatchObject({ user: null, userErrors: [{ field: ["input", "identity"], code: "ALREADY_EXISTS" }] });
  });

  it("reports a channel role given as a user's role against roleSid", async () => {
    const roles = dataOf(await harness.execute(ServiceRolesDocument, { sid: service })).service!.roles.nodes;
    const channelRole = roles.find((role) => role.type === "CHANNEL")!;
    const payload = dataOf(
      await harness.execute(CreateUserDocument, { input: { serviceSid: service, identity: "wrong-role", roleSid: channelRole.sid } }),
    ).createUser;
    expect(payload).toMatchObject({ user: null, userErrors: [{ field: ["input", "roleSid"], code: "REJECTED_BY_UPSTREAM" }] });
  });

  it.each([
    ["an identity shaped like a user SID", { identity: "US" + "a".repeat(32) }, ["input", "identity"], "INVALID_FORMAT"],
    ["an empty identity", { identity: "" }, ["input", "identity"], "REQUIRED"],
    ["an identity over 256 characters", { identity: "i".repeat(257) }, ["input", "identity"], "TOO_LONG"],
    ["a friendly name over 256 characters", { identity: "ok", friendlyName: "n".repeat(257) }, ["input", "friendlyName"], "TOO_LONG"],
    ["a role SID of the wrong shape", { identity: "ok", roleSid: "RL123" }, ["input", "roleSid"], "INVALID_SID"],
    ["attributes over 16 KiB", { identity: "ok", attributes: { x: "y".repeat(17_000) } }, ["input", "attributes"], "TOO_LONG"],
  ])("refuses %s before any upstream call", async (_name, input, field, code) => {
    const requests = await harness.countUpstream(async () => {
      const payload = dataOf(await harness.execute(CreateUserDocument, { input: { serviceSid: service, ...input } })).createUser;
      expect(payload.user).toBeNull();
      expect(payload.userErrors).toEqual([expect.objectContaining({ field, code })]);
    });
    expect(requests).toEqual([]);
  });

  it("refuses user(…) with both or neither of sid and identity, and a malformed SID, before any upstream call", async () => {
    const requests = await harness.countUpstream(async () => {
      for (const args of ['(sid: "US1", identity: "x")', "", '(sid: "alice")']) {
        const response = await postGraphQL(harness.chatql.graphqlUrl, `{ service(sid: "${service}") { user${args} { id } } }`);
        expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      }
    });
    expect(requests.filter((request) => request.path.includes("/Users"))).toEqual([]);
  });

  it("updating or deleting a user that does not exist is NOT_FOUND", async () => {
    const update = await harness.execute(UpdateUserDocument, { input: { serviceSid: service, sid: "nobody", friendlyName: "x" } });
    expect(update.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const remove = await harness.execute(DeleteUserDocument, { input: { serviceSid: service, sid: "US" + "0".repeat(32) } });
    expect(remove.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("deleting a user ends their memberships", async () => {
    const channel = dataOf(await harness.execute(CreateChannelDocument, { input: { serviceSid: service, friendlyName: "leaving" } }))
      .createChannel.channel!;
    await harness.execute(AddMemberDocument, { input: { serviceSid: service, channelSid: channel.sid, identity: "short-lived" } });
    const deleted = dataOf(await harness.execute(DeleteUserDocument, { input: { serviceSid: service, sid: "short-lived" } })).deleteUser;
    expect(deleted.userErrors).toEqual([]);
    const members = await postGraphQL<{ service: { channel: { membersCount: number } } }, never>(
      harness.chatql.graphqlUrl,
      `{ service(sid: "${service}") { channel(sid: "${channel.sid}") { membersCount } } }`,
    );
    expect(dataOf(members).service.channel.membersCount).toBe(0);
  });
});

describe("an identity that looks like another user's SID", () => {
  it('names nobody: a message from and a channel created by "US…" have no user, and user(identity:) is null', async () => {
    const bob = await createUser(service, { identity: "bob-the-sid-target" });
    const channel = dataOf(
      await harness.execute(CreateChannelDocument, { input: { serviceSid: service, friendlyName: "sid-like", createdBy: bob.sid } }),
    ).createChannel.channel!;
    const sent = await postGraphQL<{ sendMessage: { message: { from: string; author: unknown } } }, never>(
      harness.chatql.graphqlUrl,
      `mutation { sendMessage(input: { serviceSid: "${service}", channelSid: "${channel.sid}", from: "${bob.sid}", body: "hi" }) { message { from author { identity } } } }`,
    );
    expect(dataOf(sent).sendMessage.message).toEqual({ from: bob.sid, author: null });
    const read = await postGraphQL(
      harness.chatql.graphqlUrl,
      `{ service(sid: "${service}") {
          channel(sid: "${channel.sid}") { createdBy creator { identity } messages(last: 1) { nodes { author { identity } } } }
          user(identity: "${bob.sid}") { identity }
          bySid: user(sid: "${bob.sid}") { identity }
        } }`,
    );
    expect(dataOf(read)).toEqual({
      service: {
        channel: { createdBy: bob.sid, creator: null, messages: { nodes: [{ author: null }] } },
        user: null,
        bySid: { identity: "bob-the-sid-target" },
      },
    });
  });
});

describe("the admin screen's upstream requests", () => {
  it("costs one users page and one roles list, however many users (the service is not fetched)", async () => {
    const own = await createService(harness, { friendlyName: "admin" });
    for (let i = 0; i < 12; i++) await createUser(own, { identity: `u${i}` });
    const requests = await harness.countUpstream(async () => {
      const screen = dataOf(await harness.execute(AdminUsersDocument, { service: own, first: 10 })).service!;
      expect(screen.users.edges.map((edge) => edge.node.identity)).toEqual(Array.from({ length: 10 }, (_, i) => `u${i}`));
      expect(screen.users.edges.every((edge) => edge.node.role?.friendlyName === "service user")).toBe(true);
      expect(screen.users.pageInfo.hasNextPage).toBe(true);
    });
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /v2/Services/${own}/Users`,
      `GET /v2/Services/${own}/Roles`,
    ]);
  });

  it("fetches a user once when one operation asks for it by SID and by identity at once", async () => {
    const user = await createUser(service, { identity: "twice" });
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL<{ service: { a: { id: string }; b: { id: string } } }, never>(
        harness.chatql.graphqlUrl,
        `{ service(sid: "${service}") { a: user(sid: "${user.sid}") { id } b: user(identity: "twice") { id } } }`,
      );
      expect(dataOf(response).service.a.id).toBe(dataOf(response).service.b.id);
    });
    expect(requests.filter((request) => request.path.includes("/Users/"))).toHaveLength(1);
  });
});
