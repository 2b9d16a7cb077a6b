// Push credentials end to end: create, list, fetch, update and delete for APN, FCM and GCM, with
// per-type checks before any upstream call, and secrets that are write-only: over a whole run
// they appear in no response, no log line and no metric.

import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateCredentialDocument,
  DeleteCredentialDocument,
  PushCredentialDocument,
  PushCredentialsDocument,
  UpdateCredentialDocument,
} from "../../examples/client/graphql.js";
import { encodingsOf } from "../../src/chat-api/redact.js";
import { dataOf, postGraphQL, startHarness, type GraphQLResponse, type Harness } from "./harness.js";

let harness: Harness;
/** Every response body this file received, as sent. */
const responses: string[] = [];
/** Every secret this file sent. */
const secrets: string[] = [];

/** A secret nobody could mistake for anything else. */
const secret = (name: string) => {
  const value = `${name}-SECRET-${Math.random().toString(36).slice(2)}-${"x".repeat(12)}`;
  secrets.push(value);
  return value;
};

beforeAll(async () => {
  harness = await startHarness({ env: { LOG_LEVEL: "debug" } });
});
afterAll(() => harness.close());

/** Runs a document, keeping its raw response for the final sweep. */
async function run<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables> | string,
  variables: TVariables,
): Promise<GraphQLResponse<TResult>> {
  const response = await fetch(harness.chatql.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: typeof document === "string" ? document : print(document), variables }),
  });
  const text = await response.text();
  responses.push(text);
  return JSON.parse(text) as GraphQLResponse<TResult>;
}

