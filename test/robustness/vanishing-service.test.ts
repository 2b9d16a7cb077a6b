// Regression test for a race the concurrent load test found: a service listed by `services`
// and deleted before its default roles are resolved. The roles fields must resolve to null (as
// `service(sid:)` and `node(id:)` do for what no longer exists), not fail with NOT_FOUND.
// And the non-null parent fields (a message's channel, a channel's service…) of a parent deleted
// meanwhile are NOT_FOUND, not BAD_USER_INPUT: nothing the caller sent was wrong.
// Made deterministic with a proxy in front of the emulator that deletes the resource right
// before forwarding the request that reads it.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT, startHarness, type Harness } from "../graphql/harness.js";
import { basicAuth, postRaw } from "./helpers.js";

let upstream: Harness;
let chatql: Harness;
let proxy: Server;
/** What the proxy deletes (`remove`, a path on the emulator) right before forwarding the first request `when` picks. */
let doomed: { when: (method: string, url: string) => boolean; remove: string } | null = null;

beforeAll(async () => {
  upstream = await startHarness();
  proxy = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (doomed && doomed.when(req.method ?? "", req.url ?? "")) {
      await fetch(`${upstream.emulator.url}${doomed.remove}`, {
        method: "DELETE",
        headers: { authorization: basicAuth(ACCOUNT.accountSid, ACCOUNT.authToken) },
      });
      doomed = null;
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([name]) => ["authorization", "content-type", "accept"].includes(name)),
    ) as Record<string, string>;
    const response = await fetch(upstream.emulator.url + req.url, {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    res.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "application/json" });
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  // A second chatql whose upstream is the proxy (its own embedded emulator stays unused).
  chatql = await startHarness({ env: { CHAT_API_BASE_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` } });
});

afterAll(async () => {
  await chatql?.close();
  await new Promise((resolve) => proxy?.close(resolve));
  await upstream?.close();
});

it("default roles of a service deleted mid-request resolve to null, without errors", async () => {
  const created = await postRaw(
    chatql.chatql.graphqlUrl,
    `mutation { createService(input: { friendlyName: "vanishing" }) { service { sid } } }`,
  );
  const sid = (created.body.data!.createService as { service: { sid: string } }).service.sid;
  doomed = { when: (method, url) => method === "GET" && url.startsWith(`/v2/Services/${sid}/Roles`), remove: `/v2/Services/${sid}` };
  const response = await postRaw(
    chatql.chatql.graphqlUrl,
    `{ services(first: 5) { nodes { sid defaultServiceRole { sid } defaultChannelRole { sid } defaultChannelCreatorRole { sid } } } }`,
  );
  expect(doomed).toBeNull(); // the proxy did delete it in between
  expect(response.body.errors).toBeUndefined();
  const nodes = (response.body.data!.services as { nodes: Array<Record<string, unknown>> }).nodes;
  expect(nodes).toEqual([expect.objectContaining({ defaultServiceRole: null, defaultChannelRole: null, defaultChannelCreatorRole: null })]);
});

describe("a parent deleted mid-operation", () => {
  /** A fresh service with a channel, a user in it with a message, and an invite; their global ids as chatql gives them. */
  async function seed() {
    const client = upstream.twilio();
    const service = await client.chat.v2.services.create({ friendlyName: "parent" });
    const channel = await client.chat.v2.services(service.sid).channels.create({ friendlyName: "room" });
    await client.chat.v2.services(service.sid).users.create({ identity: "ann" });
    await client.chat.v2.services(service.sid).channels(channel.sid).members.create({ identity: "ann" });
    await client.chat.v2.services(service.sid).channels(channel.sid).messages.create({ from: "ann", body: "hi" });
    await client.chat.v2.services(service.sid).channels(channel.sid).invites.create({ identity: "bob" });
    const ids = await postRaw(
      chatql.chatql.graphqlUrl,
      `{ service(sid: "${service.sid}") {
          user(identity: "ann") { id }
          channel(sid: "${channel.sid}") { id messages(first: 1) { nodes { id } } members(first: 1) { nodes { id } } invites(first: 1) { nodes { id } } }
        } }`,
    );
    expect(ids.body.errors).toBeUndefined();
    const found = ids.body.data!.service as {
      user: { id: string };
      channel: {
        id: string;
        messages: { nodes: [{ id: string }] };
        members: { nodes: [{ id: string }] };
        invites: { nodes: [{ id: string }] };
      };
    };
    return {
      servicePath: `/v2/Services/${service.sid}`,
      channelPath: `/v2/Services/${service.sid}/Channels/${channel.sid}`,
      ids: {
        user: found.user.id,
        channel: found.channel.id,
        message: found.channel.messages.nodes[0].id,
        member: found.channel.members.nodes[0].id,
        invite: found.channel.invites.nodes[0].id,
      },
    };
  }
  type World = Awaited<ReturnType<typeof seed>>;

  it.each<[string, (ids: World["ids"]) => string, "servicePath" | "channelPath", Array<string | number>]>([
    [
      "a message's channel",
      (ids) => `{ node(id: "${ids.message}") { ... on Message { channel { sid } } } }`,
      "channelPath",
      ["node", "channel"],
    ],
    [
      "a member's channel",
      (ids) => `{ node(id: "${ids.member}") { ... on Member { channel { sid } } } }`,
      "channelPath",
      ["node", "channel"],
    ],
    [
      "an invite's channel",
      (ids) => `{ node(id: "${ids.invite}") { ... on Invite { channel { sid } } } }`,
      "channelPath",
      ["node", "channel"],
    ],
    [
      "a user channel's channel",
      (ids) => `{ node(id: "${ids.user}") { ... on User { channels(first: 5) { nodes { channel { sid } } } } } }`,
      "channelPath",
      ["node", "channels", "nodes", 0, "channel"],
    ],
    [
      "a channel's service",
      (ids) => `{ node(id: "${ids.channel}") { ... on Channel { service { sid } } } }`,
      "servicePath",
      ["node", "service"],
    ],
    ["a user's service", (ids) => `{ node(id: "${ids.user}") { ... on User { service { sid } } } }`, "servicePath", ["node", "service"]],
  ])("%s is NOT_FOUND", async (_name, query, parent, path) => {
    const world = await seed();
    doomed = { when: (method, url) => method === "GET" && url === world[parent], remove: world[parent] };
    const response = await postRaw(chatql.chatql.graphqlUrl, query(world.ids));
    expect(doomed).toBeNull(); // the proxy did delete it in between
    expect(response.body.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([["NOT_FOUND", path]]);
    expect(response.body.errors![0]!.message).toMatch(/no longer exists/);
  });
});
