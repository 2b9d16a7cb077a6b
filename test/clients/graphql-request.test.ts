// graphql-request against a real chatql in front of the emulator, on its defaults (POST with
// JSON, which Apollo's CSRF prevention accepts): a mutation, then a query of what it made, with
// the typed documents graphql-codegen generated.

import { GraphQLClient, request } from "graphql-request";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateServiceDocument, GetServiceDocument, ListServicesDocument } from "../../examples/client/graphql.js";
import { startHarness, type Harness } from "../graphql/harness.js";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe("graphql-request on its defaults", () => {
  it("runs a mutation and a query", async () => {
    const created = await request(harness.chatql.graphqlUrl, CreateServiceDocument, {
      input: { friendlyName: "graphql-request desk", limits: { channelMembers: 250 }, media: { compatibilityMessage: "see the app" } },
    });
    expect(created.createService.userErrors).toEqual([]);
    const sid = created.createService.service!.sid;

    const read = await request(harness.chatql.graphqlUrl, GetServiceDocument, { sid });
    expect(read.service).toMatchObject({
      sid,
      friendlyName: "graphql-request desk",
      limits: { channelMembers: 250 },
      media: { compatibilityMessage: "see the app" },
    });
  });

  it("reports GraphQL errors as a thrown ClientError with chatql's code", async () => {
    const client = new GraphQLClient(harness.chatql.graphqlUrl);
    const failed = await client.request(ListServicesDocument, { first: 0 }).catch((error: unknown) => error);
    expect(failed).toMatchObject({
      response: { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) })] },
    });
  });
});
