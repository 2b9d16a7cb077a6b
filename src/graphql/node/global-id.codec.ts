// Opaque global ids for the Node interface. An id names the object's type and every SID Twilio
// needs to fetch it again (a member lives under its channel, under its service), so `node(id:)`
// can refetch any object with one upstream call. Each type declares its SIDs' kinds here; an id
// whose parts are not exactly those is not one chatql issued.

import { sidPattern, type SidPrefix } from "../../sids.js";

/** The SID kinds of each node type, outermost first. */
const NODE_KEYS = {
  Service: ["IS"],
  Role: ["IS", "RL"],
  Channel: ["IS", "CH"],
  Member: ["IS", "CH", "MB"],
  Message: ["IS", "CH", "IM"],
  Invite: ["IS", "CH", "IN"],
  ChannelWebhook: ["IS", "CH", "WH"],
  User: ["IS", "US"],
  UserChannel: ["IS", "US", "CH"],
  Binding: ["IS", "BS"],
  Credential: ["CR"],
} as const satisfies Record<string, readonly SidPrefix[]>;

export type NodeType = keyof typeof NODE_KEYS;

/** A node's SIDs, outermost first (e.g. a Member's service, channel and member SIDs). */
export type NodeKeys = readonly string[];

export interface GlobalIdTarget {
  type: NodeType;
  keys: NodeKeys;
}

export function globalId(type: NodeType, ...keys: string[]): string {
  return Buffer.from(`${type}:${keys.join("/")}`, "utf8").toString("base64url");
}

export const serviceGlobalId = (sid: string) => globalId("Service", sid);
export const roleGlobalId = (serviceSid: string, sid: string) => globalId("Role", serviceSid, sid);

/** The target of a global id, or null when the id is not one chatql issued. */
export function parseGlobalId(id: string): GlobalIdTarget | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(id)) return null;
  const plain = Buffer.from(id, "base64url").toString("utf8");
  const colon = plain.indexOf(":");
  const type = plain.slice(0, colon);
  if (colon < 0 || !Object.hasOwn(NODE_KEYS, type)) return null;
  const kinds: readonly SidPrefix[] = NODE_KEYS[type as NodeType];
  const keys = plain.slice(colon + 1).split("/");
  if (keys.length !== kinds.length || !keys.every((key, i) => sidPattern(kinds[i]!).test(key))) return null;
  return { type: type as NodeType, keys };
}
