// Property-based input fuzzing of every argument and input field of the GraphQL API (issue #4,
// "Robustness under bad input and load"). Whatever a client sends:
//  - the HTTP status is never 5xx and the server keeps answering (checked after every request);
//  - no response carries a stack trace or an INTERNAL_SERVER_ERROR;
//  - every rejection names the field at fault: a GraphQL validation/coercion error or a
//    BAD_USER_INPUT whose message (or `extensions.argument`) names it, or a mutation `userErrors`
//    entry whose `field` path points into what was fuzzed.
// Values arrive through variables (so wrong types, nulls and out-of-range integers reach
// Apollo's variable coercion), plus one property for inline literals (Int overflow in the
// document itself).

import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../graphql/harness.js";
import { anyJson, anyString, sidLike, valueFor, type FieldKind } from "./arbitraries.js";
import { assertAlive, assertErrorsNameField, assertNoLeak, postRaw, type RawResponse } from "./helpers.js";
import { CLIENT_MUTATION_ID_MAX } from "../../src/graphql/mutation/mutation.input.js";

const NUM_RUNS = 60;
const SERVICE_SID = /^IS[0-9a-fA-F]{32}$/;

let harness: Harness;
let url: string;
/** A service that exists for the whole file (roles queries, updates). */
let serviceSid: string;
const serviceCursors: string[] = [];
const roleCursors: string[] = [];
const roleSids: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  url = harness.chatql.graphqlUrl;
  for (let i = 0; i < 4; i++) {
    const created = await postRaw(url, `mutation($n: String!) { createService(input: { friendlyName: $n }) { service { sid } } }`, {
      n: `fuzz base ${i}`,
    });
    serviceSid = (created.body.data!.createService as { service: { sid: string } }).service.sid;
  }
  const services = await postRaw(url, `{ services(first: 10) { edges { cursor } } }`);
  serviceCursors.push(...(services.body.data!.services as { edges: Array<{ cursor: string }> }).edges.map((e) => e.cursor));
  const roles = await postRaw(url, `query($sid: ID!) { service(sid: $sid) { roles { edges { cursor node { sid } } } } }`, {
    sid: serviceSid,
  });
  const edges = (roles.body.data!.service as { roles: { edges: Array<{ cursor: string; node: { sid: string } }> } }).roles.edges;
  roleCursors.push(...edges.map((e) => e.cursor));
  roleSids.push(...edges.map((e) => e.node.sid));
});
afterAll(() => harness?.close());
beforeEach(() => void outcomes.clear());

/** Sends, applies the checks every response must pass, and checks the server still answers. */
async function send(query: string, variables: unknown, names: readonly string[], extraCodes: readonly string[] = []): Promise<RawResponse> {
  const response = await postRaw(url, query, variables);
  try {
    assertNoLeak(response);
    assertErrorsNameField(response, names, extraCodes);
    // A response is either data or a rejection: never an empty 200.
    if (!response.body.errors?.length && !response.body.data) throw new Error("neither data nor errors");
  } catch (error) {
    throw new Error(`${(error as Error).message}\n  variables: ${JSON.stringify(variables).slice(0, 400)}`);
  }
  await assertAlive(url);
  tally(response);
  return response;
}

/** Outcome counts per test, to show each property reached both its accepting and rejecting paths. */
const outcomes = new Map<string, number>();
function tally(response: RawResponse): void {
  const kinds = response.body.errors?.length
    ? response.body.errors.map((e) => `error:${String(e.extensions?.code)}`)
    : Object.values(response.body.data ?? {}).flatMap((payload) => {
        const userErrors = (payload as { userErrors?: UserErrorShape[] } | null)?.userErrors;
        if (!userErrors) return ["data"];
        return userErrors.length ? userErrors.map((e) => `userError:${e.code}`) : ["accepted"];
      });
  for (const kind of new Set(kinds)) outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
}
/** Guards against a vacuous property: the runs reached every one of these outcomes (a kind ending in ":" is a prefix). */
function expectOutcomes(...kinds: string[]): void {
  const seen = [...outcomes.keys()];
  for (const kind of kinds) {
    expect(
      seen.some((s) => (kind.endsWith(":") ? s.startsWith(kind) : s === kind)),
      `outcome ${kind} among ${JSON.stringify(Object.fromEntries(outcomes))}`,
    ).toBe(true);
  }
}

