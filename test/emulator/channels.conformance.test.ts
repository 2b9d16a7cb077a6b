// Every body of the channel side validates against Twilio's own OpenAPI schemas, with exactly
// the spec's property names; every `url` and link leads to a real route; meta URLs keep the
// list's filters and order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { call, expectLinksResolve, expectResource, expectSpecList, follow, form, withEmulator } from "./helpers.js";

let emulator: RunningEmulator;
let svc: string;
let room: string; // a channel of svc: its base path

beforeAll(async () => {
  emulator = await withEmulator();
  svc = (await call(emulator, "POST", "/v2/Services", { body: form({ FriendlyName: "conformance" }) })).json.sid;
  const channel = await call(emulator, "POST", `/v2/Services/${svc}/Channels`, { body: form({ UniqueName: "room", CreatedBy: "alice" }) });
  room = `/v2/Services/${svc}/Channels/${channel.json.sid}`;
});
afterAll(() => emulator.close());

const post = (path: string, params: Record<string, string | string[]>) => call(emulator, "POST", path, { body: form(params) });

describe("channel side: spec conformance", () => {
  it.each([
    {
      family: "channels",
      schema: "chat.v2.service.channel",
      create: () => post(`/v2/Services/${svc}/Channels`, { FriendlyName: "f", UniqueName: "u1", Attributes: "{}", Type: "private" }),
      update: (url: string) => post(new URL(url).pathname, { FriendlyName: "g", DateUpdated: "2030-01-01T00:00:00Z" }),
      list: () => `/v2/Services/${svc}/Channels?Type=private`,
    },
    {
      family: "members",
      schema: "chat.v2.service.channel.member",
      create: () => post(`${room}/Members`, { Identity: "bob", LastConsumedMessageIndex: "0" }),
      update: (url: string) => post(new URL(url).pathname, { LastConsumedMessageIndex: "", Attributes: '{"k":"v"}' }),
      list: () => `${room}/Members`,
    },
    {
      family: "messages",
      schema: "chat.v2.service.channel.message",
      create: () => post(`${room}/Messages`, { Body: "hi", From: "bob", MediaSid: "ME" + "1".repeat(32) }),
      update: (url: string) => post(new URL(url).pathname, { Body: "edited" }),
      list: () => `${room}/Messages?Order=desc`,
    },
    {
      family: "invites",
      schema: "chat.v2.service.channel.invite",
      create: () => post(`${room}/Invites`, { Identity: "carol" }),
      list: () => `${room}/Invites`,
    },
    {
      family: "webhooks",
      schema: "chat.v2.service.channel.channel_webhook",
      create: () =>
        post(`${room}/Webhooks`, {
          Type: "webhook",
          "Configuration.Url": "https://example.com/h",
          "Configuration.Filters": "onMessageSent",
        }),
      update: (url: string) => post(new URL(url).pathname, { "Configuration.Method": "GET" }),
      list: () => `${room}/Webhooks`,
    },
  ])("$family: create, fetch, update and list bodies", async ({ family, schema, create, update, list }) => {
    const created = await create();
    await expectResource(emulator, created, 201, schema);
    if (update) await expectResource(emulator, await update(created.json.url), 200, schema);
    const listed = await call(emulator, "GET", list());
    expect(listed.status, listed.text).toBe(200);
    expectSpecList(listed.json, family);
    expect(listed.json[family].map((r: { sid: string }) => r.sid)).toContain(created.json.sid);
    const del = await call(emulator, "DELETE", new URL(created.json.url).pathname);
    expect(del.status).toBe(204);
    expect(del.text).toBe("");
  });

  it("a channel's links, its last message included, and a service's channels link resolve", async () => {
    const channel = (await call(emulator, "GET", room)).json;
    expect(Object.keys(channel.links).sort()).toEqual(["invites", "members", "messages", "webhooks"]);
    await expectLinksResolve(emulator, channel.links);

    const last = await post(`${room}/Messages`, { Body: "latest" });
    const withMessages = (await call(emulator, "GET", room)).json;
    expect(withMessages.links.last_message).toBe(last.json.url);
    await expectLinksResolve(emulator, withMessages.links);

    const service = (await call(emulator, "GET", `/v2/Services/${svc}`)).json;
    await expectLinksResolve(emulator, { channels: service.links.channels, roles: service.links.roles });
  });

  it.each([
    { name: "Type", path: () => `/v2/Services/${svc}/Channels?Type=public&Type=private&PageSize=1`, shape: "Type=public&Type=private&" },
    { name: "Identity", path: () => `${room}/Members?Identity=a%20b&Identity=c&PageSize=1`, shape: "Identity=a%20b&Identity=c&" },
    { name: "Order", path: () => `${room}/Messages?Order=desc&PageSize=1`, shape: "Order=desc&" },
  ])("meta URLs keep the $name parameter, and following them keeps the list's shape", async ({ path, shape }) => {
    // Enough rows for a second page of each list.
    for (const identity of ["a b", "c"]) await post(`${room}/Members`, { Identity: identity });
    await post(`/v2/Services/${svc}/Channels`, { Type: "public" });
    await post(`/v2/Services/${svc}/Channels`, { Type: "private" });
    for (const body of ["1", "2"]) await post(`${room}/Messages`, { Body: body });

    const first = (await call(emulator, "GET", path())).json;
    const { pathname } = new URL(first.meta.url);
    expect(first.meta.first_page_url).toBe(`${emulator.url}${pathname}?${shape}PageSize=1&Page=0`);
    expect(first.meta.next_page_url).toMatch(new RegExp(`\\?${shape.replace(/[.?*+]/g, "\\$&")}PageSize=1&Page=1&PageToken=PA`));
    const second = await follow(emulator, first.meta.next_page_url);
    expect(second.status).toBe(200);
    expect(second.json.meta.previous_page_url).toContain(`?${shape}PageSize=1&Page=0&PageToken=PB`);
  });

  it("messages listed with Order=desc run newest first, across pages", async () => {
    const channel = (await post(`/v2/Services/${svc}/Channels`, { FriendlyName: "ordered" })).json;
    const base = `/v2/Services/${svc}/Channels/${channel.sid}/Messages`;
    for (let i = 0; i < 5; i++) await post(base, { Body: `m${i}` });
    const seen: number[] = [];
    let page = (await call(emulator, "GET", `${base}?Order=desc&PageSize=2`)).json;
    seen.push(...page.messages.map((m: { index: number }) => m.index));
    while (page.meta.next_page_url) {
      page = (await follow(emulator, page.meta.next_page_url)).json;
      seen.push(...page.messages.map((m: { index: number }) => m.index));
    }
    expect(seen).toEqual([4, 3, 2, 1, 0]);
    const back = (await follow(emulator, page.meta.previous_page_url)).json;
    expect(back.messages.map((m: { index: number }) => m.index)).toEqual([2, 1]);
  });
});
