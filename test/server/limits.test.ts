// Every abuse limit is configurable and sits exactly where configured: a query just under it
// runs, one just over it is refused before any upstream call.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT, postGraphQL, startChatqlOn, startHarness, type Harness } from "../graphql/harness.js";
import { trickle } from "../support/trickle.js";
import { PIPELINED_REQUESTS_MAX } from "../../src/server/http-server.js";
import { connect, type Socket } from "node:net";
import type { RunningChatql } from "../../src/server/start.js";
import { startFakeUpstream, type FakeUpstream } from "../chat-api/fake-upstream.js";

const LIMITS = {
  CHATQL_MAX_DEPTH: "4",
  CHATQL_MAX_ALIASES: "3",
  CHATQL_MAX_TOKENS: "40",
  CHATQL_MAX_DIRECTIVES: "2",
  CHATQL_MAX_COST: "120",
  CHATQL_MAX_BODY_BYTES: "2048",
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ env: LIMITS });
});
afterAll(() => harness.close());

const typenames = (n: number) => `{ ${Array(n).fill("__typename").join(" ")} }`;
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(" ")} }`;
const directives = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `d${i}: __typename @include(if: true)`).join(" ")} }`;

describe.each([
  // limit, query at it, query just over it, what the refusal says, its code
  [
    "depth 4",
    "{ services(first: 1) { edges { node { sid } } } }",
    "{ services(first: 1) { edges { node { limits { channelMembers } } } } }",
    /depth limit of 4/,
    "GRAPHQL_VALIDATION_FAILED",
  ],
  ["aliases 3", aliases(3), aliases(4), /Aliases limit of 3/, "GRAPHQL_VALIDATION_FAILED"],
  ["tokens 40", typenames(38), typenames(39), /more th\w+ 40 tokens/, "GRAPHQL_PARSE_FAILED"],
  ["directives 2", directives(2), directives(3), /Directives limit of 2/, "GRAPHQL_VALIDATION_FAILED"],
  [
    "__schema once",
    "{ __schema { queryType { name } } }",
    "{ a: __schema { queryType { name } } b: __schema { queryType { name } } }",
    /may select __schema at most once/,
    "GRAPHQL_VALIDATION_FAILED",
  ],
  // first: 99 is one upstream page of 100 (20) + the connection (1) + 99 nodes = 120; first: 100 needs a
  // second page to learn whether there is more: 40 + 1 + 100 = 141.
  [
    "cost 120",
    "{ services(first: 99) { nodes { sid } } }",
    "{ services(first: 100) { nodes { sid } } }",
    /cost 141 exceeds the limit of 120/,
    "GRAPHQL_VALIDATION_FAILED",
  ],
])("%s", (_limit, under, over, refusal, code) => {
  it("runs the query at the limit", async () => {
    const response = await postGraphQL(harness.chatql.graphqlUrl, under);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it("refuses the query over it, before any upstream call", async () => {
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL(harness.chatql.graphqlUrl, over);
      expect(response.status).toBe(400);
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.message).toMatch(refusal);
      expect(response.errors![0]!.extensions?.code).toBe(code);
    });
    expect(requests).toEqual([]);
  });
});

describe("cost with variables", () => {
  it("multiplies by the page size a variable asks for", async () => {
    const query = "query Q($n: Int) { services(first: $n) { nodes { sid } } }";
    expect((await postGraphQL(harness.chatql.graphqlUrl, query, { n: 99 })).errors).toBeUndefined();
    expect((await postGraphQL(harness.chatql.graphqlUrl, query, { n: 100 })).errors?.[0]?.message).toMatch(/cost 141/);
  });
});

describe("request body size 2048", () => {
  const padded = (bytes: number) => {
    const base = JSON.stringify({ query: "{ __typename }" });
    return base.slice(0, -1) + `,"pad":"${"x".repeat(bytes - base.length - 9)}"}`;
  };
  const post = (body: string) =>
    fetch(harness.chatql.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body });

  it("accepts a body of exactly the limit", async () => {
    const body = padded(2048);
    expect(Buffer.byteLength(body)).toBe(2048);
    expect((await post(body)).status).toBe(200);
  });

  it("refuses one byte more with 413", async () => {
    const response = await post(padded(2049));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
  });
});