/** A cursor with one character changed, truncated, or extended: well-formed base64url, wrong content. */
const tamperedCursor = (cursors: () => string[]) =>
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("flip", "cut", "grow", "reencode")).map(([i, j, how]) => {
    const list = cursors();
    const cursor = list[i % list.length]!;
    const at = j % cursor.length;
    switch (how) {
      case "flip":
        return cursor.slice(0, at) + (cursor[at] === "A" ? "B" : "A") + cursor.slice(at + 1);
      case "cut":
        return cursor.slice(0, at);
      case "grow":
        return cursor + cursor.slice(0, at);
      default: {
        const plain = Buffer.from(cursor, "base64url").toString("utf8");
        return Buffer.from(plain.replace(/\d/, String(j % 10)).replace(/"[A-Z]{2}/, '"IS'), "utf8").toString("base64url");
      }
    }
  });

/** Forward, backward, or any mix of the four arguments (mixes are mostly rejected, so they get a third). */
const connectionArgs = (cursors: () => string[]) => {
  const cursor = fc.oneof(
    valueFor("string"),
    fc.nat().map((i) => cursors()[i % cursors().length]!),
    tamperedCursor(cursors),
  );
  const count = fc.oneof(valueFor("int"), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 1000 }));
  return fc.oneof(
    fc.record({ first: count, after: cursor }, { requiredKeys: [] }),
    fc.record({ last: count, before: cursor }, { requiredKeys: [] }),
    fc.record({ first: count, after: cursor, last: count, before: cursor }, { requiredKeys: [] }),
  ) as fc.Arbitrary<{ first?: unknown; after?: unknown; last?: unknown; before?: unknown }>;
};

