// The Inbox scenario (issue #12): one user's first 50 channels with their unread counts, each
// channel's friendly name and its newest message — the `Inbox` operation of
// examples/operations/users.graphql, trimmed to what the scenario checks. Seeding, the query in
// chatql's and Mesh's dialects, the answer check, the minimum and the targets; run.ts measures,
// report.ts renders.
//
// Minimum upstream requests, for the answer the seeded data gives: one page of the user's channels
// (`GET …/Users/{UserSid}/Channels`, which takes the identity in place of the SID, and holds 50: the
// spec's maximum page size) + per channel its fetch (a user channel names its channel by SID only,
// and the name is on the channel) + per channel its newest message (by SID from the user channel's
// `links.last_message`, or one `Order=desc&PageSize=1` page: one request either way). Twilio has no
// fetch-many, and a page of the service's channels could stand in for the fetches only when the
// service is known to be small, so it is not counted. Neither the service nor the user need be
// fetched: their SID and identity are in the query and address the list, and the query asks for none
// of their fields. Two sequential waves: the page, then every fetch side by side.

import { Agent } from "undici";
import { CHATQL_TOKEN, seedingPost, stringField } from "./common.js";
import { besideDirect } from "./direct.js";
import type { LoadTarget } from "./load.js";
import type { Results, Target } from "./results.types.js";

export const INBOX = { channels: 50 } as const;

/** What the seeded inbox must show, channel by channel in the list's order (memberships oldest first). */
export interface SeededInbox {
  serviceSid: string;
  me: string;
  messagesPerChannel: number;
  channels: Array<{ friendlyName: string; lastBody: string; unread: number | null }>;
}

/**
 * A service of its own with more of "me"'s channels than the inbox shows (55 > 50), each with
 * messages from two others; "me" has read some of them (unread counts 2, 1 and 0 in turn) and none
 * of the rest (null: Twilio counts nothing before a first read).
 */
export async function seedInbox(url: string, options = { channels: 55, messagesPerChannel: 3 }): Promise<SeededInbox> {
  const dispatcher = new Agent({ connections: 8 });
  const post = seedingPost(url, dispatcher, "inbox seeding");
  try {
    const me = "me";
    const service = stringField(await post("/v2/Services", { FriendlyName: "bench inbox" }), "sid");
    const channels: SeededInbox["channels"] = [];
    for (let c = 0; c < options.channels; c++) {
      const friendlyName = `inbox ${String(c).padStart(2, "0")}`;
      const channel = stringField(await post(`/v2/Services/${service}/Channels`, { FriendlyName: friendlyName }), "sid");
      const base = `/v2/Services/${service}/Channels/${channel}`;
      for (const identity of [me, "ann", "ben"]) await post(`${base}/Members`, { Identity: identity });
      let lastBody = "";
      for (let m = 0; m < options.messagesPerChannel; m++) {
        lastBody = `message ${m} in ${friendlyName}`;
        await post(`${base}/Messages`, { From: m % 2 ? "ben" : "ann", Body: lastBody });
      }
      // Every 4th channel read up to some message: unread 2, 1 or 0 in turn; the others never read (null).
      let unread: number | null = null;
      if (c % 4 === 0) {
        const index = (c / 4) % options.messagesPerChannel;
        await post(`/v2/Services/${service}/Users/${me}/Channels/${channel}`, { LastConsumedMessageIndex: String(index) }, 200);
        unread = options.messagesPerChannel - 1 - index;
      }
      channels.push({ friendlyName, lastBody, unread });
    }
    return { serviceSid: service, me, messagesPerChannel: options.messagesPerChannel, channels };
  } finally {
    await dispatcher.close();
  }
}

/**
 * chatql: `service(sid) { user(identity) { channels(first: 50) { … } } }`. Mesh: `ListUserChannel`
 * named by identity, with the `channel` and `lastMessage` links of bench/mesh/mesh.config.mjs (its
 * `lastMessage` is a one-message `ListMessage` page, newest first).
 */
export function inboxQuery(system: "chatql" | "Mesh", url: string, seeded: SeededInbox): LoadTarget {
  const query =
    system === "chatql"
      ? `{ service(sid: "${seeded.serviceSid}") { user(identity: "${seeded.me}") { channels(first: ${INBOX.channels}) { ` +
        `nodes { unreadMessagesCount channel { friendlyName } lastMessage { body } } pageInfo { hasNextPage } } } } }`
      : `{ ListUserChannel(ServiceSid: "${seeded.serviceSid}", UserSid: "${seeded.me}", PageSize: ${INBOX.channels}) { ` +
        `channels { unread_messages_count channel { friendly_name } lastMessage { messages { body } } } meta { next_page_url } } }`;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (system === "chatql") headers.authorization = `Bearer ${CHATQL_TOKEN}`;
  return { url, method: "POST", headers, body: JSON.stringify({ query }) };
}