describe("push credentials", () => {
  it("creates one of each type, lists and fetches them without their secrets, rotates and deletes them", async () => {
    const apn = dataOf(
      await run(CreateCredentialDocument, {
        input: {
          type: "APN",
          friendlyName: "iOS",
          certificate: secret("cert"),
          privateKey: secret("key"),
          sandbox: true,
          clientMutationId: "c1",
        },
      }),
    ).createCredential;
    expect(apn).toMatchObject({ clientMutationId: "c1", userErrors: [], credential: { type: "APN", friendlyName: "iOS", sandbox: true } });
    const fcm = dataOf(
      await run(CreateCredentialDocument, { input: { type: "FCM", friendlyName: "Android", secret: secret("fcm") } }),
    ).createCredential;
    expect(fcm).toMatchObject({ userErrors: [], credential: { type: "FCM", sandbox: null } });
    const gcm = dataOf(await run(CreateCredentialDocument, { input: { type: "GCM", apiKey: secret("gcm") } })).createCredential;
    expect(gcm).toMatchObject({ userErrors: [], credential: { type: "GCM", friendlyName: null } });

    const listed = dataOf(await run(PushCredentialsDocument, { first: 10 })).credentials.nodes;
    expect(listed.map((credential) => credential.type)).toEqual(["APN", "FCM", "GCM"]);
    const fetched = dataOf(await run(PushCredentialDocument, { sid: apn.credential!.sid })).credential;
    expect(fetched).toEqual(apn.credential);

    const rotated = dataOf(
      await run(UpdateCredentialDocument, {
        input: {
          sid: apn.credential!.sid,
          friendlyName: "iOS (2025)",
          certificate: secret("cert2"),
          privateKey: secret("key2"),
          sandbox: false,
        },
      }),
    ).updateCredential;
    expect(rotated).toMatchObject({ userErrors: [], credential: { friendlyName: "iOS (2025)", sandbox: false } });

    for (const created of [apn, fcm, gcm]) {
      const sid = created.credential!.sid;
      const deleted = dataOf(await run(DeleteCredentialDocument, { input: { sid } })).deleteCredential;
      expect(deleted).toEqual({ userErrors: [], deletedCredentialSid: sid, deletedCredentialId: created.credential!.id });
    }
    expect(dataOf(await run(PushCredentialDocument, { sid: apn.credential!.sid })).credential).toBeNull();
  });

  it.each([
    ["APN without its private key", { type: "APN", certificate: secret("c") }, ["input", "privateKey"], "REQUIRED"],
    ["FCM without its secret", { type: "FCM" }, ["input", "secret"], "REQUIRED"],
    ["GCM with an empty API key", { type: "GCM", apiKey: "" }, ["input", "apiKey"], "REQUIRED"],
    ["FCM given GCM's apiKey", { type: "FCM", secret: secret("s"), apiKey: secret("k") }, ["input", "apiKey"], "INVALID_FORMAT"],
    ["sandbox on GCM", { type: "GCM", apiKey: secret("k"), sandbox: true }, ["input", "sandbox"], "INVALID_FORMAT"],
    ["a key over 4 KiB", { type: "GCM", apiKey: secret("long") + "k".repeat(4097) }, ["input", "apiKey"], "TOO_LONG"],
    [
      "a certificate over 16 KiB",
      { type: "APN", certificate: secret("long") + "c".repeat(16 * 1024), privateKey: secret("k") },
      ["input", "certificate"],
      "TOO_LONG",
    ],
    [
      "a friendly name over 64 characters",
      { type: "GCM", apiKey: secret("k"), friendlyName: "n".repeat(65) },
      ["input", "friendlyName"],
      "TOO_LONG",
    ],
  ])("refuses %s before any upstream call", async (_name, input, field, code) => {
    const requests = await harness.countUpstream(async () => {
      const payload = dataOf(await run(CreateCredentialDocument, { input: input as never })).createCredential;
      expect(payload.credential).toBeNull();
      expect(payload.userErrors).toEqual([expect.objectContaining({ field, code })]);
    });
    expect(requests).toEqual([]);
  });

  it("refuses a malformed SID before any upstream call; a missing credential is null, NOT_FOUND to change", async () => {
    const requests = await harness.countUpstream(async () => {
      expect((await run(PushCredentialDocument, { sid: "CR123" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const update = dataOf(await run(UpdateCredentialDocument, { input: { sid: "CR123", secret: secret("bad-sid") } })).updateCredential;
      expect(update.userErrors).toEqual([expect.objectContaining({ field: ["input", "sid"], code: "INVALID_SID" })]);
    });
    expect(requests).toEqual([]);
    const missing = "CR" + "0".repeat(32);
    expect(dataOf(await run(PushCredentialDocument, { sid: missing })).credential).toBeNull();
    const update = await run(UpdateCredentialDocument, { input: { sid: missing, apiKey: secret("missing") } });
    expect(update.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("node(id:) refetches a credential", async () => {
    const created = dataOf(await run(CreateCredentialDocument, { input: { type: "FCM", secret: secret("node") } })).createCredential
      .credential!;
    const response = await postGraphQL<{ node: { __typename: string; id: string } }, never>(
      harness.chatql.graphqlUrl,
      `{ node(id: "${created.id}") { __typename id } }`,
    );
    expect(dataOf(response).node).toEqual({ __typename: "Credential", id: created.id });
  });

  it("no response type has a field for a secret", async () => {
    const response = await postGraphQL<{ __type: { fields: Array<{ name: string }> } }, never>(
      harness.chatql.graphqlUrl,
      `{ __type(name: "Credential") { fields { name } } }`,
    );
    const names = dataOf(response).__type.fields.map((field) => field.name);
    for (const name of ["certificate", "privateKey", "apiKey", "secret"]) expect(names).not.toContain(name);
  });

  it("no secret sent over the whole run is in any response, log line or metric", async () => {
    const metrics = await (await fetch(new URL("/metrics", harness.chatql.graphqlUrl))).text();
    const logs = harness.logs.map((entry) => entry.raw);
    expect(responses.length).toBeGreaterThan(10);
    expect(logs.length).toBeGreaterThan(10);
    const everything = [...responses, ...logs, metrics].join("\n");
    expect(secrets.length).toBeGreaterThan(5);
    for (const sent of secrets) {
      for (const spelling of encodingsOf(sent)) expect(everything).not.toContain(spelling);
    }
  });
});

// A variable that does not fit its input type is refused by graphql-js before any resolver runs,
// and its message quotes the value it got, secrets included. Only the server's error formatting
// can scrub that (src/server/apollo.ts, which this branch does not own); until it does, these
// requests are the known exception, and `it.fails` turns red the day they stop leaking.
describe("a secret in a variable that does not fit the input type", () => {
  it.fails("is not quoted back in the error (graphql-js quotes the invalid value)", async () => {
    const leaked: string[] = [];
    for (const variables of [
      { input: { type: "GCM", apiKey: "quoted-SECRET-1-xxxxxxxx", unknownField: 1 } },
      { input: { apiKey: "quoted-SECRET-2-xxxxxxxx" } },
      { input: { type: "GCM", apiKey: ["quoted-SECRET-3-xxxxxxxx"] } },
    ]) {
      const response = await postGraphQL(harness.chatql.graphqlUrl, CreateCredentialDocument, variables as never);
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      if (/quoted-SECRET/.test(JSON.stringify(response))) leaked.push(JSON.stringify(variables));
    }
    expect(leaked).toEqual([]);
  });
});
