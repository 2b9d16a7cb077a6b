// Starts the upstream child (emulator + delay proxy), seeds it, and reads its request counter.

import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { Agent } from "undici";
import { BENCH_DIR, REPO_ROOT, at, seedingPost, sleep, stringField } from "../common.js";
import type { DoorCount, UpstreamCommand, UpstreamReply } from "./upstream-main.js";

export interface SeededService {
  sid: string;
  defaultServiceRoleSid: string;
  defaultChannelRoleSid: string;
  defaultChannelCreatorRoleSid: string;
}

/** The chat-screen scenario's data: one service of its own (see seedChatScreen). */
export interface SeededChatScreen {
  serviceSid: string;
  messagesPerChannel: number;
  /** Author identity → friendly name. */
  authors: Record<string, string>;
  /** Every channel in creation order (the list's order), with its messages in the order sent. */
  channels: Array<{ friendlyName: string; messages: Array<{ from: string; body: string }> }>;
}

export interface Counted {
  /** Requests the emulator served (through either door). */
  count: number;
  paths: Record<string, number>;
  finishedAt: number[];
  /** Requests that came through the delay proxy, replayed or not. */
  delayed: DoorCount;
}

export interface Upstream {
  /** The emulator itself. */
  url: string;
  /** The same emulator behind the delay proxy. */
  delayedUrl: string;
  pid: number;
  services: SeededService[];
  chatScreen: SeededChatScreen;
  /** Requests the emulator served since the last reset, and their breakdown by endpoint. */
  count(): Promise<Counted>;
  /** Waits until no request has reached the upstream for `quietMs` (requests queued behind a load
   * run keep arriving after the load generator stops), then resets the counter. */
  settleAndReset(quietMs?: number, maxMs?: number): Promise<void>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startUpstream(options: { services: number; delayMs: number }): Promise<Upstream> {
  const child: ChildProcess = fork(join(BENCH_DIR, "systems", "upstream-main.ts"), [], {
    cwd: REPO_ROOT,
    execArgv: ["--import", "tsx"],
    env: { PATH: process.env.PATH ?? "", BENCH_UPSTREAM_DELAY_MS: String(options.delayMs), NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ready = await new Promise<{ url: string; delayedUrl: string }>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`upstream exited during start-up (code ${code})`)));
    child.once("message", (message: UpstreamReply) => {
      if (message.kind === "ready") resolve(message);
    });
  });
  let nextId = 1;
  const ask = (cmd: UpstreamCommand["cmd"]) =>
    new Promise<Counted>((resolve) => {
      const id = nextId++;
      const onMessage = (message: UpstreamReply) => {
        if (message.kind === "reply" && message.id === id) {
          child.off("message", onMessage);
          resolve({ count: message.count, paths: message.paths, finishedAt: message.finishedAt, delayed: message.delayed });
        }
      };
      child.on("message", onMessage);
      child.send({ id, cmd } satisfies UpstreamCommand);
    });

  const services = await seed(ready.url, options.services);
  const chatScreen = await seedChatScreen(ready.url);
  await ask("reset");
  return {
    url: ready.url,
    delayedUrl: ready.delayedUrl,
    pid: child.pid!,
    services,
    chatScreen,
    count: () => ask("count"),
    reset: async () => {
      await ask("reset");
    },
    settleAndReset: async (quietMs = 1000, maxMs = 30_000) => {
      const deadline = Date.now() + maxMs;
      const total = (c: Counted) => c.count + c.delayed.count;
      let last = total(await ask("count"));
      let quietSince = Date.now();
      while (Date.now() < deadline && Date.now() - quietSince < quietMs) {
        await sleep(100);
        const now = total(await ask("count"));
        if (now !== last) {
          last = now;
          quietSince = Date.now();
        }
      }
      await ask("reset");
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      await ask("stop").catch(() => undefined);
      await exited;
    },
  };
}

/** Creates `n` services through the REST API (the emulator adds the four default roles to each). */
async function seed(url: string, n: number): Promise<SeededService[]> {
  const dispatcher = new Agent({ connections: 8 });
  const post = seedingPost(url, dispatcher, "seeding failed");
  try {
    const created: SeededService[] = [];
    for (let i = 0; i < n; i++) {
      const body = await post("/v2/Services", { FriendlyName: `bench service ${String(i).padStart(3, "0")}` });
      created.push({
        sid: stringField(body, "sid"),
        defaultServiceRoleSid: stringField(body, "default_service_role_sid"),
        defaultChannelRoleSid: stringField(body, "default_channel_role_sid"),
        defaultChannelCreatorRoleSid: stringField(body, "default_channel_creator_role_sid"),
      });
    }
    return created;
  } finally {
    await dispatcher.close();
  }
}

/**
 * The chat-screen scenario (issue #11): a service of its own, created after the others so the
 * services scenarios see the same first pages, with more channels than the screen shows (24 > 20)
 * and more messages than it reads (15 > 10), written by 5 authors. Every 4th channel is private,
 * so a list of public channels only (Twilio's default) would show a different screen.
 */
export async function seedChatScreen(url: string, options = { channels: 24, messagesPerChannel: 15 }): Promise<SeededChatScreen> {
  const identities = ["ana", "bo", "chen", "dara", "eli"];
  const nameOf = (identity: string) => `Author ${identity}`;
  const authors = Object.fromEntries(identities.map((identity) => [identity, nameOf(identity)]));
  const dispatcher = new Agent({ connections: 8 });
  const post = seedingPost(url, dispatcher, "chat-screen seeding failed");
  try {
    const serviceSid = stringField(await post("/v2/Services", { FriendlyName: "bench chat screen" }), "sid");
    const channels: SeededChatScreen["channels"] = [];
    for (let c = 0; c < options.channels; c++) {
      const friendlyName = `channel ${String(c).padStart(2, "0")}`;
      const channel = await post(`/v2/Services/${serviceSid}/Channels`, {
        FriendlyName: friendlyName,
        Type: c % 4 === 3 ? "private" : "public",
      });
      const base = `/v2/Services/${serviceSid}/Channels/${stringField(channel, "sid")}`;
      // Members first: the emulator creates a user on first membership, so every author is a user.
      for (const identity of identities) await post(`${base}/Members`, { Identity: identity });
      // Named once they exist, so `author { friendlyName }` reads a value, not null.
      if (c === 0)
        for (const identity of identities)
          await post(`/v2/Services/${serviceSid}/Users/${identity}`, { FriendlyName: nameOf(identity) }, 200);
      const messages: Array<{ from: string; body: string }> = [];
      for (let m = 0; m < options.messagesPerChannel; m++) {
        const message = { from: at(identities, (c + m) % identities.length), body: `message ${m} in channel ${c}` };
        await post(`${base}/Messages`, { From: message.from, Body: message.body });
        messages.push(message);
      }
      channels.push({ friendlyName, messages });
    }
    return { serviceSid, messagesPerChannel: options.messagesPerChannel, authors, channels };
  } finally {
    await dispatcher.close();
  }
}
