// /readyz: the upstream answers and accepts chatql's credentials (one cheap list call,
// `PageSize=1`, remembered for a few seconds so probes cannot hammer the upstream), and, with
// CHATQL_REDIS_URL, live events flow through Redis. A replica whose Redis is down still answers
// queries but not subscriptions or webhooks: it is not ready, and `redis` says why.

import { ChatApiError, type ChatApiClient } from "../chat-api/index.js";

export interface Readiness {
  ready: boolean;
  upstream: "ok" | "unreachable" | "credentials_rejected" | "error" | "reachable";
  /** With CHATQL_REDIS_URL: "ok", or "down: <why>". */
  redis?: string;
}

/** How long one probe's answer serves every /readyz (anyone can call it: no credentials). */
export const REMEMBER_MS = 2_000;

export class ReadinessProbe {
  private last: { at: number; result: Promise<Readiness> } | undefined;

  /** `client` carries chatql's credentials, or none in pass-through mode (then reachability is all). */
  constructor(
    private readonly client: ChatApiClient,
    private readonly checkCredentials: boolean,
    /** Redis's state now, when chatql uses it (not remembered: it costs nothing to ask). */
    private readonly redis: (() => { ok: true } | { ok: false; reason: string }) | null = null,
  ) {}

  async check(): Promise<Readiness> {
    const now = Date.now();
    if (!this.last || now - this.last.at > REMEMBER_MS) this.last = { at: now, result: this.probe() };
    const upstream = await this.last.result;
    if (!this.redis) return upstream;
    const redis = this.redis();
    return { ...upstream, ready: upstream.ready && redis.ok, redis: redis.ok ? "ok" : `down: ${redis.reason}` };
  }

  private async probe(): Promise<Readiness> {
    try {
      await this.client.listServices({ PageSize: "1" });
      return { ready: true, upstream: "ok" };
    } catch (error) {
      if (!(error instanceof ChatApiError) || error.kind === "network" || error.kind === "timeout")
        return { ready: false, upstream: "unreachable" };
      if (error.kind === "http" && (error.status === 401 || error.status === 403)) {
        return this.checkCredentials ? { ready: false, upstream: "credentials_rejected" } : { ready: true, upstream: "reachable" };
      }
      return { ready: false, upstream: "error" };
    }
  }
}