describe("HTTP-level protections", () => {
  it("refuses batched requests", async () => {
    const response = await fetch(harness.chatql.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    });
    expect(response.status).toBe(400);
  });

  it("refuses a GET operation without a CSRF-safe header (CSRF prevention)", async () => {
    const url = `${harness.chatql.graphqlUrl}?query=${encodeURIComponent("{ __typename }")}`;
    expect((await fetch(url)).status).toBe(400);
    expect((await fetch(url, { headers: { "apollo-require-preflight": "true" } })).status).toBe(200);
  });

  it("answers malformed JSON with 400, not a crash", async () => {
    const response = await fetch(harness.chatql.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{nope",
    });
    expect(response.status).toBe(400);
    expect((await fetch(harness.chatql.graphqlUrl.replace("/graphql", "/healthz"))).status).toBe(200);
  });
});

describe(`pipelined requests on one connection (PIPELINED_REQUESTS_MAX = ${PIPELINED_REQUESTS_MAX})`, () => {
  /** Writes `count` pipelined GET /metrics in one go (the last asks to close); resolves with the answers read when the connection ends. */
  const pipeline = (count: number) =>
    new Promise<number>((resolve, reject) => {
      const { port } = new URL(harness.chatql.graphqlUrl);
      const socket = connect(Number(port), "127.0.0.1");
      let text = "";
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => (text += chunk));
      socket.on("close", () => resolve(text.split("HTTP/1.1 200 OK").length - 1));
      socket.on("error", reject);
      const request = (close: boolean) => `GET /metrics HTTP/1.1\r\nHost: chatql\r\n${close ? "Connection: close\r\n" : ""}\r\n`;
      socket.write(request(false).repeat(count - 1) + request(true));
    });

  it("answers as many as the bound", async () => {
    expect(await pipeline(PIPELINED_REQUESTS_MAX)).toBe(PIPELINED_REQUESTS_MAX);
  });

  it("closes the connection at one more, unanswered", async () => {
    expect(await pipeline(PIPELINED_REQUESTS_MAX + 1)).toBe(0);
    expect((await fetch(harness.chatql.graphqlUrl.replace("/graphql", "/healthz"))).status).toBe(200);
  });
});

describe("request time (CHATQL_REQUEST_TIMEOUT_MS=1000)", () => {
  let slow: Harness;
  beforeAll(async () => {
    slow = await startHarness({ env: { CHATQL_REQUEST_TIMEOUT_MS: "1000" } });
  });
  afterAll(() => slow.close());

  const sendSlowly = (parts: string[], everyMs: number) =>
    trickle(slow.chatql.graphqlUrl, parts, everyMs, { "Content-Type": "application/json" });

  it("serves a request whose body arrives within the time", async () => {
    const body = JSON.stringify({ query: "{ __typename }" });
    expect(await sendSlowly([body.slice(0, 5), body.slice(5)], 200)).toBe("HTTP/1.1 200 OK");
  });

  it("drops a sender still sending after it (slow-loris) with 408", async () => {
    const body = JSON.stringify({ query: "{ __typename }" });
    const parts = Array.from(body, (char) => char); // one byte every 150 ms: ~3 s for the body
    expect(await sendSlowly(parts, 150)).toBe("HTTP/1.1 408 Request Timeout");
  });

  // Node looks for late requests every quarter of the time (request-time.ts), so the cut falls
  // between 1000 and 1250 ms: a body done at 700 ms is served, one still coming at 1250 ms is not.
  const body = JSON.stringify({ query: "{ __typename }" });
  const inParts = (n: number) => Array.from({ length: n }, (_, i) => body.slice((i * body.length) / n, ((i + 1) * body.length) / n));

  it("serves a request whose last byte arrives at 700 ms, just under the time", async () => {
    expect(await sendSlowly(inParts(7), 100)).toBe("HTTP/1.1 200 OK");
  });

  it("drops a request whose body would end at 1500 ms, just past the time and its check", async () => {
    expect(await sendSlowly(inParts(10), 150)).toBe("HTTP/1.1 408 Request Timeout");
  });
});

