// What a client sees when things go wrong: null or NOT_FOUND for missing services, BAD_USER_INPUT
// before any upstream call, userErrors with field paths for bad mutation input, and clean codes
// when the upstream refuses chatql's credentials or is down.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateServiceDocument,
  DeleteServiceDocument,
  GetServiceDocument,
  ListServicesDocument,
  NodeByIdDocument,
  UpdateServiceDocument,
} from "../../examples/client/graphql.js";
import { loadConfig } from "../../src/config.js";
import { startChatql } from "../../src/server/start.js";
import { closedPort } from "../support/ports.js";
import { TEST_LOG_LEVEL } from "../support/test-logs.js";
import { ACCOUNT, dataOf, postGraphQL, startHarness, type Harness } from "./harness.js";

const MISSING = "IS" + "0".repeat(32);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const codesOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.map((e) => e.extensions?.code);

describe("not found", () => {
  it("service(sid:) is null for a service that does not exist", async () => {
    const response = await harness.execute(GetServiceDocument, { sid: MISSING });
    expect(response).toEqual({ status: 200, data: { service: null } });
  });

  it.each([
    ["updateService", UpdateServiceDocument, { input: { sid: MISSING, friendlyName: "x" } }],
    ["deleteService", DeleteServiceDocument, { input: { sid: MISSING } }],
  ] as const)("%s of a missing service is NOT_FOUND", async (_name, document, variables) => {
    const response = await harness.execute(document as typeof UpdateServiceDocument, variables as never);
    expect(codesOf(response)).toEqual(["NOT_FOUND"]);
    expect(response.errors![0]!.extensions).toMatchObject({ twilio: { code: 20404, status: 404 } });
  });
});

describe("input checked before any upstream call", () => {
  it.each([
    ["an invalid SID", GetServiceDocument, { sid: "IS-not-a-sid" }],
    ["first out of range", ListServicesDocument, { first: 0 }],
    ["first above 1000", ListServicesDocument, { first: 1001 }],
    ["last out of range", ListServicesDocument, { last: 0 }],
    ["last above 1000", ListServicesDocument, { last: 1001 }],
    ["first and last together", ListServicesDocument, { first: 1, last: 1 }],
    ["a tampered cursor", ListServicesDocument, { first: 1, after: "dGFtcGVyZWQ" }],
    [
      "a cursor of another connection",
      ListServicesDocument,
      { first: 1, after: Buffer.from(`c1:[{},0,"RL${"0".repeat(32)}"]`).toString("base64url") },
    ],
    ["a foreign node id", NodeByIdDocument, { id: "Zm9yZWlnbg" }],
  ] as const)("%s is BAD_USER_INPUT", async (_name, document, variables) => {
    const requests = await harness.countUpstream(async () => {
      const response = await harness.execute(document as typeof GetServiceDocument, variables as never);
      expect(codesOf(response)).toEqual(["BAD_USER_INPUT"]);
      expect(JSON.stringify(response)).not.toMatch(/stack|at .*\.ts/);
    });
    expect(requests).toEqual([]);
  });

  it.each([
    ["limits out of range", { limits: { channelMembers: 1001 } }, ["input", "limits", "channelMembers"], "OUT_OF_RANGE"],
    ["a non-URL webhook", { postWebhookUrl: "nope" }, ["input", "postWebhookUrl"], "INVALID_URL"],
    ["an invalid role SID", { defaultServiceRoleSid: "RL1" }, ["input", "defaultServiceRoleSid"], "INVALID_SID"],
    ["an invalid service SID", { sid: "IS1" }, ["input", "sid"], "INVALID_SID"],
  ])("updateService with %s is a userError naming the field", async (_name, change, field, code) => {
    const requests = await harness.countUpstream(async () => {
      const { updateService } = dataOf(await harness.execute(UpdateServiceDocument, { input: { sid: MISSING, ...change } }));
      expect(updateService.service).toBeNull();
      expect(updateService.userErrors).toEqual([{ field, code, message: expect.any(String) }]);
    });
    expect(requests).toEqual([]);
  });
});

describe("upstream rejections", () => {
  it("a Twilio 400 on update becomes a userError pointing into the input", async () => {
    const { createService } = dataOf(await harness.execute(CreateServiceDocument, { input: { friendlyName: "target" } }));
    // A well-formed role SID that is not a role of this service: only the upstream can tell.
    const { updateService } = dataOf(
      await harness.execute(UpdateServiceDocument, {
        input: { sid: createService.service!.sid, defaultChannelRoleSid: "RL" + "f".repeat(32) },
      }),
    );
    expect(updateService.service).toBeNull();
    expect(updateService.userErrors).toEqual([
      { field: ["input", "defaultChannelRoleSid"], code: "REJECTED_BY_UPSTREAM", message: expect.any(String) },
    ]);
  });

  it("createService deletes the half-made service when its settings are rejected", async () => {
    const countServices = async () => dataOf(await harness.execute(ListServicesDocument, { first: 1000 })).services.edges.length;
    const before = await countServices();
    const { createService } = dataOf(
      await harness.execute(CreateServiceDocument, { input: { friendlyName: "doomed", defaultServiceRoleSid: "RL" + "e".repeat(32) } }),
    );
    expect(createService.service).toBeNull();
    expect(createService.userErrors).toEqual([
      { field: ["input", "defaultServiceRoleSid"], code: "REJECTED_BY_UPSTREAM", message: expect.stringContaining("not created") },
    ]);
    expect(await countServices()).toBe(before);
    const methods = harness.upstreamRequests.slice(-4).map((r) => r.method);
    expect(methods).toContain("DELETE");
  });
});

describe("upstream failures", () => {
  it("credentials the upstream refuses give UNAUTHENTICATED without leaking them", async () => {
    const config = loadConfig({
      PORT: "0",
      LOG_LEVEL: TEST_LOG_LEVEL,
      CHAT_API_BASE_URL: harness.emulator.url,
      TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
      TWILIO_AUTH_TOKEN: "wrong-token-value",
    });
    const chatql = await startChatql(config);
    try {
      const response = await postGraphQL(chatql.graphqlUrl, GetServiceDocument, { sid: MISSING });
      expect(codesOf(response)).toEqual(["UNAUTHENTICATED"]);
      expect(response.errors![0]!.extensions).toMatchObject({ twilio: { code: 20003, status: 401 } });
      const text = JSON.stringify(response);
      expect(text).not.toContain("wrong-token-value");
      expect(text).not.toContain(harness.emulator.url);
    } finally {
      await chatql.close();
    }
  });

  it("an upstream that is down gives UPSTREAM_UNAVAILABLE, and chatql keeps serving", async () => {
    const port = await closedPort();
    const config = loadConfig({
      PORT: "0",
      LOG_LEVEL: TEST_LOG_LEVEL,
      CHAT_API_BASE_URL: `http://127.0.0.1:${port}`,
      TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
      TWILIO_AUTH_TOKEN: ACCOUNT.authToken,
    });
    const chatql = await startChatql(config);
    try {
      for (const document of [GetServiceDocument, ListServicesDocument] as const) {
        const response = await postGraphQL(chatql.graphqlUrl, document as typeof GetServiceDocument, { sid: MISSING, first: 5 } as never);
        expect(codesOf(response)).toEqual(["UPSTREAM_UNAVAILABLE"]);
        expect(JSON.stringify(response)).not.toContain(String(port));
      }
      const health = await fetch(chatql.graphqlUrl.replace("/graphql", "/healthz"));
      expect(health.status).toBe(200);
    } finally {
      await chatql.close();
    }
  });
});