describe("query arguments", () => {
  it("service(sid:) rejects bad SIDs by name and is null for unknown ones", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(valueFor("id"), fc.constant(serviceSid)), async (sid) => {
        const response = await send(`query($sid: ID!) { service(sid: $sid) { sid friendlyName } }`, { sid }, ["sid"]);
        if (!response.body.errors) {
          const service = response.body.data!.service as { sid: string } | null;
          expect(typeof sid === "string" ? SERVICE_SID.test(sid) : typeof sid === "number").toBe(true);
          if (service) expect(service.sid).toBe(sid);
        }
      }),
      { numRuns: NUM_RUNS * 2 },
    );
    expectOutcomes("data", "error:BAD_USER_INPUT");
  });

  it("services(first, after, last, before) pages or names the argument it rejects", async () => {
    await fc.assert(
      fc.asyncProperty(
        connectionArgs(() => serviceCursors),
        async (args) => {
          const response = await send(
            `query($first: Int, $after: String, $last: Int, $before: String) {
             services(first: $first, after: $after, last: $last, before: $before) {
               edges { cursor node { sid } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
             }
           }`,
            args,
            ["first", "after", "last", "before"],
          );
          if (!response.body.errors) {
            const edges = (response.body.data!.services as { edges: unknown[] }).edges;
            const count = (args.first ?? args.last ?? 50) as number;
            expect(edges.length).toBeLessThanOrEqual(count);
          }
        },
      ),
      { numRuns: NUM_RUNS * 2 },
    );
    expectOutcomes("data", "error:BAD_USER_INPUT");
  });

  it("Service.roles(first, after, last, before) pages or names the argument it rejects", async () => {
    await fc.assert(
      fc.asyncProperty(
        connectionArgs(() => roleCursors),
        async (args) => {
          const response = await send(
            `query($sid: ID!, $first: Int, $after: String, $last: Int, $before: String) {
             service(sid: $sid) { roles(first: $first, after: $after, last: $last, before: $before) { nodes { sid } pageInfo { hasNextPage } } }
           }`,
            { sid: serviceSid, ...args },
            ["first", "after", "last", "before"],
          );
          if (!response.body.errors) {
            const nodes = (response.body.data!.service as { roles: { nodes: Array<{ sid: string }> } }).roles.nodes;
            for (const node of nodes) expect(roleSids).toContain(node.sid);
          }
        },
      ),
      { numRuns: NUM_RUNS * 2 },
    );
    expectOutcomes("data", "error:BAD_USER_INPUT");
  });

  const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");
  /** Global ids: random, and well-formed base64url of near-miss "Service:…" / "Role:…/…" texts. */
  const nodeId = fc.oneof(
    valueFor("id"),
    fc
      .oneof(
        sidLike,
        anyString.filter((s) => s.length < 400),
      )
      .map((s) => b64(`Service:${s}`)),
    fc
      .tuple(fc.oneof(sidLike, fc.constant(serviceSid)), fc.oneof(sidLike, fc.constantFrom(...["RL" + "0".repeat(32)])))
      .map(([s, r]) => b64(`Role:${s}/${r}`)),
    fc.constant(null).map(() => b64(`Service:${serviceSid}`)),
    fc.nat().map((i) => b64(`Role:${serviceSid}/${roleSids[i % roleSids.length]}`)),
  );

  it("node(id:) resolves, is null, or names `id`", async () => {
    await fc.assert(
      fc.asyncProperty(nodeId, async (id) => {
        await send(`query($id: ID!) { node(id: $id) { id __typename ... on Service { sid } ... on Role { sid serviceSid } } }`, { id }, [
          "id",
        ]);
      }),
      { numRuns: NUM_RUNS * 2 },
    );
    expectOutcomes("data", "error:BAD_USER_INPUT");
  });

  it("nodes(ids:) resolves in order or names `ids`", async () => {
    const ids = fc.oneof(
      fc.array(nodeId, { maxLength: 8 }),
      fc.array(fc.constant(b64(`Service:IS${"0".repeat(32)}`)), { minLength: 95, maxLength: 130 }),
      anyJson,
    );
    await fc.assert(
      fc.asyncProperty(ids, async (value) => {
        const response = await send(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: value }, ["ids"]);
        if (!response.body.errors) expect((response.body.data!.nodes as unknown[]).length).toBe(Array.isArray(value) ? value.length : 1);
      }),
      { numRuns: NUM_RUNS },
    );
    expectOutcomes("data", "error:BAD_USER_INPUT");
  });

  it("Int literals outside 32 bits in the document are validation errors located at the argument", async () => {
    const outside = fc.oneof(
      fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -(2 ** 31) - 1 }),
      fc.constantFrom(2 ** 31, -(2 ** 31) - 1),
    );
    const where = fc.constantFrom(
      (n: number) => `{ services(first: ${n}) { pageInfo { hasNextPage } } }`,
      (n: number) => `{ services(last: ${n}) { pageInfo { hasNextPage } } }`,
      (n: number) => `{ service(sid: "${serviceSid}") { roles(first: ${n}) { nodes { sid } } } }`,
      (n: number) =>
        `mutation { updateService(input: { sid: "${serviceSid}", limits: { channelMembers: ${n} } }) { userErrors { field } } }`,
      (n: number) => `mutation { createService(input: { friendlyName: "x", typingIndicatorTimeout: ${n} }) { userErrors { field } } }`,
    );
    await fc.assert(
      fc.asyncProperty(outside, where, async (n, build) => {
        const query = build(n);
        const response = await postRaw(url, query);
        assertNoLeak(response);
        expect(response.body.data ?? null).toBeNull();
        expect(response.body.errors).toHaveLength(1);
        const [error] = response.body.errors!;
        expect(error!.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
        expect(error!.message).toMatch(/Int cannot represent non 32-bit signed integer value/);
        // graphql-js does not put the argument's name in this message; its location points at
        // the literal, right after `name:` — that is how the field is named.
        const { line, column } = error!.locations![0]!;
        const at = query.split("\n")[line - 1]!.slice(0, column - 1);
        expect(at).toMatch(/\b(first|last|channelMembers|typingIndicatorTimeout): $/);
        await assertAlive(url);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// ---- mutations ----

type Path = readonly string[];
type Fields = ReadonlyArray<readonly [Path, FieldKind]>;

const CHANNEL_NOTIFICATION: Fields = [
  [["enabled"], "boolean"],
  [["template"], "string"],
  [["sound"], "string"],
];

/** Every input field of the service settings, nested objects included, with its GraphQL kind. */
const SETTINGS_FIELDS: Fields = [
  [["clientMutationId"], "string"],
  [["defaultServiceRoleSid"], "id"],
  [["defaultChannelRoleSid"], "id"],
  [["defaultChannelCreatorRoleSid"], "id"],
  [["readStatusEnabled"], "boolean"],
  [["reachabilityEnabled"], "boolean"],
  [["typingIndicatorTimeout"], "int"],
  [["consumptionReportInterval"], "int"],
  [["notifications"], "object"],
  [["notifications", "logEnabled"], "boolean"],
  [["notifications", "newMessage"], "object"],
  ...CHANNEL_NOTIFICATION.map(([p, k]) => [["notifications", "newMessage", ...p], k] as const),
  [["notifications", "newMessage", "badgeCountEnabled"], "boolean"],
  ...["addedToChannel", "removedFromChannel", "invitedToChannel"].flatMap((kind) => [
    [["notifications", kind], "object"] as const,
    ...CHANNEL_NOTIFICATION.map(([p, k]) => [["notifications", kind, ...p], k] as const),
  ]),
  [["preWebhookUrl"], "string"],
  [["postWebhookUrl"], "string"],
  [["webhookMethod"], "enum"],
  [["webhookFilters"], "stringList"],
  [["limits"], "object"],
  [["limits", "channelMembers"], "int"],
  [["limits", "userChannels"], "int"],
  [["media"], "object"],
  [["media", "compatibilityMessage"], "string"],
  [["preWebhookRetryCount"], "int"],
  [["postWebhookRetryCount"], "int"],
];
const CREATE_FIELDS: Fields = [...SETTINGS_FIELDS, [["friendlyName"], "string"]];
const UPDATE_FIELDS: Fields = [...SETTINGS_FIELDS, [["sid"], "id"], [["friendlyName"], "string"]];
const DELETE_FIELDS: Fields = [
  [["clientMutationId"], "string"],
  [["sid"], "id"],
];

/** 1–4 fields of the input, each set to a hostile value (later paths may overwrite earlier ones). */
function fuzzedFields(fields: Fields): fc.Arbitrary<Array<{ path: Path; value: unknown }>> {
  const one = fc.constantFrom(...fields).chain(([path, kind]) => valueFor(kind).map((value) => ({ path, value })));
  return fc.array(one, { minLength: 1, maxLength: 4 });
}

function withFields(base: Record<string, unknown>, fuzzed: Array<{ path: Path; value: unknown }>): Record<string, unknown> {
  const input = structuredClone(base);
  for (const { path, value } of fuzzed) {
    let target = input;
    for (const key of path.slice(0, -1)) {
      if (typeof target[key] !== "object" || target[key] === null || Array.isArray(target[key])) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[path.at(-1)!] = value;
  }
  return input;
}

interface UserErrorShape {
  field: string[] | null;
  message: string;
  code: string;
}
interface PayloadShape {
  clientMutationId: string | null;
  userErrors: UserErrorShape[];
  service?: { sid: string } | null;
  deletedServiceSid?: string | null;
}

/**
 * The checks of a mutation response: errors name a fuzzed field (NOT_FOUND only for a
 * well-formed SID), and every userError's `field` lies inside one of the fuzzed paths.
 */
async function sendMutation(
  name: string,
  inputType: string,
  input: Record<string, unknown>,
  fuzzed: Array<{ path: Path; value: unknown }>,
  selection: string,
): Promise<PayloadShape | null> {
  const names = [...new Set(fuzzed.flatMap(({ path }) => path)), "input"];
  const sidWellFormed = typeof input.sid === "string" ? SERVICE_SID.test(input.sid) : typeof input.sid === "number";
  const response = await send(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { clientMutationId userErrors { field message code } ${selection} } }`,
    { input },
    names,
    sidWellFormed ? ["NOT_FOUND"] : [],
  );
  if (response.body.errors?.length) {
    // "input" alone is too vague: an error must also name something inside it.
    for (const error of response.body.errors) {
      if (error.extensions?.code === "NOT_FOUND") continue;
      const inner = names.filter((n) => n !== "input");
      expect(
        inner.some((n) => error.message.includes(n)),
        `error names a fuzzed field: ${error.message.slice(0, 300)}`,
      ).toBe(true);
    }
    return null;
  }
  const payload = response.body.data![name] as PayloadShape;
  for (const userError of payload.userErrors) {
    expect(userError.field, `userError names a field: ${JSON.stringify(userError)}`).not.toBeNull();
    const field = userError.field!;
    expect(field[0]).toBe("input");
    const inside = fuzzed.some(
      ({ path }) => path.every((key, i) => field[i + 1] === key) || field.slice(1).every((key, i) => path[i] === key),
    );
    expect(
      inside,
      `userError ${JSON.stringify(userError)} points into a fuzzed field (${fuzzed.map((f) => f.path.join(".")).join(", ")})`,
    ).toBe(true);
    expect(userError.message.length).toBeGreaterThan(0);
  }
  // The echo is exact, whatever the text, up to its bound; past it, null beside a TOO_LONG userError.
  if (typeof input.clientMutationId === "string") {
    const fits = [...input.clientMutationId].length <= CLIENT_MUTATION_ID_MAX;
    expect(payload.clientMutationId).toBe(fits ? input.clientMutationId : null);
    if (!fits)
      expect(payload.userErrors).toContainEqual(expect.objectContaining({ field: ["input", "clientMutationId"], code: "TOO_LONG" }));
  }
  return payload;
}

describe("mutation inputs", () => {
  it("createService: every input field", async () => {
    await fc.assert(
      fc.asyncProperty(fuzzedFields(CREATE_FIELDS), async (fuzzed) => {
        const input = withFields({ friendlyName: "fuzzed create" }, fuzzed);
        const payload = await sendMutation("createService", "CreateServiceInput", input, fuzzed, "service { sid friendlyName }");
        if (!payload) return;
        if (payload.userErrors.length === 0) {
          expect(payload.service?.sid).toMatch(SERVICE_SID);
          // Keep the data set small: later list queries stay cheap.
          await postRaw(url, `mutation($sid: ID!) { deleteService(input: { sid: $sid }) { deletedServiceSid } }`, {
            sid: payload.service!.sid,
          });
        } else {
          expect(payload.service ?? null).toBeNull();
        }
      }),
      { numRuns: NUM_RUNS * 2 },
    );
    expectOutcomes("accepted", "userError:", "error:BAD_USER_INPUT");
  });

  it("updateService: every input field", async () => {
    await fc.assert(
      fc.asyncProperty(fuzzedFields(UPDATE_FIELDS), async (fuzzed) => {
        const input = withFields({ sid: serviceSid }, fuzzed);
        const payload = await sendMutation("updateService", "UpdateServiceInput", input, fuzzed, "service { sid friendlyName }");
        if (payload && payload.userErrors.length === 0) expect(payload.service?.sid).toBe(input.sid);
      }),
      { numRuns: NUM_RUNS * 2 },
    );
    expectOutcomes("accepted", "userError:", "error:BAD_USER_INPUT");
  });

  it("deleteService: every input field", async () => {
    await fc.assert(
      fc.asyncProperty(fuzzedFields(DELETE_FIELDS), async (fuzzed) => {
        const created = await postRaw(url, `mutation { createService(input: { friendlyName: "to delete" }) { service { sid } } }`);
        const sid = (created.body.data!.createService as { service: { sid: string } }).service.sid;
        const input = withFields({ sid }, fuzzed);
        const payload = await sendMutation("deleteService", "DeleteServiceInput", input, fuzzed, "deletedServiceSid deletedServiceId");
        if (payload && payload.userErrors.length === 0) expect(payload.deletedServiceSid).toBe(input.sid);
        if (input.sid !== sid)
          await postRaw(url, `mutation($sid: ID!) { deleteService(input: { sid: $sid }) { deletedServiceSid } }`, { sid });
      }),
      { numRuns: NUM_RUNS },
    );
    expectOutcomes("accepted", "userError:", "error:BAD_USER_INPUT");
  });

  it("mutations with a whole input of the wrong type, or none", async () => {
    const mutations = fc.constantFrom(
      ["createService", "CreateServiceInput"],
      ["updateService", "UpdateServiceInput"],
      ["deleteService", "DeleteServiceInput"],
    );
    await fc.assert(
      fc.asyncProperty(mutations, fc.oneof(anyJson, fc.constant(undefined)), async ([name, type], input) => {
        await send(`mutation($input: ${type}!) { ${name}(input: $input) { userErrors { field } } }`, input === undefined ? {} : { input }, [
          "input",
          "friendlyName",
          "sid",
        ]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("the service used as a fuzzing target is still readable afterwards", async () => {
    const response = await postRaw(
      url,
      `query($sid: ID!) { service(sid: $sid) { sid defaultServiceRole { sid } roles { nodes { sid } } } }`,
      { sid: serviceSid },
    );
    expect(response.body.errors).toBeUndefined();
    expect((response.body.data!.service as { sid: string }).sid).toBe(serviceSid);
  });
});
