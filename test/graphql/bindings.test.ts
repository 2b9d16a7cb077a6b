// Push bindings end to end: seeded as Twilio's SDKs would make them (the emulator's admin route),
// listed by service (filtered by identity and push service) and by user, with their users and
// credentials, and deleted.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateCredentialDocument,
  DeleteBindingDocument,
  ServiceBindingsDocument,
  UpdateServiceDocument,
  UserDevicesDocument,
} from "../../examples/client/graphql.js";
import { ACCOUNT, createService, dataOf, postGraphQL, startHarness, type Harness } from "./harness.js";

let harness: Harness;
let service: string;
let credential: string;
const seeded: Record<string, string> = {};

/** A binding as a device registering through a Twilio SDK would make it (emulator-only route). */
async function seed(serviceSid: string, identity: string, bindingType: string, endpoint: string, credentialSid?: string): Promise<string> {
  const form = new URLSearchParams({
    Identity: identity,
    BindingType: bindingType,
    Endpoint: endpoint,
    ...(credentialSid ? { CredentialSid: credentialSid } : {}),
  });
  const response = await fetch(`${harness.emulator.url}/emulator/v1/Services/${serviceSid}/Bindings`, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${ACCOUNT.accountSid}:${ACCOUNT.authToken}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: form,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { sid: string }).sid;
}

beforeAll(async () => {
  harness = await startHarness();
  service = await createService(harness, { friendlyName: "push", reachabilityEnabled: true });
  credential = dataOf(
    await harness.execute(CreateCredentialDocument, {
      input: { type: "FCM", friendlyName: "android", secret: "fcm-server-key-for-bindings" },
    }),
  ).createCredential.credential!.sid;
  seeded.annPhone = await seed(service, "ann", "fcm", "ann-phone", credential);
  seeded.annTablet = await seed(service, "ann", "fcm", "ann-tablet", credential);
  seeded.annMac = await seed(service, "ann", "apn", "ann-mac");
  seeded.benPhone = await seed(service, "ben", "gcm", "ben-phone");
});
afterAll(() => harness.close());

const endpoints = (nodes: Array<{ endpoint: string | null }>) => nodes.map((node) => node.endpoint);

