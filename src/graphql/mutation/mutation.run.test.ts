import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { ChatApiError, type ChatApiClient } from "../../chat-api/index.js";
import { CursorCodec } from "../connection/cursor.codec.js";
import { createContext } from "../context.js";
import { userError, UserErrorCode, type UserError } from "../errors/user-error.type.js";
import { CreateChannelInput } from "../channel/channel.input.js";
import { CLIENT_MUTATION_ID_MAX } from "./mutation.input.js";
import { runMutation } from "./mutation.run.js";
import { Refusal, written } from "./mutation.write.js";
import { CHANNEL_NAME_MAX } from "../../twilio/chat-v2.limits.js";

type Payload = { clientMutationId: string | null; userErrors: UserError[]; thing: string | null };

const input = (fields: Partial<CreateChannelInput>) =>
  Object.assign(new CreateChannelInput(), { serviceSid: "IS" + "0".repeat(32) }, fields);

/** A context whose client answers every write with `answer` (a resource, or an error thrown). */
function upstream(answer: unknown) {
  const client = {
    async one() {
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return createContext(client as unknown as ChatApiClient, { maxPageSize: 100, maxPages: 50, cursors: new CursorCodec(null, 100) });
}

const http = (status: number, message: string, twilioCode: number | null = null) =>
  new ChatApiError({ kind: "http", route: "POST /v2/Services/{ServiceSid}/Channels", status, twilioCode, message });

const run = (fields: Partial<CreateChannelInput>, service: () => Promise<{ thing: string }>) =>
  runMutation<Payload>(input(fields), { thing: null }, service);

describe("runMutation: what a payload carries for each way a service ends", () => {
  it("done: the service's fields, no userErrors, clientMutationId echoed", async () => {
    expect(await run({ clientMutationId: "m1" }, async () => ({ thing: "made" }))).toEqual({
      thing: "made",
      userErrors: [],
      clientMutationId: "m1",
    });
  });

  it("an input its rules refuse: the empty fields and its userErrors, and the service never runs", async () => {
    let ran = false;
    const payload = await run({ friendlyName: "x".repeat(CHANNEL_NAME_MAX + 1) }, async () => {
      ran = true;
      return { thing: "made" };
    });
    expect(ran).toBe(false);
    expect(payload.thing).toBeNull();
    expect(payload.userErrors.map((e) => [e.field, e.code])).toEqual([[["input", "friendlyName"], UserErrorCode.TOO_LONG]]);
    expect(payload.clientMutationId).toBeNull();
  });

  it.each([
    ["at its bound: echoed", CLIENT_MUTATION_ID_MAX, []],
    ["past its bound: a userError, and not echoed", CLIENT_MUTATION_ID_MAX + 1, [[["input", "clientMutationId"], UserErrorCode.TOO_LONG]]],
  ])("a clientMutationId %s", async (_name, length, errors) => {
    const id = "😀".repeat(length);
    const payload = await run({ clientMutationId: id }, async () => ({ thing: "made" }));
    expect(payload.userErrors.map((e) => [e.field, e.code])).toEqual(errors);
    expect(payload.clientMutationId).toBe(errors.length ? null : id);
    expect(payload.thing).toBe(errors.length ? null : "made");
  });

  it("a Refusal: the empty fields and the refusal's userErrors", async () => {
    const refusal = new Refusal([userError(["input", "type"], UserErrorCode.REQUIRED, "needed")]);
    expect(
      await run({ clientMutationId: "m2" }, async () => {
        throw refusal;
      }),
    ).toEqual({ thing: null, userErrors: refusal.userErrors, clientMutationId: "m2" });
  });

  it("any other failure is the operation's error", async () => {
    const failure = new GraphQLError("gone", { extensions: { code: "NOT_FOUND" } });
    await expect(
      run({}, async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
  });
});

describe("written: an upstream write's failure, classified", () => {
  const write = (answer: unknown) =>
    run({}, async () => {
      const channel = await written(upstream(answer), "CreateChannel", { path: { ServiceSid: "IS" + "0".repeat(32) } }, "No service IS0…");
      return { thing: channel.sid };
    });

  it.each([
    {
      name: "a 400 naming a form key: a userError on its input field",
      error: http(400, "Invalid UniqueName"),
      field: ["input", "uniqueName"],
    },
    {
      name: "a 409 with a Chat code: a userError on the field the code names",
      error: http(409, "taken", 50307),
      field: ["input", "uniqueName"],
    },
    { name: "a 403 count limit: a userError on no field", error: http(403, "limit", 50208), field: null },
  ])("$name", async ({ error, field }) => {
    const payload = await write(error);
    expect(payload.thing).toBeNull();
    expect(payload.userErrors).toHaveLength(1);
    expect(payload.userErrors[0]!.field).toEqual(field);
  });

  it.each([
    {
      name: "a 404: NOT_FOUND with the message that names the target",
      error: http(404, "not found", 20404),
      code: "NOT_FOUND",
      message: "No service IS0…",
    },
    { name: "a 500: the upstream's error", error: http(500, "boom"), code: "UPSTREAM_ERROR", message: undefined },
  ])("$name", async ({ error, code, message }) => {
    const thrown = await write(error).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions.code).toBe(code);
    if (message) expect((thrown as GraphQLError).message).toBe(message);
  });

  it("done: the resource the upstream answered", async () => {
    expect(await write({ sid: "CH1" })).toEqual({ thing: "CH1", userErrors: [], clientMutationId: null });
  });
});
