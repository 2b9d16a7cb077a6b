// What a channel webhook of each type needs in its configuration: what the emulator requires and
// what chatql checks before a webhook is created, from one table (docs/emulator.md, "Channel
// webhooks": Twilio's Channel Webhook resource describes Url and Triggers for `webhook`/`trigger`
// and FlowSid for `studio`; a webhook without them could never fire).

export type ChannelWebhookKind = "webhook" | "trigger" | "studio";

/** The configuration parameters, by their form keys, a webhook of each type cannot be created without. */
export const WEBHOOK_REQUIRED: Readonly<
  Record<ChannelWebhookKind, ReadonlyArray<"Configuration.Url" | "Configuration.Triggers" | "Configuration.FlowSid">>
> = {
  webhook: ["Configuration.Url"],
  trigger: ["Configuration.Url", "Configuration.Triggers"],
  studio: ["Configuration.FlowSid"],
};
