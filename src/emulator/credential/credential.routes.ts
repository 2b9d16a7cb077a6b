import { found } from "../engine/errors.js";
import { operationTable, type HandlerContext } from "../engine/operation.js";
import { listPage } from "../engine/paging.js";
import { CREDENTIAL_KEY_MAX_BYTES, CREDENTIAL_NAME_MAX, CREDENTIAL_PEM_MAX_BYTES } from "../limits.js";
import type { Lookup } from "../service/service.routes.js";
import { createCredential, updateCredential, type CredentialInput } from "./credential.model.js";
import { renderCredential } from "./credential.render.js";
import type { CredentialRow } from "./credential.table.js";
import { camelCased } from "../engine/form.js";

/** Credentials are account-level: no service in their path. */
export function findCredential(ctx: Lookup, sid: string): CredentialRow {
  return found(ctx.store.credentials.get(ctx.accountSid, sid), ctx.path);
}

function credentialInput(form: HandlerContext<"CreateCredential" | "UpdateCredential">["form"]): CredentialInput {
  return camelCased(form, ["FriendlyName", "Certificate", "PrivateKey", "Sandbox", "ApiKey", "Secret"]);
}

const credentialRules = {
  FriendlyName: { maxLength: CREDENTIAL_NAME_MAX },
  Certificate: { maxBytes: CREDENTIAL_PEM_MAX_BYTES },
  PrivateKey: { maxBytes: CREDENTIAL_PEM_MAX_BYTES },
  ApiKey: { maxBytes: CREDENTIAL_KEY_MAX_BYTES },
  Secret: { maxBytes: CREDENTIAL_KEY_MAX_BYTES },
};

export const credentialOperations = operationTable({
  ListCredential: {
    handle: (ctx) =>
      listPage(ctx.query, {
        key: "credentials",
        url: `${ctx.origin}/v2/Credentials`,
        list: ctx.store.credentials.list,
        scope: [ctx.accountSid],
        anchorPrefix: "CR",
        render: (row) => renderCredential(row, ctx.origin),
      }),
  },
  CreateCredential: {
    handle: (ctx) => {
      const row = createCredential(ctx.store, ctx.accountSid, ctx.form.Type, credentialInput(ctx.form));
      return { status: 201, body: renderCredential(row, ctx.origin) };
    },
    rules: credentialRules,
  },
  FetchCredential: {
    handle: (ctx) => ({ status: 200, body: renderCredential(findCredential(ctx, ctx.params.Sid), ctx.origin) }),
  },
  UpdateCredential: {
    handle: (ctx) => {
      const row = updateCredential(ctx.store, findCredential(ctx, ctx.params.Sid), credentialInput(ctx.form));
      return { status: 200, body: renderCredential(row, ctx.origin) };
    },
    rules: credentialRules,
  },
  DeleteCredential: {
    handle: (ctx) => {
      ctx.store.credentials.delete(findCredential(ctx, ctx.params.Sid));
      return { status: 204 };
    },
  },
});
