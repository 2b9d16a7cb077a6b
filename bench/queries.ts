// The requests each system answers in each scenario: the same data, in each system's own dialect.

import { BASIC_AUTH, CHATQL_TOKEN } from "./common.js";
import type { LoadTarget } from "./load.js";
import type { SeededService } from "./systems/upstream.js";

export type SystemName = "direct REST" | "bare Node" | "chatql" | "Mesh";

const SERVICE_FIELDS_CHATQL =
  "sid accountSid friendlyName dateCreated dateUpdated defaultServiceRoleSid readStatusEnabled reachabilityEnabled typingIndicatorTimeout";
const SERVICE_FIELDS_MESH =
  "sid account_sid friendly_name date_created date_updated default_service_role_sid read_status_enabled reachability_enabled typing_indicator_timeout";

const serviceQueryChatql = (sid: string) => `{ service(sid: "${sid}") { ${SERVICE_FIELDS_CHATQL} } }`;
const SERVICES_PAGE_CHATQL = `{ services(first: 50) { nodes { ${SERVICE_FIELDS_CHATQL} } pageInfo { hasNextPage endCursor } } }`;

function graphql(url: string, query: string, headers: Record<string, string> = {}): LoadTarget {
  return { url, method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) };
}

export interface Endpoints {
  upstream: string;
  chatql: string;
  mesh: string | null;
  /** bench/systems/bare-node-main.ts (throughput scenarios only). */
  bare?: string | null;
}

const chatqlAuth = { authorization: `Bearer ${CHATQL_TOKEN}` };

/** Throughput scenario 1: one service by SID. */
export function serviceBySid(system: SystemName, e: Endpoints, sid: string): LoadTarget {
  switch (system) {
    case "direct REST":
      return { url: `${e.upstream}/v2/Services/${sid}`, method: "GET", headers: { authorization: BASIC_AUTH } };
    case "bare Node":
      // The same body as chatql's, which it reads and parses but does not execute.
      return graphql(`${e.bare!}/service/${sid}`, serviceQueryChatql(sid), chatqlAuth);
    case "chatql":
      return graphql(e.chatql, serviceQueryChatql(sid), chatqlAuth);
    case "Mesh":
      return graphql(e.mesh!, `{ FetchService(Sid: "${sid}") { ${SERVICE_FIELDS_MESH} } }`);
  }
}

/** Throughput scenario 2: the first page of 50 services. */
export function servicesPage(system: SystemName, e: Endpoints): LoadTarget {
  switch (system) {
    case "direct REST":
      return { url: `${e.upstream}/v2/Services?PageSize=50`, method: "GET", headers: { authorization: BASIC_AUTH } };
    case "bare Node":
      return graphql(`${e.bare!}/services`, SERVICES_PAGE_CHATQL, chatqlAuth);
    case "chatql":
      return graphql(e.chatql, SERVICES_PAGE_CHATQL, chatqlAuth);
    case "Mesh":
      return graphql(e.mesh!, `{ ListService(PageSize: 50) { services { ${SERVICE_FIELDS_MESH} } meta { next_page_url } } }`);
  }
}

/** Upstream-efficiency scenario: 20 services, each named by 5 aliases, with their 3 default roles. */
export function aliasedServices(system: "chatql" | "Mesh", e: Endpoints, services: SeededService[]): LoadTarget {
  const parts: string[] = [];
  services.forEach((service, i) => {
    for (let a = 0; a < 5; a++) {
      parts.push(
        system === "chatql"
          ? `s${i}_${a}: service(sid: "${service.sid}") { sid friendlyName defaultServiceRole { friendlyName } defaultChannelRole { friendlyName } defaultChannelCreatorRole { friendlyName } }`
          : `s${i}_${a}: FetchService(Sid: "${service.sid}") { sid friendly_name defaultServiceRole { friendly_name } defaultChannelRole { friendly_name } defaultChannelCreatorRole { friendly_name } }`,
      );
    }
  });
  return system === "chatql" ? graphql(e.chatql, `{ ${parts.join("\n")} }`, chatqlAuth) : graphql(e.mesh!, `{ ${parts.join("\n")} }`);
}

/** Latency scenario: a page of 50 services and each one's default service role. */
export function pageWithRoles(system: "chatql" | "Mesh", url: string): LoadTarget {
  return system === "chatql"
    ? graphql(url, "{ services(first: 50) { nodes { defaultServiceRole { friendlyName } } } }", chatqlAuth)
    : graphql(url, "{ ListService(PageSize: 50) { services { defaultServiceRole { friendly_name } } } }");
}

/**
 * Chat-screen scenario (issue #11): a service's first 20 channels, each with its last 10 messages
 * and their authors' friendly names. chatql's messages come oldest first, Mesh's newest first (its
 * `@resolveTo` link asks ListMessage for Order=desc): compare them as sets per channel.
 */
export function chatScreen(system: "chatql" | "Mesh", url: string, serviceSid: string): LoadTarget {
  return system === "chatql"
    ? graphql(
        url,
        `{ service(sid: "${serviceSid}") { channels(first: 20) { nodes { friendlyName messages(last: 10) { nodes { body author { friendlyName } } } } } } }`,
        chatqlAuth,
      )
    : // Twilio lists public channels only unless Type says otherwise; chatql lists both.
      graphql(
        url,
        `{ ListChannel(ServiceSid: "${serviceSid}", PageSize: 20, Type: [public, private]) { channels { friendly_name messages { messages { body author { friendly_name } } } } } }`,
      );
}

/** A chat-screen answer reduced to what both dialects must agree on: channel → sorted "author's friendly name: body" lines. */
export function chatScreenContent(system: "chatql" | "Mesh", body: unknown): Map<string, string[]> {
  type Msg = { body: string; author: { friendlyName?: string; friendly_name?: string } | null };
  const data = (body as { data: Record<string, unknown> }).data;
  const channels =
    system === "chatql"
      ? (data.service as { channels: { nodes: Array<{ friendlyName: string; messages: { nodes: Msg[] } }> } }).channels.nodes.map((c) => ({
          name: c.friendlyName,
          messages: c.messages.nodes,
        }))
      : (data.ListChannel as { channels: Array<{ friendly_name: string; messages: { messages: Msg[] } }> }).channels.map((c) => ({
          name: c.friendly_name,
          messages: c.messages.messages,
        }));
  return new Map(
    channels.map((c) => [c.name, c.messages.map((m) => `${m.author?.friendlyName ?? m.author?.friendly_name ?? "?"}: ${m.body}`).sort()]),
  );
}

/** Sends `target` once; returns the parsed body, or throws with a reason a reader can act on. */
export async function sendOnce(target: LoadTarget): Promise<unknown> {
  const res = await fetch(target.url, {
    method: target.method,
    headers: target.headers,
    body: target.body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  const errors = (body as { errors?: Array<{ message: string }> }).errors;
  if (errors?.length)
    throw new Error(
      `GraphQL errors: ${errors
        .slice(0, 3)
        .map((e) => e.message)
        .join("; ")}`,
    );
  return body;
}
