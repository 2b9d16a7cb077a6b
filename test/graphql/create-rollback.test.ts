// createService never leaves a half-configured service behind: when applying the settings fails
// for any reason, the new service is deleted again, and the payload says what happened.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CreateServiceDocument } from "../../examples/client/graphql.js";
import { loadConfig } from "../../src/config.js";
import { startChatql, type RunningChatql } from "../../src/server/start.js";
import { startFakeUpstream, twilioError, type FakeUpstream, expectRepliesUsed } from "../chat-api/fake-upstream.js";
import { TEST_LOG_LEVEL } from "../support/test-logs.js";
import { ACCOUNT, postGraphQL, startHarness, type Harness } from "./harness.js";

const SID = "IS" + "7".repeat(32);
const created = { status: 201, json: { sid: SID, account_sid: ACCOUNT.accountSid, friendly_name: "half made" } };
const input = { friendlyName: "half made", limits: { channelMembers: 10 } };

let upstream: FakeUpstream;
let chatql: RunningChatql;
beforeAll(async () => {
  upstream = await startFakeUpstream();
  chatql = await startChatql(
    loadConfig({
      PORT: "0",
      LOG_LEVEL: TEST_LOG_LEVEL,
      CHAT_API_BASE_URL: upstream.url,
      TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
      TWILIO_AUTH_TOKEN: ACCOUNT.authToken,
      CHAT_API_MAX_RETRIES: "0",
    }),
  );
});
afterAll(async () => {
  await chatql.close();
  await upstream.close();
});
beforeEach(() => upstream.reset());
afterEach(() => expectRepliesUsed(upstream));

const calls = () => upstream.requests.map((r) => `${r.method} ${r.pathname}`);

describe("createService when its settings cannot be applied", () => {
  it("deletes the new service and reports CREATE_ROLLED_BACK when the update fails upstream", async () => {
    upstream.reply(created, twilioError(500, 20500, "internal"), { status: 204, body: "" });
    const response = await postGraphQL(chatql.graphqlUrl, CreateServiceDocument, { input });
    expect(response.data?.createService).toMatchObject({
      service: null,
      userErrors: [{ field: null, code: "CREATE_ROLLED_BACK", message: expect.stringContaining("not created") }],
    });
    expect(calls()).toEqual(["POST /v2/Services", `POST /v2/Services/${SID}`, `DELETE /v2/Services/${SID}`]);
  });

  it("hands the service back with CREATE_INCOMPLETE when deleting it fails too", async () => {
    upstream.reply(created, twilioError(500, 20500, "internal"), twilioError(500, 20500, "internal"));
    const response = await postGraphQL(chatql.graphqlUrl, CreateServiceDocument, { input });
    expect(response.data?.createService).toMatchObject({
      service: { sid: SID },
      userErrors: [{ field: null, code: "CREATE_INCOMPLETE", message: expect.stringContaining("exists with default settings") }],
    });
  });

  it("reports a Twilio 400 on the settings against the field it names", async () => {
    upstream.reply(created, twilioError(400, 20001, "Invalid parameter: Limits.ChannelMembers"), { status: 204, body: "" });
    const response = await postGraphQL(chatql.graphqlUrl, CreateServiceDocument, { input });
    expect(response.data?.createService).toMatchObject({
      service: null,
      userErrors: [{ field: ["input", "limits", "channelMembers"], code: "REJECTED_BY_UPSTREAM" }],
    });
    expect(calls()).toContain(`DELETE /v2/Services/${SID}`);
  });

  it("makes one call only when no setting beyond the name is given", async () => {
    upstream.reply(created);
    const response = await postGraphQL(chatql.graphqlUrl, CreateServiceDocument, { input: { friendlyName: "plain" } });
    expect(response.data?.createService.userErrors).toEqual([]);
    expect(calls()).toEqual(["POST /v2/Services"]);
  });
});

// CHATQL_MAX_UPSTREAM_CALLS could run out between the update and its undo, leaving exactly the
// half-configured service the roll-back exists to prevent: createService does not start then. Its
// three calls are counted with their retries (CHAT_API_MAX_RETRIES, 2 by default: 3 attempts
// each), so a retried update cannot use up what the undo needs.
describe("createService with less of the call budget left than it may need (3 calls of 3 attempts)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ env: { CHATQL_MAX_UPSTREAM_CALLS: "9" } });
  });
  afterAll(() => harness.close());

  let seed = "";
  const mutation = (updates: number, name: string) => `mutation {
    ${Array.from({ length: updates }, (_, i) => `u${i}: updateService(input: { sid: "${seed}", friendlyName: "u${i}" }) { userErrors { code } }`).join("\n")}
    created: createService(input: { friendlyName: "${name}", limits: { channelMembers: 5 } }) { service { limits { channelMembers } } userErrors { code } }
  }`;
  const named = async (name: string) =>
    (await harness.twilio().chat.v2.services.list()).filter((service) => service.friendlyName === name).length;

  it("just under: the create with all 9 attempts left", async () => {
    seed = (await harness.twilio().chat.v2.services.create({ friendlyName: "seed" })).sid;
    const response = await postGraphQL(harness.chatql.graphqlUrl, mutation(0, "fits"));
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ created: { service: { limits: { channelMembers: 5 } }, userErrors: [] } });
    expect(await named("fits")).toBe(1);
  });

  it("just over: after one update (8 left) it is refused before any call, and no service is left behind", async () => {
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL(harness.chatql.graphqlUrl, mutation(1, "would be half made"));
      expect(response.errors).toEqual([
        expect.objectContaining({ path: ["created"], extensions: expect.objectContaining({ code: "UPSTREAM_BUDGET_EXCEEDED" }) }),
      ]);
    });
    expect(requests.map((request) => request.method)).toEqual(["POST"]); // the update only
    expect(await named("would be half made")).toBe(0);
  });
});
