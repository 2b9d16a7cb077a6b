// What the inputs of mutations share: the Relay clientMutationId, the service they act in, the
// `X-Twilio-Webhook-Enabled` flag where the spec has that header, and checks on JSON attributes
// and on names (not shaped like a SID, and reachable by URL).

import { Field, ID, InputType } from "type-graphql";
import { buildMessage, Matches, ValidateBy, type ValidationOptions } from "class-validator";
import { SERVICE_SID_PATTERN, sidPattern, type SidPrefix } from "../../sids.js";
import { ATTRIBUTES_MAX_BYTES, longerThan } from "../../twilio/chat-v2.limits.js";

/**
 * Relay's clientMutationId: an opaque token a caller matches answers by, short in practice. Bounded
 * so that it cannot make a payload echo back a large value (only the request body bound held it).
 */
export const CLIENT_MUTATION_ID_MAX = 256;

/** The `clientMutationId` field of every mutation input: echoed back in the payload when within its bound. */
export function ClientMutationIdField(): PropertyDecorator {
  return (prototype, property) => {
    Field(() => String, {
      nullable: true,
      description: `Echoed back in the payload (Relay convention); at most ${CLIENT_MUTATION_ID_MAX} characters.`,
    })(prototype, property);
    MaxChars(CLIENT_MUTATION_ID_MAX)(prototype, property);
  };
}

@InputType("ServiceScopedInput")
export abstract class ServiceScopedInput {
  @ClientMutationIdField()
  clientMutationId?: string;

  @Field(() => ID, { description: "The service (IS…) the object lives in." })
  @Matches(SERVICE_SID_PATTERN)
  serviceSid!: string;
}

/** Twilio's `X-Twilio-Webhook-Enabled` header: whether this REST action fires the service's webhooks. */
export const WEBHOOK_ENABLED_DESCRIPTION =
  "Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API.";

export function webhookHeader(enabled: boolean | null | undefined): { "X-Twilio-Webhook-Enabled"?: "true" | "false" } {
  return enabled === undefined || enabled === null ? {} : { "X-Twilio-Webhook-Enabled": enabled ? "true" : "false" };
}

/**
 * Text of at most `max` characters, counted as the emulator counts them (code points: an emoji is
 * one, and so is each variation selector, which class-validator's MaxLength leaves out). A
 * failure is a `maxLength` one, so it reads as TOO_LONG.
 */
export function MaxChars(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "maxLength",
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value !== "string" || !longerThan(value, max),
        defaultMessage: buildMessage((each) => `${each}$property must be at most ${max} characters`, options),
      },
    },
    options,
  );
}

/** JSON whose text fits Twilio's attributes bound. */
export function FitsAttributes(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "maxLength",
      validator: {
        validate: (value: unknown) =>
          value === undefined || value === null || Buffer.byteLength(JSON.stringify(value) ?? "", "utf8") <= ATTRIBUTES_MAX_BYTES,
        defaultMessage: () => `attributes must be at most ${ATTRIBUTES_MAX_BYTES} bytes of JSON`,
      },
    },
    options,
  );
}

/** A name that must not look like a SID of `prefix` (Twilio refuses a unique name shaped like a channel SID). */
export function NotASid(prefix: SidPrefix, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "notASid",
      validator: {
        validate: (value: unknown) => typeof value !== "string" || !sidPattern(prefix).test(value),
        defaultMessage: (args) => `${args?.property ?? "value"} must not look like a SID (${prefix} and 32 hex digits)`,
      },
    },
    options,
  );
}

/**
 * A name that can be used in place of a SID: not `.` or `..`, which a URL path normalises away
 * (`/Channels/..` is the service), so chatql could never reach what they name.
 */
export function Addressable(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "addressable",
      validator: {
        validate: (value: unknown) => value !== "." && value !== "..",
        defaultMessage: (args) => `${args?.property ?? "value"} cannot be "." or "..": a URL could not name it`,
      },
    },
    options,
  );
}