describe("response size (CHATQL_MAX_RESPONSE_BYTES=1024)", () => {
  let small: Harness;
  let service: string;
  let channel: string;
  const query = () => `{ service(sid: "${service}") { channel(sid: "${channel}") { attributes } } }`;
  /** Attributes whose response is exactly `bytes` long (its JSON as written, without the trailing newline). */
  const attributesFor = (bytes: number) => {
    const base = JSON.stringify({ data: { service: { channel: { attributes: { pad: "" } } } } }).length;
    return { pad: "é".repeat(4) + "x".repeat(bytes - base - 8) }; // two bytes each in UTF-8
  };
  beforeAll(async () => {
    small = await startHarness({ env: { CHATQL_MAX_RESPONSE_BYTES: "1024" } });
    service = (await small.twilio().chat.v2.services.create({ friendlyName: "sized" })).sid;
    channel = (await small.twilio().chat.v2.services(service).channels.create({ friendlyName: "sized" })).sid;
  });
  afterAll(() => small.close());

  const respond = async (attributes: Record<string, string>) => {
    await small
      .twilio()
      .chat.v2.services(service)
      .channels(channel)
      .update({ attributes: JSON.stringify(attributes) });
    const response = await fetch(small.chatql.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: query() }),
    });
    return { status: response.status, text: (await response.text()).trimEnd() };
  };

  it("sends a response of exactly the limit", async () => {
    const { status, text } = await respond(attributesFor(1024));
    expect(status).toBe(200);
    expect(Buffer.byteLength(text)).toBe(1024);
    expect(JSON.parse(text)).toEqual({ data: { service: { channel: { attributes: attributesFor(1024) } } } });
  });

  it("replaces one a byte over it by RESPONSE_TOO_LARGE, and logs that outcome", async () => {
    const { status, text } = await respond(attributesFor(1025));
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      data: null,
      errors: [
        {
          message: expect.stringMatching(/larger than 1024 bytes \(CHATQL_MAX_RESPONSE_BYTES\)/),
          extensions: { code: "RESPONSE_TOO_LARGE", maxBytes: 1024 },
        },
      ],
    });
    const line = small.logs.filter((entry) => entry.msg === "graphql operation").at(-1);
    expect(line).toMatchObject({ outcome: "RESPONSE_TOO_LARGE" });
  });
});

describe("upstream bytes per operation (CHATQL_MAX_UPSTREAM_BYTES)", () => {
  let base: Harness;
  let service: string;
  /** The bytes of the service's body as the emulator sends it: what the query's first wave reads. */
  let serviceBytes: number;
  beforeAll(async () => {
    base = await startHarness();
    service = (await base.twilio().chat.v2.services.create({ friendlyName: "bytes" })).sid;
    const basic = Buffer.from(`${ACCOUNT.accountSid}:${ACCOUNT.authToken}`).toString("base64");
    const response = await fetch(`${base.emulator.url}/v2/Services/${service}`, { headers: { authorization: `Basic ${basic}` } });
    serviceBytes = Buffer.byteLength(await response.text());
  });
  afterAll(() => base.close());

  /** The service (first wave), then its default role (a second wave, one request more). */
  const withRole = async (maxBytes: number) => {
    const { chatql } = await startChatqlOn(base.emulator.url, { CHATQL_MAX_UPSTREAM_BYTES: String(maxBytes) });
    try {
      return await postGraphQL(chatql.graphqlUrl, `{ service(sid: "${service}") { sid defaultServiceRole { friendlyName } } }`);
    } finally {
      await chatql.close();
    }
  };

  it("sends the second wave while what the first read is under the limit", async () => {
    const response = await withRole(serviceBytes + 1);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ service: { sid: service, defaultServiceRole: { friendlyName: "service user" } } });
  });

  it("sends no further request once the bodies read reach it: that field fails with UPSTREAM_BUDGET_EXCEEDED", async () => {
    const requests = await base.countUpstream(async () => {
      const response = await withRole(serviceBytes);
      expect(response.data).toEqual({ service: { sid: service, defaultServiceRole: null } });
      expect(response.errors).toEqual([
        expect.objectContaining({
          path: ["service", "defaultServiceRole"],
          extensions: expect.objectContaining({ code: "UPSTREAM_BUDGET_EXCEEDED" }),
        }),
      ]);
    });
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([`GET /v2/Services/${service}`]);
  });
});

