// Where the emulator may send webhooks (think SSRF: any caller with an account's credentials can
// set a webhook URL and make the emulator request it). Without configuration only loopback
// addresses are allowed, where a local app under test listens; other hosts must be named
// (`webhookHosts`, `--webhook-hosts`). The account-level event target is named by the operator,
// so its origin is allowed too. Redirects are never followed (webhook.sender.ts).

/** `url`'s host is a loopback literal: 127.0.0.0/8, [::1] or `localhost` (no name resolution involved). */
function isLoopback(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  // WHATWG URL parsing has already turned 0x7f.1, 2130706433 and the like into dotted IPv4.
  return host === "localhost" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export type PolicyDecision = { allowed: true } | { allowed: false; reason: string };

export class OutboundPolicy {
  private readonly hosts: Set<string>;

  /** `hosts`: `host` (any port) or `host:port` entries, as the operator wrote them. */
  constructor(hosts: readonly string[] = []) {
    this.hosts = new Set(hosts.map((host) => host.trim().toLowerCase()).filter(Boolean));
  }

  /** Also allow `url`'s exact origin (an operator-configured target). */
  allowOrigin(url: string): void {
    this.hosts.add(new URL(url).host.toLowerCase());
  }

  decide(raw: string): PolicyDecision {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { allowed: false, reason: "not a valid URL" };
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return { allowed: false, reason: "not an http(s) URL" };
    if (url.username || url.password) return { allowed: false, reason: "a URL with credentials" };
    if (isLoopback(url)) return { allowed: true };
    const host = url.host.toLowerCase(); // includes a non-default port
    if (this.hosts.has(host) || this.hosts.has(url.hostname.toLowerCase())) return { allowed: true };
    const reason = `the emulator sends webhooks only to loopback addresses and to hosts named with --webhook-hosts (not ${url.hostname})`;
    return { allowed: false, reason };
  }
}
