// "bare Node": the least any Node server in front of this upstream must do for the throughput
// scenarios, and nothing more. Per request it reads and parses the JSON body, GETs the upstream
// resource with undici, parses it, keeps the 9 fields the queries ask for (as chatql names them),
// serialises and answers. No GraphQL, no validation, no access control, no logs or metrics. In the
// report it shows what this machine leaves for a Node layer at all: req/s ÷ Mesh's req/s that no
// GraphQL server written in Node could pass here.
//
// Run by bench/systems/bare-node.ts with CHAT_API_BASE_URL, the upstream's Basic auth and PORT.

import { createServer, type IncomingMessage } from "node:http";
import { Agent, request } from "undici";

const upstream = process.env.CHAT_API_BASE_URL ?? "";
const authorization = process.env.BENCH_UPSTREAM_AUTHORIZATION ?? "";
const dispatcher = new Agent({ connections: 128 });

type Wire = Record<string, unknown>;

/** The scalar fields of bench/queries.ts's selection: wire name → chatql's name. */
const FIELDS: Array<[string, string]> = [
  ["sid", "sid"],
  ["account_sid", "accountSid"],
  ["friendly_name", "friendlyName"],
  ["date_created", "dateCreated"],
  ["date_updated", "dateUpdated"],
  ["default_service_role_sid", "defaultServiceRoleSid"],
  ["read_status_enabled", "readStatusEnabled"],
  ["reachability_enabled", "reachabilityEnabled"],
  ["typing_indicator_timeout", "typingIndicatorTimeout"],
];

function pick(service: Wire): Wire {
  const out: Wire = {};
  for (const [wire, name] of FIELDS) out[name] = service[wire];
  return out;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

async function upstreamJson(path: string): Promise<Wire> {
  const response = await request(`${upstream}${path}`, { dispatcher, headers: { authorization } });
  if (response.statusCode !== 200) {
    await response.body.dump();
    throw new Error(`upstream answered ${response.statusCode}`);
  }
  return (await response.body.json()) as Wire;
}

async function answer(url: string, req: IncomingMessage): Promise<unknown> {
  await readJson(req);
  const one = /^\/service\/(IS[0-9a-f]{32})$/.exec(url);
  if (one) return { data: { service: pick(await upstreamJson(`/v2/Services/${one[1]}`)) } };
  if (url === "/services") {
    const page = await upstreamJson("/v2/Services?PageSize=50");
    const services = (page.services as Wire[]).map(pick);
    const meta = page.meta as Wire;
    return {
      data: {
        services: { nodes: services, pageInfo: { hasNextPage: meta.next_page_url != null, endCursor: services.at(-1)?.sid ?? null } },
      },
    };
  }
  return null;
}

const server = createServer((req, res) => {
  if (req.url === "/healthz") {
    res.end("ok");
    return;
  }
  answer(req.url ?? "", req).then(
    (result) => {
      const body = JSON.stringify(result);
      res.writeHead(result === null ? 404 : 200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    },
    (error: unknown) => {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(String(error));
    },
  );
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), "127.0.0.1");
