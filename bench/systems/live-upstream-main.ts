// The live-updates scenario's upstream (bench/live.ts), run as a child process forked with IPC:
// chatql's emulator in `:memory:`, whose account-level event target (the webhook every action
// fires, as the embedded emulator's) is set once the replica that receives it knows its URL. It
// counts the webhook attempts it made, by outcome, so a dropped or failed delivery shows.

import { startEmulator } from "../../src/emulator/index.js";
import { ACCOUNT } from "../common.js";

export type LiveUpstreamCommand = { id: number; cmd: "target"; url: string | null } | { id: number; cmd: "webhooks" | "stop" };
export type LiveUpstreamReply = { kind: "ready"; url: string } | { kind: "reply"; id: number; webhooks: Record<string, number> };

const webhooks: Record<string, number> = {};
const emulator = await startEmulator({
  dataFile: ":memory:",
  accounts: [ACCOUNT],
  webhooks: {
    onWebhook: (report) => {
      webhooks[report.outcome] = (webhooks[report.outcome] ?? 0) + 1;
    },
  },
});

const send = (message: LiveUpstreamReply) => process.send!(message);

process.on("message", async (message: LiveUpstreamCommand) => {
  if (message.cmd === "target") emulator.setEventTarget(message.url ? { url: message.url } : null);
  if (message.cmd === "stop") await emulator.close();
  send({ kind: "reply", id: message.id, webhooks: { ...webhooks } });
  if (message.cmd === "stop") process.exit(0);
});
process.on("disconnect", () => process.exit(0));

send({ kind: "ready", url: emulator.url });
