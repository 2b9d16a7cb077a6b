// NODE_ENV=production: no introspection, no exploration pages, no "did you mean" hints, and no
// internals in errors, unless configuration turns them back on.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, startHarness, type Harness } from "../graphql/harness.js";

const TOKEN = "production-token-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };

describe("in production", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ env: { NODE_ENV: "production", CHATQL_API_TOKENS: TOKEN } });
  });
  afterAll(() => harness.close());

  it("refuses introspection", async () => {
    const response = await postGraphQL(harness.chatql.graphqlUrl, "{ __schema { types { name } } }", undefined, auth);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.data).toBeUndefined();
  });

  it("serves no landing page and no offline GraphiQL", async () => {
    const landing = await fetch(harness.chatql.graphqlUrl, { headers: { accept: "text/html" } });
    expect(await landing.text()).not.toMatch(/sandbox|<html/i);
    expect((await fetch(harness.chatql.graphqlUrl.replace("/graphql", "/graphiql"))).status).toBe(404);
  });

  it("gives no 'did you mean' suggestions", async () => {
    const response = await postGraphQL(harness.chatql.graphqlUrl, "{ servics { sid } }", undefined, auth);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.message).not.toMatch(/did you mean/i);
  });

  it("puts no stack trace in errors", async () => {
    const response = await postGraphQL(harness.chatql.graphqlUrl, '{ service(sid: "nope") { sid } }', undefined, auth);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|\.ts:\d+/);
  });
});

describe("in production, re-enabled by configuration", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({
      env: { NODE_ENV: "production", CHATQL_API_TOKENS: TOKEN, CHATQL_INTROSPECTION: "true", CHATQL_EXPLORER: "true" },
    });
  });
  afterAll(() => harness.close());

  it("allows introspection and the pages", async () => {
    const response = await postGraphQL(harness.chatql.graphqlUrl, "{ __schema { queryType { name } } }", undefined, auth);
    expect(response.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    expect((await fetch(harness.chatql.graphqlUrl.replace("/graphql", "/graphiql"))).status).toBe(200);
  });
});

describe("in development", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it("serves Apollo Sandbox on GET /graphql for browsers", async () => {
    const landing = await fetch(harness.chatql.graphqlUrl, { headers: { accept: "text/html" } });
    expect(landing.status).toBe(200);
    expect(await landing.text()).toMatch(/embeddable-sandbox/);
  });
});
