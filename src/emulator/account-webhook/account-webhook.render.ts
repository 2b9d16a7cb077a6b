import type { AccountTarget } from "../webhook/webhook.targets.js";

/** The account-level event target as `/emulator/v1/Configuration/Webhooks` answers it (Conversations' names). */
export function renderAccountWebhook(accountSid: string, target: AccountTarget | null, origin: string) {
  return {
    account_sid: accountSid,
    post_webhook_url: target?.url ?? null,
    method: target?.method ?? "POST",
    filters: target ? [...target.filters] : [],
    url: `${origin}/emulator/v1/Configuration/Webhooks`,
  };
}
