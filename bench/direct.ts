// "direct REST" for the delayed scenarios: the same minimum requests in the same waves, sent by the
// bench process straight at the delay proxy with undici and their JSON parsed, no GraphQL layer in
// between. It is the floor a GraphQL layer is measured against on this machine: each wave costs the
// delay plus the loopback, the proxy's own work and the client's, which the targets' 30 ms of slack
// also has to cover.

import { Agent } from "undici";
import { BASIC_AUTH } from "./common.js";
import type { LatencyResult } from "./results.types.js";

/** One sequential run of a scenario's REST calls; resolves when the last answer is parsed. */
export type DirectRun = () => Promise<unknown>;

type Json = Record<string, unknown>;

// Enough sockets for the widest wave (the inbox's 100), as chatql's own pool has.
const agent = new Agent({ connections: 128, keepAliveTimeout: 10_000 });

function client(baseUrl: string): (pathOrUrl: string) => Promise<Json> {
  const { origin } = new URL(baseUrl);
  return async (pathOrUrl) => {
    const url = new URL(pathOrUrl, origin);
    const res = await agent.request({
      origin,
      path: url.pathname + url.search,
      method: "GET",
      headers: { authorization: BASIC_AUTH, accept: "application/json" },
    });
    const body = (await res.body.json()) as Json;
    if (res.statusCode !== 200) throw new Error(`direct REST: HTTP ${res.statusCode} for ${url.pathname}`);
    return body;
  };
}

const list = (body: Json, key: string) => body[key] as Json[];

/** services(first: 50) with each one's default service role: the page, then the 50 services' roles side by side. */
export function directPageWithRoles(baseUrl: string): DirectRun {
  const get = client(baseUrl);
  return async () => {
    const services = list(await get("/v2/Services?PageSize=50"), "services");
    return Promise.all(services.map((s) => get(`/v2/Services/${String(s.sid)}/Roles?PageSize=50`)));
  };
}

/** The chat screen: 20 channels, then each one's newest 10 messages, then each distinct author. */
export function directChatScreen(baseUrl: string, serviceSid: string): DirectRun {
  const get = client(baseUrl);
  const service = `/v2/Services/${serviceSid}`;
  return async () => {
    const channels = list(await get(`${service}/Channels?Type=public&Type=private&PageSize=20`), "channels");
    const pages = await Promise.all(channels.map((c) => get(`${service}/Channels/${String(c.sid)}/Messages?Order=desc&PageSize=10`)));
    const authors = new Set(pages.flatMap((p) => list(p, "messages").map((m) => String(m.from))));
    return Promise.all([...authors].map((identity) => get(`${service}/Users/${encodeURIComponent(identity)}`)));
  };
}

/** The inbox: the user's 50 channels, then each channel and its newest message side by side. */
export function directInbox(baseUrl: string, seeded: { serviceSid: string; me: string }): DirectRun {
  const get = client(baseUrl);
  const service = `/v2/Services/${seeded.serviceSid}`;
  return async () => {
    const mine = list(await get(`${service}/Users/${encodeURIComponent(seeded.me)}/Channels?PageSize=50`), "channels");
    return Promise.all(
      mine.flatMap((uc) => {
        const channel = `${service}/Channels/${String(uc.channel_sid)}`;
        const last = (uc.links as Record<string, string> | undefined)?.last_message;
        return [get(channel), get(last ?? `${channel}/Messages?Order=desc&PageSize=1`)];
      }),
    );
  };
}

export async function closeDirect(): Promise<void> {
  await agent.close();
}

/** The direct REST median beside a target's measured value: "" when it was not measured. */
export function besideDirect(systems: readonly LatencyResult[]): string {
  const direct = systems.find((s) => s.system === "direct REST" && s.medianMs !== undefined);
  return direct ? `; direct REST ${direct.medianMs} ms` : "";
}
