import { request as httpRequest } from "node:http";
import type { ValidateFunction } from "ajv";
import twilio from "twilio";
import { afterAll, beforeAll, expect } from "vitest";
import { chatV2Spec } from "../../src/twilio/spec.js";
import { compile, componentRef, listResponseSchema } from "../../src/twilio/validator.js";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../src/emulator/index.js";

export const ACCOUNT = "AC" + "0123456789abcdef".repeat(2);
export const OTHER_ACCOUNT = "AC" + "fedcba9876543210".repeat(2);
export const TOKEN = "test-token";

export function basicAuth(user: string = ACCOUNT, password: string = TOKEN): string {
  return "Basic " + Buffer.from(`${user}:${password}`).toString("base64");
}

export interface CallOptions {
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** false: send no Authorization header. */
  auth?: string | false;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** One raw HTTP request to the emulator; form bodies get the form Content-Type by default. */
export async function call(emulator: RunningEmulator, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth !== false) headers.authorization ??= options.auth ?? basicAuth();
  if (options.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) {
    headers["content-type"] = "application/x-www-form-urlencoded";
  }
  const body = Buffer.isBuffer(options.body) ? new Uint8Array(options.body) : options.body;
  const res = await fetch(emulator.url + path, { method, headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/**
 * A push binding made through the emulator-only admin route (Twilio's SDKs make bindings; the
 * REST API only lists and deletes them). Returns the binding as the service lists it.
 */
export async function seedBinding(
  emulator: RunningEmulator,
  serviceSid: string,
  params: Record<string, string | string[]>,
  auth?: string,
): Promise<any> {
  const res = await call(emulator, "POST", `/emulator/v1/Services/${serviceSid}/Bindings`, { body: form(params), auth });
  expect(res.status, res.text).toBe(201);
  return res.json;
}

export function form(params: Record<string, string | string[]>): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const item of [v].flat()) out.append(k, item);
  return out.toString();
}

export async function withEmulator(options?: EmulatorOptions): Promise<RunningEmulator> {
  return startEmulator(options);
}

/**
 * The official `twilio` client, unmodified, pointed at the emulator: Domain.absoluteUrl() reads
 * `baseUrl` on every request, so this redirects the whole chat domain.
 */
export function twilioClient(emulator: RunningEmulator, accountSid: string = ACCOUNT, token: string = TOKEN): twilio.Twilio {
  const client = twilio(accountSid, token);
  client.chat.baseUrl = emulator.url;
  return client;
}

/**
 * An emulator and the official client on it, for a file's tests: started before them and closed
 * after, so read its fields inside tests and hooks, not when the file loads.
 */
export function emulatorWithClient() {
  let emulator: RunningEmulator | undefined;
  let client: twilio.Twilio | undefined;
  beforeAll(async () => {
    emulator = await withEmulator();
    client = twilioClient(emulator);
  });
  afterAll(() => emulator?.close());
  return {
    get emulator(): RunningEmulator {
      return emulator!;
    },
    get client(): twilio.Twilio {
      return client!;
    },
    /** A fresh service: its SID, its API and the service as created (with its default role SIDs). */
    async service(friendlyName: string) {
      const created = await this.client.chat.v2.services.create({ friendlyName });
      return { sid: created.sid, api: this.client.chat.v2.services(created.sid), created };
    },
  };
}

export function expectTwilioError(res: CallResult, status: number, code: number): void {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(Object.keys(res.json).sort()).toEqual(["code", "message", "more_info", "status"]);
  expect(res.json).toMatchObject({ code, status, more_info: `https://www.twilio.com/docs/errors/${code}` });
  expect(typeof res.json.message).toBe("string");
  expect(res.json.message).not.toMatch(/\n\s+at /); // never a stack trace
}

// ---- the official OpenAPI spec (spec/), through the same ajv the REST client checks responses with ----

type SchemaNode = { properties: Record<string, { format?: string }> };
const schemas = chatV2Spec().components.schemas as Record<string, SchemaNode>;

const validators = new Map<string, ValidateFunction>();

/** The compiled validator of a component schema, or (`GET <path>`) of a list response. */
function validator(key: string, build: () => object): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = compile(build());
    validators.set(key, validate);
  }
  return validate;
}

function check(validate: ValidateFunction, body: unknown): void {
  const ok = validate(body);
  expect(validate.errors ?? [], JSON.stringify(body)).toEqual([]);
  expect(ok).toBe(true);
}

const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * Valid against the spec's component schema `schema`, with exactly its property names (none
 * missing, none extra), and every date-time in Twilio's format (whole seconds, GMT).
 */
export function expectSpecBody(schema: string, body: any): void {
  const properties = schemas[schema]?.properties;
  if (!properties) throw new Error(`the spec has no schema ${schema}`);
  check(
    validator(schema, () => componentRef(schema)),
    body,
  );
  expect(Object.keys(body).sort()).toEqual(Object.keys(properties).sort());
  for (const [name, property] of Object.entries(properties)) {
    if (property.format === "date-time" && body[name] !== null) expect(body[name], name).toMatch(ISO_SECONDS);
  }
}

