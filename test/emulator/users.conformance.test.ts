// Every body of the user side validates against Twilio's own OpenAPI schemas with exactly the
// spec's property names; every `url` and link leads to a real route; filters survive in meta
// URLs; and no response ever carries a credential's secret.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { call, expectLinksResolve, expectResource, expectSpecList, follow, form, seedBinding, withEmulator } from "./helpers.js";

let emulator: RunningEmulator;
let svcSid: string;
let svc: string;

beforeAll(async () => {
  emulator = await withEmulator();
  svcSid = (await call(emulator, "POST", "/v2/Services", { body: form({ FriendlyName: "conformance" }) })).json.sid;
  svc = `/v2/Services/${svcSid}`;
  // With reachability on, a single user's is_online / is_notifiable can be non-null.
  await call(emulator, "POST", svc, { body: form({ ReachabilityEnabled: "true" }) });
});
afterAll(() => emulator.close());

const post = (path: string, params: Record<string, string | string[]>) => call(emulator, "POST", path, { body: form(params) });

describe("user side: spec conformance", () => {
  it("users: create, fetch, update and list bodies; links resolve", async () => {
    const created = await post(`${svc}/Users`, { Identity: "ada", FriendlyName: "Ada", Attributes: "{}" });
    await expectResource(emulator, created, 201, "chat.v2.service.user");
    await expectResource(emulator, await post(new URL(created.json.url).pathname, { FriendlyName: "Ada L." }), 200, "chat.v2.service.user");
    const list = await call(emulator, "GET", `${svc}/Users`);
    expectSpecList(list.json, "users");
    expect(Object.keys(created.json.links).sort()).toEqual(["user_bindings", "user_channels"]);
    await expectLinksResolve(emulator, created.json.links);
  });

  it("user channels: list, fetch and update bodies; links resolve, the last message included", async () => {
    const channel = (await post(`${svc}/Channels`, { UniqueName: "uc" })).json;
    await post(`${svc}/Channels/uc/Members`, { Identity: "bea", LastConsumedMessageIndex: "0" });
    await post(`${svc}/Channels/uc/Messages`, { Body: "hi" });
    const list = await call(emulator, "GET", `${svc}/Users/bea/Channels`);
    expect(list.status, list.text).toBe(200);
    expectSpecList(list.json, "user channels");
    const item = list.json.channels[0];
    expect(item.channel_sid).toBe(channel.sid);
    await expectResource(emulator, { status: 200, json: item, text: "" }, 200, "chat.v2.service.user.user_channel");
    await expectResource(
      emulator,
      await post(new URL(item.url).pathname, { NotificationLevel: "muted" }),
      200,
      "chat.v2.service.user.user_channel",
    );
    expect(Object.keys(item.links).sort()).toEqual(["channel", "invites", "last_message", "member", "members", "messages"]);
    await expectLinksResolve(emulator, item.links);
  });

  it("bindings: the seeded body, service and user list and fetch bodies; links resolve", async () => {
    const seeded = await seedBinding(emulator, svcSid, { Identity: "cy", BindingType: "fcm", Endpoint: "token" });
    await expectResource(emulator, { status: 201, json: seeded, text: "" }, 201, "chat.v2.service.binding");
    await expectLinksResolve(emulator, seeded.links);
    const list = await call(emulator, "GET", `${svc}/Bindings?BindingType=fcm&Identity=cy`);
    expectSpecList(list.json, "bindings");
    expect(list.json.bindings.map((b: { sid: string }) => b.sid)).toEqual([seeded.sid]);
    const userList = await call(emulator, "GET", `${svc}/Users/cy/Bindings`);
    expectSpecList(userList.json, "user bindings");
    await expectResource(emulator, { status: 200, json: userList.json.bindings[0], text: "" }, 200, "chat.v2.service.user.user_binding");
  });

  it("credentials: create, fetch, update and list bodies", async () => {
    for (const [type, secrets] of [
      ["apn", { Certificate: "c", PrivateKey: "k", Sandbox: "true" }],
      ["gcm", { ApiKey: "k" }],
      ["fcm", { Secret: "s" }],
    ] as const) {
      const created = await post("/v2/Credentials", { Type: type, FriendlyName: type, ...secrets });
      await expectResource(emulator, created, 201, "chat.v2.credential");
      await expectResource(
        emulator,
        await post(new URL(created.json.url).pathname, { FriendlyName: `${type}!` }),
        200,
        "chat.v2.credential",
      );
    }
    expectSpecList((await call(emulator, "GET", "/v2/Credentials")).json, "credentials");
  });

  it("a service's links all resolve now that users and bindings are served", async () => {
    const service = (await call(emulator, "GET", svc)).json;
    await expectLinksResolve(emulator, service.links);
  });

  it.each([
    {
      name: "bindings",
      path: () => `${svc}/Bindings?BindingType=apn&BindingType=gcm&Identity=dee&PageSize=1`,
      shape: "BindingType=apn&BindingType=gcm&Identity=dee&",
    },
    { name: "user bindings", path: () => `${svc}/Users/dee/Bindings?BindingType=apn&PageSize=1`, shape: "BindingType=apn&" },
  ])("$name: meta URLs keep the filters", async ({ path, shape }) => {
    for (const type of ["apn", "apn", "gcm"]) {
      await seedBinding(emulator, svcSid, { Identity: "dee", BindingType: type, Endpoint: `e-${type}` });
    }
    const first = (await call(emulator, "GET", path())).json;
    expect(first.meta.first_page_url).toContain(`?${shape}PageSize=1&Page=0`);
    expect(first.meta.next_page_url).toContain(`?${shape}PageSize=1&Page=1&PageToken=PA`);
    expect((await follow(emulator, first.meta.next_page_url)).status).toBe(200);
  });
});

describe("credential secrets", () => {
  const SECRETS = ["TOPSECRET-CERTIFICATE", "TOPSECRET-PRIVATE-KEY", "TOPSECRET-API-KEY", "TOPSECRET-FCM-SECRET"];

  it("appear in no response: not on create, fetch, update, list, nor in any error", async () => {
    const bodies: string[] = [];
    const record = async (res: Promise<{ text: string }>) => bodies.push((await res).text);
    const apn = await post("/v2/Credentials", { Type: "apn", Certificate: SECRETS[0]!, PrivateKey: SECRETS[1]! });
    bodies.push(apn.text);
    await record(post("/v2/Credentials", { Type: "gcm", ApiKey: SECRETS[2]! }));
    await record(post("/v2/Credentials", { Type: "fcm", Secret: SECRETS[3]! }));
    await record(call(emulator, "GET", new URL(apn.json.url).pathname));
    await record(post(new URL(apn.json.url).pathname, { PrivateKey: `${SECRETS[1]}-2` }));
    await record(call(emulator, "GET", "/v2/Credentials?PageSize=1000"));
    // Refusals: a secret over its bound, a bad type, a missing companion secret.
    await record(post("/v2/Credentials", { Type: "fcm", Secret: SECRETS[3]!.repeat(1000) }));
    await record(post("/v2/Credentials", { Type: "sms", Secret: SECRETS[3]! }));
    await record(post("/v2/Credentials", { Type: "apn", Certificate: SECRETS[0]! }));
    await record(post(new URL(apn.json.url).pathname, { Sandbox: "maybe", Certificate: SECRETS[0]! }));
    for (const text of bodies) for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(bodies.filter((b) => b.includes('"code":20001'))).toHaveLength(4);
  });
});
