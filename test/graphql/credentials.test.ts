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
// with a message that quotes the value it got (and a scalar's reason quotes it again). chatql
// rewrites those errors without any value (src/server/variable-errors.ts), before the response and
// before anything is logged: the variable's name, the path into it and a value-free reason stay.
describe("a secret in a variable that does not fit the input type", () => {
  it.each<[string, (secret: string) => unknown, string]>([
    [
      "a field the input type does not have",
      (s) => ({ type: "GCM", apiKey: s, unknownField: 1 }),
      'Variable "$input" got invalid value; Field "unknownField" is not defined by type "CreateCredentialInput".',
    ],
    [
      "a required field left out",
      (s) => ({ apiKey: s }),
      'Variable "$input" got invalid value; Field "type" of required type "PushService!" was not provided.',
    ],
    [
      "a list where a string goes",
      (s) => ({ type: "GCM", apiKey: [s] }),
      'Variable "$input" got invalid value at "input.apiKey"; String cannot represent a non string value.',
    ],
    [
      "an object where a string goes",
      (s) => ({ type: "GCM", apiKey: { key: s } }),
      'Variable "$input" got invalid value at "input.apiKey"; String cannot represent a non string value.',
    ],
    [
      "the secret as an enum value",
      (s) => ({ type: s, apiKey: "k" }),
      'Variable "$input" got invalid value at "input.type"; Value does not exist in "PushService" enum.',
    ],
    [
      "the secret as a boolean",
      (s) => ({ type: "APN", certificate: "c", privateKey: "k", sandbox: s }),
      'Variable "$input" got invalid value at "input.sandbox"; Boolean cannot represent a non boolean value.',
    ],
    [
      "the secret as the whole input",
      (s) => s,
      'Variable "$input" got invalid value; Expected type "CreateCredentialInput" to be an object.',
    ],
    [
      "the secret as a field name",
      (s) => ({ type: "GCM", apiKey: "k", [s]: 1 }),
      'Variable "$input" got invalid value; A field is not defined by type "CreateCredentialInput".',
    ],
  ])("%s: BAD_USER_INPUT naming the variable and the path, never the value", async (_name, inputOf, message) => {
    const sent = secret("quoted");
    const logged = harness.logs.length;
    const requests = await harness.countUpstream(async () => {
      const response = await run(CreateCredentialDocument, { input: inputOf(sent) as never });
      expect(response.data ?? null).toBeNull();
      expect(response.errors).toEqual([expect.objectContaining({ message, extensions: { code: "BAD_USER_INPUT" } })]);
    });
    expect(requests).toEqual([]);
    // The operation was logged (with its outcome), and neither that line nor any other holds the secret.
    const lines = harness.logs.slice(logged).map((entry) => entry.raw);
    expect(lines.some((line) => line.includes('"BAD_USER_INPUT"'))).toBe(true);
    const everything = [responses.at(-1)!, ...lines].join("\n");
    for (const spelling of encodingsOf(sent)) expect(everything).not.toContain(spelling);
  });

  it.each([
    ["as a list", (s: string) => `apiKey: ["${s}"]`, "String cannot represent a non string value.", "GRAPHQL_VALIDATION_FAILED"],
    ["as an object", (s: string) => `apiKey: { pem: "${s}" }`, "String cannot represent a non string value.", "GRAPHQL_VALIDATION_FAILED"],
    [
      "after a missing colon (no parse)",
      (s: string) => `apiKey "${s}"`,
      'Syntax Error: Expected ":", found String.',
      "GRAPHQL_PARSE_FAILED",
    ],
  ])("written inline in the document %s: refused, never the value", async (_name, field, message, code) => {
    const sent = secret("inline");
    const logged = harness.logs.length;
    const response = await run(`mutation { createCredential(input: { type: GCM, ${field(sent)} }) { credential { sid } } }`, {});
    expect(response.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([[message, code]]);
    const everything = [responses.at(-1)!, ...harness.logs.slice(logged).map((entry) => entry.raw)].join("\n");
    for (const spelling of encodingsOf(sent)) expect(everything).not.toContain(spelling);
  });

  it("a variable of another operation's type is refused the same way (every variable, not only credentials)", async () => {
    const sent = secret("thread");
    const response = await run(
      `query Thread($service: ID!, $last: Int) { service(sid: $service) { channels(last: $last) { nodes { sid } } } }`,
      {
        service: [sent],
        last: sent,
      },
    );
    expect(response.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['Variable "$service" got invalid value; ID cannot represent value.', "BAD_USER_INPUT"],
      ['Variable "$last" got invalid value; Int cannot represent non-integer value.', "BAD_USER_INPUT"],
    ]);
    for (const spelling of encodingsOf(sent)) expect(responses.at(-1)!).not.toContain(spelling);
  });
});
