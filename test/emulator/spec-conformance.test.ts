// Every body the emulator returns validates against Twilio's own OpenAPI schemas, with exactly
// the spec's property names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { call, rawCall, expectSpecList, expectSpecRole, expectSpecService, form, withEmulator } from "./helpers.js";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await withEmulator();
});
afterAll(() => emulator.close());

describe("spec conformance", () => {
  it("service create/fetch/update/list bodies match chat.v2.service", async () => {
    const created = await call(emulator, "POST", "/v2/Services", { body: form({ FriendlyName: "spec" }) });
    expect(created.status).toBe(201);
    expect(created.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(created.headers.get("twilio-request-id")).toMatch(/^RQ[0-9a-f]{32}$/);
    expectSpecService(created.json);
    const sid = created.json.sid;

    // Documented defaults.
    expect(created.json).toMatchObject({
      read_status_enabled: true,
      reachability_enabled: false,
      typing_indicator_timeout: 5,
      consumption_report_interval: 10,
      limits: { channel_members: 250, user_channels: 100 },
      pre_webhook_url: null,
      post_webhook_url: null,
      webhook_method: "POST",
      webhook_filters: [],
      pre_webhook_retry_count: 0,
      post_webhook_retry_count: 0,
      media: { size_limit_mb: 150, compatibility_message: null },
      notifications: {
        log_enabled: false,
        new_message: { enabled: false, badge_count_enabled: false },
        added_to_channel: { enabled: false },
        removed_from_channel: { enabled: false },
        invited_to_channel: { enabled: false },
      },
      url: `${emulator.url}/v2/Services/${sid}`,
      links: {
        channels: `${emulator.url}/v2/Services/${sid}/Channels`,
        users: `${emulator.url}/v2/Services/${sid}/Users`,
        roles: `${emulator.url}/v2/Services/${sid}/Roles`,
        bindings: `${emulator.url}/v2/Services/${sid}/Bindings`,
      },
    });

    expectSpecService((await call(emulator, "GET", `/v2/Services/${sid}`)).json);

    const updated = await call(emulator, "POST", `/v2/Services/${sid}`, {
      body: form({
        "Notifications.NewMessage.Template": "t",
        "Notifications.NewMessage.Sound": "s",
        WebhookFilters: ["onMessageSend", "onMessageSent"],
        WebhookMethod: "get",
        "Media.CompatibilityMessage": "m",
        UnknownParameter: "ignored",
      }),
    });
    expect(updated.status).toBe(200);
    expectSpecService(updated.json);
    expect(updated.json.webhook_method).toBe("GET");
    expect(updated.json.notifications.new_message).toEqual({
      enabled: false,
      template: "t",
      sound: "s",
      badge_count_enabled: false,
    });

    // Empty values clear: URLs back to null, a template disappears, a lone empty filter empties.
    const cleared = await call(emulator, "POST", `/v2/Services/${sid}`, {
      body: "PreWebhookUrl=&Notifications.NewMessage.Template=&WebhookFilters=&Media.CompatibilityMessage=",
    });
    expectSpecService(cleared.json);
    expect(cleared.json.pre_webhook_url).toBeNull();
    expect(cleared.json.webhook_filters).toEqual([]);
    expect(cleared.json.notifications.new_message).toEqual({ enabled: false, sound: "s", badge_count_enabled: false });
    expect(cleared.json.media.compatibility_message).toBeNull();

    const list = await call(emulator, "GET", "/v2/Services");
    expect(list.status).toBe(200);
    expectSpecList(list.json, "services");
    expect(list.json.meta).toEqual({
      first_page_url: `${emulator.url}/v2/Services?PageSize=50&Page=0`,
      key: "services",
      next_page_url: null,
      page: 0,
      page_size: 50,
      previous_page_url: null,
      url: `${emulator.url}/v2/Services?PageSize=50&Page=0`,
    });
  });

  it("role bodies match chat.v2.service.role and the list schema", async () => {
    const sid = (await call(emulator, "POST", "/v2/Services", { body: form({ FriendlyName: "roles" }) })).json.sid;
    const list = await call(emulator, "GET", `/v2/Services/${sid}/Roles?PageSize=2`);
    expectSpecList(list.json, "roles");
    expect(list.json.roles).toHaveLength(2);
    expect(list.json.meta.next_page_url).toBe(
      `${emulator.url}/v2/Services/${sid}/Roles?PageSize=2&Page=1&PageToken=PA${list.json.roles[1].sid}`,
    );
    const page2 = await call(
      emulator,
      "GET",
      new URL(list.json.meta.next_page_url).pathname + new URL(list.json.meta.next_page_url).search,
    );
    expectSpecList(page2.json, "roles");
    expect(page2.json.meta.page).toBe(1);
    expect(page2.json.meta.next_page_url).toBeNull();
    expect(page2.json.meta.previous_page_url).toBe(
      `${emulator.url}/v2/Services/${sid}/Roles?PageSize=2&Page=0&PageToken=PB${page2.json.roles[0].sid}`,
    );

    const created = await call(emulator, "POST", `/v2/Services/${sid}/Roles`, {
      body: form({ FriendlyName: "r", Type: "deployment", Permission: ["createChannel", "joinChannel"] }),
    });
    expect(created.status).toBe(201);
    expectSpecRole(created.json);
    expect(created.json.url).toBe(`${emulator.url}/v2/Services/${sid}/Roles/${created.json.sid}`);
    const updated = await call(emulator, "POST", `/v2/Services/${sid}/Roles/${created.json.sid}`, {
      body: form({ Permission: "joinChannel" }),
    });
    expectSpecRole(updated.json);
    expect(updated.json.permissions).toEqual(["joinChannel"]);
    expectSpecRole((await call(emulator, "GET", `/v2/Services/${sid}/Roles/${created.json.sid}`)).json);

    const del = await call(emulator, "DELETE", `/v2/Services/${sid}/Roles/${created.json.sid}`);
    expect(del.status).toBe(204);
    expect(del.text).toBe("");
  });

  it("DELETE of a service answers 204 with an empty body", async () => {
    const sid = (await call(emulator, "POST", "/v2/Services", { body: form({ FriendlyName: "bye" }) })).json.sid;
    const res = await call(emulator, "DELETE", `/v2/Services/${sid}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
  });

  it("echoes Page and builds URLs from the Host header", async () => {
    const res = await rawCall(emulator, { method: "GET", path: "/v2/Services?PageSize=5&Page=3", headers: { host: "chat.example:8080" } });
    expect(res.json.meta).toMatchObject({
      page: 3,
      page_size: 5,
      first_page_url: "http://chat.example:8080/v2/Services?PageSize=5&Page=0",
      url: "http://chat.example:8080/v2/Services?PageSize=5&Page=3",
    });
  });
});