/** Schema-valid, and exactly the spec's property names: none missing, none extra. */
export function expectSpecService(body: any): void {
  expectSpecBody("chat.v2.service", body);
  expect(Object.keys(body.limits).sort()).toEqual(["channel_members", "user_channels"]);
  expect(Object.keys(body.media).sort()).toEqual(["compatibility_message", "size_limit_mb"]);
  expect(Object.keys(body.links).sort()).toEqual(["bindings", "channels", "roles", "users"]);
  expect(Object.keys(body.notifications).sort()).toEqual([
    "added_to_channel",
    "invited_to_channel",
    "log_enabled",
    "new_message",
    "removed_from_channel",
  ]);
  for (const kind of ["new_message", "added_to_channel", "removed_from_channel", "invited_to_channel"]) {
    const allowed = ["enabled", "template", "sound", ...(kind === "new_message" ? ["badge_count_enabled"] : [])];
    for (const key of Object.keys(body.notifications[kind])) expect(allowed).toContain(key);
  }
}

export function expectSpecRole(body: any): void {
  expectSpecBody("chat.v2.service.role", body);
}

/** Every list the emulator serves, by name: its key, the spec path of its GET, how items are checked. */
const LISTS: Record<string, { key: string; path: string; item: (body: any) => void }> = {
  services: { key: "services", path: "/v2/Services", item: expectSpecService },
  roles: { key: "roles", path: "/v2/Services/{ServiceSid}/Roles", item: expectSpecRole },
  channels: { key: "channels", path: "/v2/Services/{ServiceSid}/Channels", item: (b) => expectSpecBody("chat.v2.service.channel", b) },
  members: {
    key: "members",
    path: "/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members",
    item: (b) => expectSpecBody("chat.v2.service.channel.member", b),
  },
  messages: {
    key: "messages",
    path: "/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Messages",
    item: (b) => expectSpecBody("chat.v2.service.channel.message", b),
  },
  invites: {
    key: "invites",
    path: "/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Invites",
    item: (b) => expectSpecBody("chat.v2.service.channel.invite", b),
  },
  webhooks: {
    key: "webhooks",
    path: "/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Webhooks",
    item: (b) => expectSpecBody("chat.v2.service.channel.channel_webhook", b),
  },
  users: { key: "users", path: "/v2/Services/{ServiceSid}/Users", item: (b) => expectSpecBody("chat.v2.service.user", b) },
  "user channels": {
    key: "channels",
    path: "/v2/Services/{ServiceSid}/Users/{UserSid}/Channels",
    item: (b) => expectSpecBody("chat.v2.service.user.user_channel", b),
  },
  bindings: { key: "bindings", path: "/v2/Services/{ServiceSid}/Bindings", item: (b) => expectSpecBody("chat.v2.service.binding", b) },
  "user bindings": {
    key: "bindings",
    path: "/v2/Services/{ServiceSid}/Users/{UserSid}/Bindings",
    item: (b) => expectSpecBody("chat.v2.service.user.user_binding", b),
  },
  credentials: { key: "credentials", path: "/v2/Credentials", item: (b) => expectSpecBody("chat.v2.credential", b) },
};

const META_KEYS = ["first_page_url", "key", "next_page_url", "page", "page_size", "previous_page_url", "url"];

/** A page of list `name`: the spec's list response schema, exactly `{<key>, meta}`, every item checked. */
export function expectSpecList(body: any, name: string): void {
  const list = LISTS[name];
  if (!list) throw new Error(`no list ${name} is known to the helpers`);
  check(
    validator(`GET ${list.path}`, () => listResponseSchema(list.path)),
    body,
  );
  expect(Object.keys(body).sort()).toEqual([list.key, "meta"].sort());
  expect(Object.keys(body.meta).sort()).toEqual(META_KEYS);
  expect(body.meta.key).toBe(list.key);
  for (const item of body[list.key]) list.item(item);
}

/** GETs an absolute URL the emulator handed out (a `url`, a link, a meta URL) from the emulator. */
export async function follow(emulator: RunningEmulator, url: string, auth?: string): Promise<CallResult> {
  const u = new URL(url);
  expect(u.origin).toBe(emulator.url);
  return call(emulator, "GET", u.pathname + u.search, { auth });
}

/** Every link of `links` leads to a route that answers 200. */
export async function expectLinksResolve(emulator: RunningEmulator, links: Record<string, string>): Promise<void> {
  for (const [name, url] of Object.entries(links)) {
    const res = await follow(emulator, url);
    expect(res.status, `${name}: ${url}`).toBe(200);
  }
}

/** The body answers `status`, matches `schema` exactly, and its `url` fetches the same body. */
export async function expectResource(
  emulator: RunningEmulator,
  res: Pick<CallResult, "status" | "json" | "text">,
  status: number,
  schema: string,
): Promise<void> {
  expect(res.status, res.text).toBe(status);
  expectSpecBody(schema, res.json);
  const fetched = await follow(emulator, res.json.url);
  expect(fetched.status).toBe(200);
  expect(fetched.json).toEqual(res.json);
}

/**
 * A request through node:http, for what fetch will not send: a custom Host header, a path
 * with raw bytes, or a body we want to stream past the size limit.
 */
export function rawCall(
  emulator: RunningEmulator,
  options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; json: any; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      emulator.url + "/",
      { method: options.method, path: options.path, headers: { authorization: basicAuth(), ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json, text });
        });
      },
    );
    // The server may close the connection once it has answered (413); that is not a failure.
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
