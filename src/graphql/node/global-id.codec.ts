// Opaque global ids for the Node interface. A Service is addressed by its SID; a Role also needs
// its Service's SID, because Twilio only fetches a role under its service.

import { SERVICE_SID_PATTERN, ROLE_SID_PATTERN } from "../../sids.js";

export type GlobalIdTarget =
  | { type: "Service"; sid: string }
  | { type: "Role"; serviceSid: string; sid: string };

export function serviceGlobalId(sid: string): string {
  return encode(`Service:${sid}`);
}

export function roleGlobalId(serviceSid: string, sid: string): string {
  return encode(`Role:${serviceSid}/${sid}`);
}

/** The target of a global id, or null when the id is not one chatql issued. */
export function parseGlobalId(id: string): GlobalIdTarget | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const plain = Buffer.from(id, "base64url").toString("utf8");
  const service = /^Service:(.+)$/.exec(plain);
  if (service && SERVICE_SID_PATTERN.test(service[1]!)) return { type: "Service", sid: service[1]! };
  const role = /^Role:([^/]+)\/(.+)$/.exec(plain);
  if (role && SERVICE_SID_PATTERN.test(role[1]!) && ROLE_SID_PATTERN.test(role[2]!)) {
    return { type: "Role", serviceSid: role[1]!, sid: role[2]! };
  }
  return null;
}

function encode(plain: string): string {
  return Buffer.from(plain, "utf8").toString("base64url");
}
