// Regression test for a race the concurrent load test found: a service listed by `services`
// and deleted before its default roles are resolved. The roles fields must resolve to null (as
// `service(sid:)` and `node(id:)` do for what no longer exists), not fail with NOT_FOUND.
// Made deterministic with a proxy in front of the emulator that deletes the service right
// before forwarding the first request for its roles.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ACCOUNT, startHarness, type Harness } from "../graphql/harness.js";
import { basicAuth, postRaw } from "./helpers.js";

let upstream: Harness;
let chatql: Harness;
let proxy: Server;
let doomed: string | null = null;

beforeAll(async () => {
  upstream = await startHarness();
  proxy = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (doomed && req.method === "GET" && req.url?.startsWith(`/v2/Services/${doomed}/Roles`)) {
      await fetch(`${upstream.emulator.url}/v2/Services/${doomed}`, {
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
  doomed = (created.body.data!.createService as { service: { sid: string } }).service.sid;
  const response = await postRaw(
    chatql.chatql.graphqlUrl,
    `{ services(first: 5) { nodes { sid defaultServiceRole { sid } defaultChannelRole { sid } defaultChannelCreatorRole { sid } } } }`,
  );
  expect(doomed).toBeNull(); // the proxy did delete it in between
  expect(response.body.errors).toBeUndefined();
  const nodes = (response.body.data!.services as { nodes: Array<Record<string, unknown>> }).nodes;
  expect(nodes).toEqual([expect.objectContaining({ defaultServiceRole: null, defaultChannelRole: null, defaultChannelCreatorRole: null })]);
});
