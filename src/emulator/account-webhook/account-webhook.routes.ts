// The account-level event target, an emulator-only route shaped after Conversations'
// `/v1/Configuration/Webhooks`: one URL per account that receives every post-event of the account
// (those in `Filters`), whatever `X-Twilio-Webhook-Enabled` says. Without a setting of its own, an
// account uses the emulator's default (`eventTarget`, `--event-target`). Same Basic auth and
// account scoping as `/v2`. Only URLs the emulator would send to are accepted (webhook.policy.ts).

import { badRequest } from "../engine/errors.js";
import type { CustomContext, CustomOperation } from "../engine/operation.js";
import type { ParamSpec } from "../engine/operation.spec.js";
import { twilioDate } from "../engine/values.js";
import { POST_EVENTS, WEBHOOK_FILTERS_MAX, WEBHOOK_URL_MAX } from "../limits.js";
import { renderAccountWebhook } from "./account-webhook.render.js";

const PATH = "/emulator/v1/Configuration/Webhooks";

function param(name: string, kind: ParamSpec["kind"], extra: Partial<ParamSpec> = {}): ParamSpec {
  return { name, in: "form", kind, required: false, repeated: false, nullable: false, ...extra };
}

const current = (ctx: CustomContext) => ({
  status: 200 as const,
  body: renderAccountWebhook(ctx.accountSid, ctx.webhooks.accountTarget(ctx.accountSid), ctx.origin),
});

const POST_EVENT_FILTER = { values: new Set(POST_EVENTS), what: "a Chat post-event (the account-level target receives post-events only)" };

export const ACCOUNT_WEBHOOK_OPERATIONS: readonly CustomOperation[] = [
  { method: "GET", path: PATH, params: [], handle: current },
  {
    method: "POST",
    path: PATH,
    params: [
      param("PostWebhookUrl", "uri"),
      param("Method", "string", { values: ["GET", "POST"] }),
      param("Filters", "string", { repeated: true }),
    ],
    rules: {
      PostWebhookUrl: { maxLength: WEBHOOK_URL_MAX },
      Method: { caseInsensitive: true },
      Filters: { maxValues: WEBHOOK_FILTERS_MAX, oneOf: POST_EVENT_FILTER },
    },
    handle: (ctx) => {
      const before = ctx.webhooks.accountTarget(ctx.accountSid);
      const url = ctx.form.PostWebhookUrl as string | undefined;
      // An empty URL turns the target off for this account (the default no longer applies).
      const postWebhookUrl = url === undefined ? (before?.url ?? null) : url || null;
      if (postWebhookUrl) {
        const decision = ctx.webhooks.allows(postWebhookUrl);
        if (!decision.allowed) throw badRequest(`Invalid parameter PostWebhookUrl: ${decision.reason}`);
      }
      const filters = ctx.form.Filters as string[] | undefined;
      ctx.store.accountWebhooks.put({
        account_sid: ctx.accountSid,
        post_webhook_url: postWebhookUrl,
        method: (ctx.form.Method as "GET" | "POST" | undefined) ?? before?.method ?? "POST",
        // Filters replace the list; one empty value empties it; left out, they stay (all post-events at first).
        filters: filters ? filters.filter((name) => name !== "") : before ? [...before.filters] : [...POST_EVENTS],
        date_updated: twilioDate(),
      });
      return current(ctx);
    },
  },
];
