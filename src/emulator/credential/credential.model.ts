// Credential rules: each push service has its own secrets (the spec: `Certificate` and
// `PrivateKey` for APN, `ApiKey` for GCM, `Secret` for FCM), required on create; secrets of
// another service are ignored; `Sandbox` is APN-only. Secrets are stored and never returned.

import { missingParam } from "../engine/errors.js";
import { mintSid } from "../engine/sid.mint.js";
import { twilioDate } from "../engine/values.js";
import type { Store } from "../store/store.js";
import type { CredentialRow, CredentialSecrets, PushService } from "./credential.table.js";

export interface CredentialInput {
  friendlyName?: string;
  certificate?: string;
  privateKey?: string;
  sandbox?: boolean;
  apiKey?: string;
  secret?: string;
}

/** The secrets each push service uses, by parameter and by stored name. */
const SECRETS: Record<PushService, ReadonlyArray<readonly [keyof CredentialInput, keyof CredentialSecrets, string]>> = {
  apn: [
    ["certificate", "certificate", "Certificate"],
    ["privateKey", "private_key", "PrivateKey"],
  ],
  gcm: [["apiKey", "api_key", "ApiKey"]],
  fcm: [["secret", "secret", "Secret"]],
};

function secrets(type: PushService, old: CredentialSecrets, input: CredentialInput): CredentialSecrets {
  const out: CredentialSecrets = {};
  for (const [param, field, name] of SECRETS[type]) {
    const value = (input[param] as string | undefined) ?? old[field];
    if (!value) throw missingParam(name);
    out[field] = value;
  }
  return out;
}

export function createCredential(store: Store, accountSid: string, type: PushService, input: CredentialInput): CredentialRow {
  const now = twilioDate();
  return store.credentials.insert({
    sid: mintSid("CR"),
    account_sid: accountSid,
    friendly_name: input.friendlyName ?? null,
    type,
    sandbox: type === "apn" ? (input.sandbox ?? false) : null,
    secrets: secrets(type, {}, input),
    date_created: now,
    date_updated: now,
  });
}

export function updateCredential(store: Store, credential: CredentialRow, input: CredentialInput): CredentialRow {
  return store.credentials.update({
    ...credential,
    friendly_name: input.friendlyName ?? credential.friendly_name,
    sandbox: credential.type === "apn" ? (input.sandbox ?? credential.sandbox) : null,
    secrets: secrets(credential.type, credential.secrets, input),
    date_updated: twilioDate(),
  });
}