describe("operations in flight (CHATQL_MAX_OPERATIONS_IN_FLIGHT=2)", () => {
  const SID = (n: number) => "IS" + String(n).repeat(32);
  let upstream: FakeUpstream;
  let chatql: RunningChatql;
  /** Answers of the upstream requests held so far, in arrival order. */
  const held: Array<() => void> = [];
  beforeAll(async () => {
    upstream = await startFakeUpstream();
    // Every upstream request waits until the test answers it: operations stay in flight meanwhile.
    upstream.setDefault((request, res) => {
      held.push(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ sid: request.pathname.split("/").at(-1), account_sid: ACCOUNT.accountSid, friendly_name: "held" }));
      });
    });
    ({ chatql } = await startChatqlOn(upstream.url, { CHATQL_MAX_OPERATIONS_IN_FLIGHT: "2" }));
  });
  afterAll(async () => {
    for (const answer of held) answer();
    await chatql.close();
    await upstream.close();
  });

  const metricsUrl = () => chatql.graphqlUrl.replace(/\/graphql$/, "/metrics");
  const fetchService = (n: number) => postGraphQL(chatql.graphqlUrl, `{ service(sid: "${SID(n)}") { sid friendlyName } }`);
  const inFlight = async () => /^chatql_graphql_operations_in_flight (\d+)$/m.exec(await (await fetch(metricsUrl())).text())?.[1];
  const heldCount = async (n: number) => {
    while (held.length < n) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  it("runs two at once, refuses the third with 503 and Retry-After before any upstream request, and takes one again once a slot is free", async () => {
    const first = fetchService(1);
    const second = fetchService(2);
    await heldCount(2);
    expect(await inFlight()).toBe("2");

    const third = await fetch(chatql.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ service(sid: "${SID(3)}") { sid } }` }),
    });
    expect(third.status).toBe(503);
    expect(third.headers.get("retry-after")).toBe("1");
    expect(await third.json()).toEqual({
      errors: [
        {
          message: "chatql has 2 operations under way (CHATQL_MAX_OPERATIONS_IN_FLIGHT): try again shortly",
          extensions: { code: "SERVICE_UNAVAILABLE" },
        },
      ],
    });
    expect(upstream.requests.map((request) => request.pathname)).toEqual([`/v2/Services/${SID(1)}`, `/v2/Services/${SID(2)}`]);
    expect(await (await fetch(metricsUrl())).text()).toMatch(
      /^chatql_graphql_refusals_total\{status="503",code="SERVICE_UNAVAILABLE"\} 1$/m,
    );

    held.shift()!();
    expect(await first).toEqual({ status: 200, data: { service: { sid: SID(1), friendlyName: "held" } } });
    expect(await inFlight()).toBe("1");
    const fourth = fetchService(4);
    await heldCount(2);
    for (const answer of held.splice(0)) answer();
    expect(await second).toEqual({ status: 200, data: { service: { sid: SID(2), friendlyName: "held" } } });
    expect(await fourth).toEqual({ status: 200, data: { service: { sid: SID(4), friendlyName: "held" } } });
    expect(await inFlight()).toBe("0");
  });
});

describe("connections open at once (CHATQL_MAX_CONNECTIONS=3)", () => {
  let chatql: RunningChatql;
  let upstream: FakeUpstream;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    upstream = await startFakeUpstream();
    ({ chatql } = await startChatqlOn(upstream.url, { CHATQL_MAX_CONNECTIONS: "3" }));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await chatql.close();
    await upstream.close();
  });

  /** A new connection's answer to a keep-alive `GET /healthz`: "200", or "closed" when chatql closed it unanswered. */
  const healthOnNewConnection = (): Promise<{ socket: Socket; answer: string }> => {
    const { port } = new URL(chatql.graphqlUrl);
    const socket = connect(Number(port), "127.0.0.1");
    sockets.push(socket);
    return new Promise((resolve) => {
      let text = "";
      socket.on("data", (chunk: Buffer) => {
        text += chunk.toString("latin1");
        if (text.includes("\r\n\r\n")) resolve({ socket, answer: /^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? text });
      });
      socket.on("close", () => resolve({ socket, answer: text === "" ? "closed" : text }));
      socket.on("error", () => {});
      socket.write("GET /healthz HTTP/1.1\r\nHost: chatql\r\nConnection: keep-alive\r\n\r\n");
    });
  };
  const dropped = async () => (await chatql.metrics.connectionsDropped.get()).values[0]?.value;

  it("answers on three open connections, closes a fourth unanswered, and takes a new one once one of them closes", async () => {
    const open = [await healthOnNewConnection(), await healthOnNewConnection(), await healthOnNewConnection()];
    expect(open.map((o) => o.answer)).toEqual(["200", "200", "200"]);
    expect((await healthOnNewConnection()).answer).toBe("closed");
    expect(await dropped()).toBe(1);

    open[0]!.socket.destroy();
    // The server counts the close once it has seen it: try until it has (a dropped try adds to the count).
    let again = await healthOnNewConnection();
    for (let tries = 0; again.answer !== "200" && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      again = await healthOnNewConnection();
    }
    expect(again.answer).toBe("200");
  });
});
