import type { CredentialResource } from "../../chat-api/index.js";
import { parseDate } from "../dates.js";
import { globalId } from "../node/global-id.codec.js";
import { Credential, PushService } from "./credential.type.js";

const SERVICES: Record<string, PushService> = { apn: PushService.APN, fcm: PushService.FCM, gcm: PushService.GCM };

/** `sandbox` is a string in the spec ("true" / "false" for APN): a Boolean here, null for anything else. */
function sandboxOf(value: string | null | undefined): boolean | null {
  const text = value?.toLowerCase();
  return text === "true" ? true : text === "false" ? false : null;
}

export function credentialFromResource(resource: CredentialResource): Credential {
  return Object.assign(new Credential(), {
    id: globalId("Credential", resource.sid),
    sid: resource.sid,
    accountSid: resource.account_sid,
    friendlyName: resource.friendly_name ?? null,
    type: (resource.type && SERVICES[resource.type]) ?? null,
    sandbox: sandboxOf(resource.sandbox),
    dateCreated: parseDate(resource.date_created),
    dateUpdated: parseDate(resource.date_updated),
    url: resource.url ?? null,
  });
}
