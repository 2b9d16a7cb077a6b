// The emulator's own operations, under `/emulator/v1` (outside Twilio's `/v2`), for state the
// REST API cannot create: push bindings (made by Twilio's client SDKs when a device registers)
// and a user's online state (set by a connected client). Same Basic auth and account scoping as
// `/v2`; parameters are declared and checked as the spec declares Twilio's own.

import { findService } from "../service/service.routes.js";
import { seedBinding } from "../binding/binding.model.js";
import { renderBinding } from "../binding/binding.render.js";
import type { BindingType } from "../binding/binding.table.js";
import type { CustomOperation } from "../engine/operation.js";
import type { ParamSpec } from "../engine/operation.spec.js";
import { BINDING_ENDPOINT_MAX, BINDING_MESSAGE_TYPES } from "../limits.js";
import { IDENTITY_RULE } from "../rules.js";
import { renderUser } from "../user/user.render.js";
import { findUser } from "../user/user.routes.js";
import { sidPattern } from "../../sids.js";

function param(name: string, where: ParamSpec["in"], kind: ParamSpec["kind"], extra: Partial<ParamSpec> = {}): ParamSpec {
  return { name, in: where, kind, required: where === "path", repeated: false, nullable: false, ...extra };
}

const SERVICE_SID = param("ServiceSid", "path", "string", { pattern: sidPattern("IS") });

export const ADMIN_OPERATIONS: readonly CustomOperation[] = [
  {
    // A push binding, as a device registering through a Twilio SDK would make it.
    method: "POST",
    path: "/emulator/v1/Services/{ServiceSid}/Bindings",
    params: [
      SERVICE_SID,
      param("Identity", "form", "string", { required: true }),
      param("BindingType", "form", "string", { required: true, values: ["gcm", "apn", "fcm"] }),
      param("Endpoint", "form", "string", { required: true }),
      param("CredentialSid", "form", "string", { pattern: sidPattern("CR") }),
      param("MessageTypes", "form", "string", { repeated: true }),
    ],
    rules: {
      Identity: IDENTITY_RULE,
      Endpoint: { maxLength: BINDING_ENDPOINT_MAX },
      MessageTypes: { maxValues: BINDING_MESSAGE_TYPES.size, oneOf: { values: BINDING_MESSAGE_TYPES, what: "a Chat push message type" } },
    },
    handle: (ctx) => {
      const service = findService(ctx, ctx.params.ServiceSid!);
      const types = ctx.form.MessageTypes as string[] | undefined;
      const row = seedBinding(ctx.store, service, {
        identity: ctx.form.Identity as string,
        bindingType: ctx.form.BindingType as BindingType,
        endpoint: ctx.form.Endpoint as string,
        credentialSid: ctx.form.CredentialSid as string | undefined,
        messageTypes: types?.filter((t) => t !== ""),
      });
      return { status: 201, body: renderBinding(row, ctx.origin) };
    },
  },
  {
    // A user's online state, as a client connecting or disconnecting would set it.
    method: "POST",
    path: "/emulator/v1/Services/{ServiceSid}/Users/{Sid}",
    params: [SERVICE_SID, param("Sid", "path", "string"), param("Online", "form", "boolean", { required: true })],
    handle: (ctx) => {
      const service = findService(ctx, ctx.params.ServiceSid!);
      const user = findUser(ctx, service, ctx.params.Sid!);
      const updated = ctx.store.users.update({ ...user, online: ctx.form.Online as boolean });
      return { status: 200, body: renderUser(updated, service, ctx.origin, true) };
    },
  },
];
