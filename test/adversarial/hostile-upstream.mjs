// A hostile / broken Chat v2 upstream for adversarial runs against chatql (not part of npm test).
//   node test/adversarial/hostile-upstream.mjs [port]        (default 4190, binds 127.0.0.1)
// Switch behaviour at run time: GET /__mode/<name>; GET /__stats returns { requests, mode } and resets the count.
// Point chatql at it: CHAT_API_BASE_URL=http://127.0.0.1:4190 TWILIO_ACCOUNT_SID=AC<32 hex> TWILIO_AUTH_TOKEN=…
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 4190);
let mode = "ok";
let requests = 0;
const hex = (n, c = "a") => c.repeat(n);
const ACCOUNT = "AC" + hex(32, "1");
const SVC = (i = 0) => "IS" + i.toString(16).padStart(32, "0");
const ROLE = (i = 0) => "RL" + i.toString(16).padStart(32, "0");

function service(i = 0, extra = {}) {
  return {
    sid: SVC(i),
    account_sid: ACCOUNT,
    friendly_name: `svc${i}`,
    date_created: "2020-01-01T00:00:00Z",
    date_updated: "2020-01-01T00:00:00Z",
    default_service_role_sid: ROLE(1),
    default_channel_role_sid: ROLE(2),
    default_channel_creator_role_sid: ROLE(3),
    typing_indicator_timeout: 5,
    consumption_report_interval: 10,
    limits: { channel_members: 100, user_channels: 250 },
    webhook_filters: [],
    url: `https://chat.twilio.com/v2/Services/${SVC(i)}`,
    ...extra,
  };
}
function role(i, serviceSid = SVC(0), extra = {}) {
  return {
    sid: ROLE(i),
    account_sid: ACCOUNT,
    service_sid: serviceSid,
    friendly_name: `role${i}`,
    type: "deployment",
    permissions: ["x"],
    ...extra,
  };
}
function list(key, items, next = null, prev = null) {
  return {
    [key]: items,
    meta: {
      page: 0,
      page_size: items.length,
      first_page_url: "https://chat.twilio.com/v2/Services?PageSize=50&Page=0",
      previous_page_url: prev,
      url: "https://chat.twilio.com/v2/Services?PageSize=50&Page=0",
      next_page_url: next,
      key,
    },
  };
}
const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};
/** A 200 list page: `list(…)`'s arguments after the response. */
const page = (res, ...args) => json(res, 200, list(...args));

createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  if (url.pathname.startsWith("/__mode/")) {
    mode = url.pathname.slice(8);
    requests = 0;
    return json(res, 200, { mode });
  }
  if (url.pathname === "/__stats") {
    const r = requests;
    requests = 0;
    return json(res, 200, { requests: r, mode });
  }
  requests++;
  const path = url.pathname;
  const auth = req.headers.authorization ?? "";
  const token =
    Buffer.from(auth.replace(/^Basic /, ""), "base64")
      .toString()
      .split(":")[1] ?? "";
  const isList = /\/v2\/Services$/.test(path);
  const isRoles = /\/Roles$/.test(path);
  const isRole = /\/Roles\/RL/.test(path);
  switch (mode) {
    case "ok":
      if (isList) return page(res, "services", [service(0)]);
      if (isRoles) return page(res, "roles", [role(1), role(2), role(3)]);
      if (isRole) return json(res, 200, role(1));
      return json(res, 200, service(0));
    case "bigint": // integers the spec allows (type: integer) but GraphQL Int cannot hold
      if (isList) return page(res, "services", [service(0, { typing_indicator_timeout: 2 ** 40, limits: { channel_members: 1e15 } })]);
      return json(res, 200, service(0, { typing_indicator_timeout: 2 ** 40 }));
    case "nulls": // fields the spec marks nullable and does not require, which GraphQL declares non-null
      if (isList) return page(res, "services", [service(0, { account_sid: null })]);
      if (isRoles) return page(res, "roles", [role(1, null), role(2, SVC(0), { account_sid: null }), role(3)]);
      if (isRole) return json(res, 200, role(1, null));
      return json(res, 200, service(0, { account_sid: null }));
    case "role-elsewhere": // roles listed under service 0 that claim to belong to service 9
      if (isRoles) return page(res, "roles", [role(1, SVC(9), { friendly_name: "forged" }), role(2, SVC(9)), role(3, SVC(9))]);
      if (isRole) return json(res, 200, role(1, SVC(9), { friendly_name: "fetched" }));
      if (isList) return page(res, "services", [service(0)]);
      return json(res, 200, service(0));
    case "echo": {
      // a 400 whose message echoes the credentials in several encodings
      const b64 = auth.replace(/^Basic /, "");
      const variants = {
        plain: token,
        upper: token.toUpperCase(),
        basic: auth,
        b64,
        b64nopad: b64.replace(/=+$/, ""),
        tokenB64: Buffer.from(token).toString("base64"),
        double: encodeURIComponent(encodeURIComponent(token)),
        reversed: [...token].reverse().join(""),
        spaced: [...token].join(" "),
        htmlEnt: [...token].map((c) => `&#${c.charCodeAt(0)};`).join(""),
        jsonU: [...token].map((c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join(""),
        hexUpper: Buffer.from(token).toString("hex").toUpperCase(),
        b32ish: Buffer.from(token).toString("base64url"),
        utf16hex: Buffer.from(token, "utf16le").toString("hex"),
        rot13: token.replace(/[a-z]/gi, (c) => String.fromCharCode((c <= "Z" ? 90 : 122) >= (c = c.charCodeAt(0) + 13) ? c : c - 26)),
        host: req.headers.host,
        partial: token.slice(0, Math.ceil(token.length / 2)) + "…" + token.slice(Math.ceil(token.length / 2)),
      };
      const which = url.searchParams.get("v") ?? "all";
      return json(res, 400, {
        code: 20001,
        message: "Invalid: " + JSON.stringify(variants),
        more_info: "https://x/" + variants.b64,
        status: 400,
      });
    }
    case "next-forever": // always advertises another page (next and previous)
      if (isList)
        return page(
          res,
          "services",
          [service(Number(url.searchParams.get("Page") ?? 0))],
          `/v2/Services?PageSize=1&Page=${Number(url.searchParams.get("Page") ?? 0) + 1}&PageToken=x`,
          `/v2/Services?PageSize=1&Page=0&PageToken=y`,
        );
      if (isRoles) return page(res, "roles", [role(1)], `${path}?PageSize=1&Page=1&PageToken=x`);
      return json(res, 200, service(0));
    case "many-items": {
      // one page far larger than PageSize: 40,000 minimal services
      const n = Number(url.searchParams.get("n") ?? 40000);
      if (isList)
        return page(
          res,
          "services",
          Array.from({ length: n }, (_, i) => ({ sid: SVC(i), account_sid: ACCOUNT })),
        );
      if (isRoles)
        return page(
          res,
          "roles",
          Array.from({ length: n }, (_, i) => ({ sid: ROLE(i), account_sid: ACCOUNT, service_sid: SVC(0) })),
        );
      return json(res, 200, service(0));
    }
    case "many-roles-forever": {
      // every roles page holds ~27,000 roles (under 4 MiB) and advertises a next page
      if (isRoles) {
        const pg = Number(url.searchParams.get("Page") ?? 0);
        return page(
          res,
          "roles",
          Array.from({ length: 27000 }, (_, i) => ({ sid: ROLE(pg * 27000 + i + 10), account_sid: ACCOUNT, service_sid: SVC(0) })),
          `${path}?PageSize=100&Page=${pg + 1}&PageToken=PA${pg}`,
        );
      }
      if (isList) return page(res, "services", [service(0)]);
      return json(res, 200, service(0));
    }
    case "dup-sids": // the same SID many times on one page
      if (isList)
        return page(
          res,
          "services",
          Array.from({ length: 2000 }, () => service(0)),
        );
      return json(res, 200, service(0));
    case "long-url": {
      // a 3 MB string in a format: uri field
      const big = "http://" + "a".repeat(3_000_000) + "!";
      return isList ? page(res, "services", [service(0, { url: big })]) : json(res, 200, service(0, { url: big }));
    }
    case "bad-uri": {
      // a uri-format candidate built to make a backtracking regex work hard
      const evil = "a:" + "//".repeat(1) + "[" + ":".repeat(50000) + "x";
      return isList ? page(res, "services", [service(0, { url: evil })]) : json(res, 200, service(0, { url: evil }));
    }
    case "bad-date": {
      const evil = "2020-01-01T00:00:00" + "0".repeat(2_000_000) + "Z";
      return isList ? page(res, "services", [service(0, { date_created: evil })]) : json(res, 200, service(0, { date_created: evil }));
    }
    case "deep-json": {
      // 3 MB of nesting in an error body
      res.writeHead(400, { "content-type": "application/json" });
      return res.end("[".repeat(1_500_000) + "]".repeat(1_500_000));
    }
    case "deep-json-200": {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end('{"services":' + "[".repeat(1_500_000) + "]".repeat(1_500_000) + ',"meta":{}}');
    }
    case "redirect":
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      return res.end();
    case "retry-after-huge":
      return json(res, 429, { code: 20429, message: "Too many", status: 429 }, { "retry-after": "99999999999999999999" });
    case "503":
      return json(res, 503, { code: 20503, message: "down", status: 503 }, { "retry-after": "0" });
    case "trickle": {
      // headers at once, then one byte a second
      res.writeHead(200, { "content-type": "application/json" });
      const t = setInterval(() => res.write(" "), 1000);
      req.on("close", () => clearInterval(t));
      return;
    }
    case "hang":
      req.on("close", () => {});
      return; // never answers
    case "html":
      res.writeHead(200, { "content-type": "text/html" });
      return res.end("<html>" + req.headers.host + "</html>");
    case "proto": // __proto__ / constructor keys in a resource
      return isList
        ? json(
            res,
            200,
            JSON.parse(
              `{"services":[{"sid":"${SVC(0)}","account_sid":"${ACCOUNT}","__proto__":{"polluted":1},"limits":{"__proto__":{"x":1}}}],"meta":{"next_page_url":null,"previous_page_url":null}}`,
            ),
          )
        : json(res, 200, service(0));
    case "paging-other-host": // next page URL on another host but same path: only the query is kept
      if (isList)
        return page(
          res,
          "services",
          [service(0)],
          "http://evil.example/v2/Services?PageSize=1&Page=1&PageToken=ZZ&Extra=1&PageSize=999999",
        );
      return json(res, 200, service(0));
    default:
      return json(res, 500, { mode });
  }
}).listen(port, "127.0.0.1", () => console.log(`hostile upstream on http://127.0.0.1:${port}`));