/** Requests and sequential waves the inbox cannot do with fewer of (see the header). */
export function inboxMinimum(): { requests: number; waves: number } {
  return { requests: 1 + 2 * INBOX.channels, waves: 2 };
}

/** An inbox answer in either dialect, reduced to one line per channel and whether there are more. */
function inboxContent(system: "chatql" | "Mesh", body: unknown): { lines: string[]; hasNextPage: boolean } | null {
  const line = (name: string | undefined, last: string | undefined, unread: number | null | undefined) =>
    `${name}: "${last}", unread ${unread}`;
  if (system === "chatql") {
    type Node = { unreadMessagesCount: number | null; channel: { friendlyName: string } | null; lastMessage: { body: string } | null };
    type Answer = { data?: { service?: { user?: { channels?: { nodes: Node[]; pageInfo: { hasNextPage: boolean } } } | null } | null } };
    const channels = (body as Answer).data?.service?.user?.channels;
    if (!channels) return null;
    return {
      lines: channels.nodes.map((n) => line(n.channel?.friendlyName, n.lastMessage?.body, n.unreadMessagesCount)),
      hasNextPage: channels.pageInfo.hasNextPage,
    };
  }
  type Node = {
    unread_messages_count: number | null;
    channel: { friendly_name: string } | null;
    lastMessage: { messages: Array<{ body: string }> } | null;
  };
  type Answer = { data?: { ListUserChannel?: { channels: Node[]; meta: { next_page_url: string | null } } | null } };
  const page = (body as Answer).data?.ListUserChannel;
  if (!page) return null;
  return {
    lines: page.channels.map((n) => line(n.channel?.friendly_name, n.lastMessage?.messages[0]?.body, n.unread_messages_count)),
    hasNextPage: page.meta.next_page_url != null,
  };
}

/** "ok", or the first way an answer differs from the seeded inbox. */
export function checkInbox(system: "chatql" | "Mesh", body: unknown, seeded: SeededInbox): string {
  const got = inboxContent(system, body);
  if (!got) return "no channels in the answer";
  const expected = seeded.channels.slice(0, INBOX.channels).map((c) => `${c.friendlyName}: "${c.lastBody}", unread ${c.unread}`);
  if (got.lines.length !== expected.length) return `${got.lines.length} channels instead of ${expected.length}`;
  if (got.hasNextPage !== seeded.channels.length > INBOX.channels) return `hasNextPage ${got.hasNextPage}`;
  const wrong = expected.findIndex((want, i) => got.lines[i] !== want);
  return wrong < 0 ? "ok" : `channel ${wrong} reads ${got.lines[wrong]} instead of ${expected[wrong]}`;
}

/** Issue #12's targets: requests = the minimum, and with the delayed upstream wall time ≤ waves × delay + 30 ms. */
export function inboxTargets(r: Results): Target[] {
  const inbox = r.inbox;
  if (!inbox) return [];
  const counted = inbox.counts.find((c) => c.system === "chatql");
  const timed = inbox.latency.find((l) => l.system === "chatql");
  const limit = inbox.minimumWaves * r.latency.delayMs + 30;
  const wrong = counted?.check && counted.check !== "ok" ? ` — wrong answer: ${counted.check}` : "";
  return [
    {
      name: `chatql upstream requests, inbox (a user's first ${inbox.channels} channels, unread counts, names and newest messages)`,
      target: `= ${inbox.minimumRequests} (minimum)`,
      value: counted?.upstreamRequests === undefined ? `not measured (${counted?.reason ?? "?"})` : `${counted.upstreamRequests}${wrong}`,
      met: counted?.upstreamRequests === undefined ? null : counted.upstreamRequests <= inbox.minimumRequests && !wrong,
    },
    {
      name: `chatql wall time, inbox, upstream +${r.latency.delayMs} ms`,
      target: `≤ ${limit} ms (${inbox.minimumWaves} round trips + 30 ms)`,
      value:
        timed?.medianMs === undefined
          ? `not measured (${timed?.reason ?? "?"})`
          : `${timed.medianMs} ms median, ${timed.waves?.length ?? "?"} waves (${timed.waves?.join(" + ") ?? ""})${besideDirect(inbox.latency)}`,
      met: timed?.medianMs === undefined ? null : timed.medianMs <= limit,
    },
  ];
}