describe("bindings", () => {
  it("lists a service's bindings, filtered by identity and by push service", async () => {
    const list = async (identities?: string[], bindingTypes?: Array<"APN" | "FCM" | "GCM">) =>
      dataOf(await harness.execute(ServiceBindingsDocument, { service, identities, bindingTypes })).service!.bindings.edges.map(
        (edge) => edge.node,
      );
    const all = await list();
    expect(endpoints(all)).toEqual(["ann-phone", "ann-tablet", "ann-mac", "ben-phone"]);
    expect(all[0]).toMatchObject({
      identity: "ann",
      bindingType: "FCM",
      credentialSid: credential,
      messageTypes: expect.arrayContaining(["new_message"]),
      user: { identity: "ann" },
    });
    expect(endpoints(await list(["ben"]))).toEqual(["ben-phone"]);
    expect(endpoints(await list(undefined, ["FCM", "GCM"]))).toEqual(["ann-phone", "ann-tablet", "ben-phone"]);
    expect(endpoints(await list(["ann"], ["APN"]))).toEqual(["ann-mac"]);
  });

  it("lists a user's devices with their credentials: one credential fetch however many devices use it", async () => {
    const requests = await harness.countUpstream(async () => {
      const ann = dataOf(await harness.execute(UserDevicesDocument, { service, identity: "ann" })).service!.user!;
      expect(ann.isNotifiable).toBe(true); // reachability is on, and ann has bindings
      expect(ann.bindings.nodes.map((node) => [node.endpoint, node.credential?.friendlyName ?? null])).toEqual([
        ["ann-phone", "android"],
        ["ann-tablet", "android"],
        ["ann-mac", null],
      ]);
    });
    // The service is not fetched (nothing of it is read); the user is, for isNotifiable.
    expect(requests.map((request) => request.path)).toEqual([
      `/v2/Services/${service}/Users/ann`,
      expect.stringMatching(/\/Users\/US\w{32}\/Bindings$/),
      `/v2/Credentials/${credential}`,
    ]);
    const apn = dataOf(await harness.execute(UserDevicesDocument, { service, identity: "ann", bindingTypes: ["APN"] })).service!.user!
      .bindings.nodes;
    expect(endpoints(apn)).toEqual(["ann-mac"]);
  });

  it("deletes a binding: gone from both lists and from node(id:); deleting it again is NOT_FOUND", async () => {
    const before = dataOf(await harness.execute(ServiceBindingsDocument, { service, identities: ["ben"] })).service!.bindings.edges[0]!
      .node;
    const deleted = dataOf(
      await harness.execute(DeleteBindingDocument, { input: { serviceSid: service, sid: seeded.benPhone! } }),
    ).deleteBinding;
    expect(deleted).toEqual({ userErrors: [], deletedBindingSid: seeded.benPhone, deletedBindingId: before.id });
    expect(dataOf(await harness.execute(ServiceBindingsDocument, { service, identities: ["ben"] })).service!.bindings.edges).toEqual([]);
    const ben = dataOf(await harness.execute(UserDevicesDocument, { service, identity: "ben" })).service!.user!;
    expect(ben).toMatchObject({ isNotifiable: false, bindings: { nodes: [] } });
    const gone = await postGraphQL(harness.chatql.graphqlUrl, `{ node(id: "${before.id}") { id } }`);
    expect(gone.data).toEqual({ node: null });
    const again = await harness.execute(DeleteBindingDocument, { input: { serviceSid: service, sid: seeded.benPhone! } });
    expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("refuses a malformed binding SID and over-long identities before any upstream call", async () => {
    const requests = await harness.countUpstream(async () => {
      const payload = dataOf(await harness.execute(DeleteBindingDocument, { input: { serviceSid: service, sid: "BS42" } })).deleteBinding;
      expect(payload.userErrors).toEqual([expect.objectContaining({ field: ["input", "sid"], code: "INVALID_SID" })]);
      const listed = await harness.execute(ServiceBindingsDocument, { service, identities: ["x".repeat(257)] });
      expect(listed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "identities" });
    });
    expect(requests.filter((request) => request.path.includes("/Bindings"))).toEqual([]);
  });

  it("node(id:) refetches a binding, whichever list it came from", async () => {
    const fromUser = dataOf(await harness.execute(UserDevicesDocument, { service, identity: "ann" })).service!.user!.bindings.nodes[0]!;
    const response = await postGraphQL<{ node: { __typename: string; id: string; endpoint: string } }, never>(
      harness.chatql.graphqlUrl,
      `{ node(id: "${fromUser.id}") { __typename id ... on Binding { endpoint } } }`,
    );
    expect(dataOf(response).node).toEqual({ __typename: "Binding", id: fromUser.id, endpoint: "ann-phone" });
  });
});

describe("bindings of a service without reachability", () => {
  it("leave isNotifiable null, as Twilio documents", async () => {
    const plain = await createService(harness, { friendlyName: "plain" });
    await seed(plain, "cid", "gcm", "cid-phone");
    const cid = dataOf(await harness.execute(UserDevicesDocument, { service: plain, identity: "cid" })).service!.user!;
    expect(cid).toMatchObject({ isNotifiable: null, bindings: { nodes: [expect.objectContaining({ endpoint: "cid-phone" })] } });
    expect(
      dataOf(await harness.execute(UpdateServiceDocument, { input: { sid: plain, reachabilityEnabled: true } })).updateService.userErrors,
    ).toEqual([]);
    expect(dataOf(await harness.execute(UserDevicesDocument, { service: plain, identity: "cid" })).service!.user!.isNotifiable).toBe(true);
  });
});
