// Bindings are made by Twilio's client SDKs when a device registers for push, not by the REST API;
// the emulator makes them through its own admin route (admin/admin.routes.ts). A binding belongs to
// the user of its identity (created on first sight, as for members) and may name a push credential
// of the account.

import { invalidParam } from "../engine/errors.js";
import { mintInService } from "../engine/sid.mint.js";
import { twilioDate } from "../engine/values.js";
import { BINDING_MESSAGE_TYPES } from "../limits.js";
import type { ServiceRow } from "../service/service.table.js";
import type { Store } from "../store/store.js";
import { ensureUser } from "../user/user.model.js";
import type { BindingRow, BindingType } from "./binding.table.js";

export interface BindingInput {
  identity: string;
  bindingType: BindingType;
  endpoint: string;
  credentialSid?: string;
  messageTypes?: string[];
}

export function seedBinding(store: Store, service: ServiceRow, input: BindingInput): BindingRow {
  return store.transaction(() => {
    if (input.credentialSid !== undefined && !store.credentials.get(service.account_sid, input.credentialSid)) {
      throw invalidParam("CredentialSid", `Credential ${input.credentialSid} does not belong to this account`);
    }
    const user = ensureUser(store, service, input.identity);
    if (!user.had_binding) store.users.update({ ...user, had_binding: true });
    const now = twilioDate();
    return store.bindings.insert({
      ...mintInService("BS", service),
      user_sid: user.sid,
      identity: user.identity,
      credential_sid: input.credentialSid ?? null,
      binding_type: input.bindingType,
      endpoint: input.endpoint,
      // By default a binding takes every kind of push a service sends.
      message_types: [...new Set(input.messageTypes ?? BINDING_MESSAGE_TYPES)],
      date_created: now,
      date_updated: now,
    });
  });
}
