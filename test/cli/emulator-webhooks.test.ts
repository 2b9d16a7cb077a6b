// `chatql emulator --event-target URL --webhook-hosts …` as a user runs it: every post-event of
// every account reaches the target, signed with the token the causing request used; bad flag
// values stop it with one line naming the flag.

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, spawnChatql, type ChatqlProcess } from "../support/chatql-process.js";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver.js";

const run = promisify(execFile);
const ACCOUNT = "AC" + "5".repeat(32);
const auth = {
  authorization: "Basic " + Buffer.from(`${ACCOUNT}:cli-token`).toString("base64"),
  "content-type": "application/x-www-form-urlencoded",
};

let receiver: WebhookReceiver;
let emulator: ChatqlProcess;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  const webhookFlags = ["--event-target", `${receiver.base}/events`, "--webhook-hosts", "hooks.example.com"];
  emulator = spawnChatql(["emulator", "--port", "0", "--data", ":memory:", ...webhookFlags]);
});
afterAll(async () => {
  await emulator.stop();
  await receiver.close();
});

describe("chatql emulator --event-target", () => {
  it("prints the target and delivers every post-event to it, signed", async () => {
    const [line] = await emulator.waitFor(/^event target: .*$/m);
    expect(line).toBe(`event target: ${receiver.base}/events (every post-event of every account)`);
    const [, url] = /^chatql emulator \(Twilio Chat v2\) {2}(http:\/\/\S+)/m.exec(emulator.stdout())!;
    const created = await fetch(`${url}/v2/Services`, { method: "POST", headers: auth, body: "FriendlyName=cli" });
    const { sid } = (await created.json()) as { sid: string };
    await fetch(`${url}/v2/Services/${sid}/Channels`, { method: "POST", headers: auth, body: "FriendlyName=general" });
    const [webhook] = await receiver.waitFor(1);
    expect(webhook!.params).toMatchObject({ EventType: "onChannelAdded", AccountSid: ACCOUNT, InstanceSid: sid, FriendlyName: "general" });
    const signature = webhook!.headers["x-twilio-signature"] as string;
    expect(twilio.validateRequest("cli-token", signature, webhook!.url, webhook!.signedParams)).toBe(true);
  });

  it.each([
    [["--event-target", "ftp://x"], /^chatql: --event-target must be an absolute http\(s\) URL without credentials$/m],
    [["--event-target", "http://u:p@127.0.0.1/x"], /^chatql: --event-target must be an absolute http\(s\) URL without credentials$/m],
    [["--webhook-hosts", "a.example.com,/path"], /^chatql: --webhook-hosts must be a comma-separated list of host or host:port$/m],
  ])("refuses %j with one line naming the flag", async (flags, message) => {
    const failed = await run(process.execPath, [BIN, "emulator", "--port", "0", "--data", ":memory:", ...flags]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(message);
    expect(failed?.stderr).not.toMatch(/u:p@/);
  });
});
