import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { ChatApiError, type ChatApiClient } from "../../chat-api/index.js";
import { CursorCodec } from "../connection/cursor.codec.js";
import { createContext } from "../context.js";
import { CreateCredentialInput, UpdateCredentialInput } from "./credential.input.js";
import { PushService } from "./credential.type.js";
import { runMutation } from "../mutation/mutation.run.js";
import { Refusal } from "../mutation/mutation.write.js";
import { createCredential, updateCredential } from "./credential.service.js";

const WALK = { maxPageSize: 100, maxPages: 50, cursors: new CursorCodec(null, 100) };
const SECRET = "very-secret-server-key-0123456789";

/** An upstream that answers every call with this error, quoting what it was sent. */
function refusing(status: number, twilioCode: number) {
  const client = {
    async one() {
      throw new ChatApiError({
        kind: "http",
        route: "POST /v2/Credentials",
        status,
        twilioCode,
        message: `Invalid ApiKey '${SECRET}' (base64 ${Buffer.from(SECRET).toString("base64")})`,
        moreInfo: `https://www.twilio.com/docs/errors/${twilioCode}?value=${encodeURIComponent(SECRET)}`,
      });
    },
  };
  return createContext(client as unknown as ChatApiClient, WALK);
}

describe("credential mutations scrub the secrets they sent from what the upstream says back", () => {
  it("in a userError (a Twilio 400)", async () => {
    const input = Object.assign(new CreateCredentialInput(), { type: PushService.GCM, apiKey: SECRET });
    const outcome = await runMutation(input, { credential: null }, () => createCredential(refusing(400, 20001), input));
    expect(outcome.credential).toBeNull();
    expect(outcome.userErrors).toHaveLength(1);
    expect(JSON.stringify(outcome)).not.toContain(SECRET);
    expect(JSON.stringify(outcome)).not.toContain(Buffer.from(SECRET).toString("base64").slice(0, 20));
  });

  it("in the Refusal itself, its message and stack included (should one ever be logged)", async () => {
    const input = Object.assign(new CreateCredentialInput(), { type: PushService.GCM, apiKey: SECRET });
    const thrown = await createCredential(refusing(400, 20001), input).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Refusal);
    const refusal = thrown as Refusal;
    expect(refusal.userErrors).toHaveLength(1);
    expect(`${refusal.message} ${refusal.stack} ${JSON.stringify(refusal.userErrors)}`).not.toContain(SECRET);
  });

  it("in a top-level error (a Twilio 403)", async () => {
    const input = Object.assign(new UpdateCredentialInput(), { sid: "CR" + "0".repeat(32), apiKey: SECRET });
    const thrown = await updateCredential(refusing(403, 20003), input).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions.code).toBe("FORBIDDEN");
    expect(JSON.stringify({ message: (thrown as GraphQLError).message, extensions: (thrown as GraphQLError).extensions })).not.toContain(
      SECRET,
    );
    expect(JSON.stringify((thrown as GraphQLError).extensions)).not.toContain(encodeURIComponent(SECRET));
  });
});
