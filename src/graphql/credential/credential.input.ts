// Inputs of the Credential mutations. The secrets (certificate, privateKey, apiKey, secret) are
// write-only: they go upstream and nowhere else (no response type has them, no check quotes them).

import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Matches, ValidateBy } from "class-validator";
import { CREDENTIAL_SID_PATTERN } from "../../sids.js";
import { PushService } from "./credential.type.js";
import { CREDENTIAL_KEY_MAX_BYTES, CREDENTIAL_NAME_MAX, CREDENTIAL_PEM_MAX_BYTES } from "../../twilio/chat-v2.limits.js";
import { ClientMutationIdField, MaxChars } from "../mutation/mutation.input.js";

/** The input fields that hold a secret: never echoed, quoted or logged (a test greps a whole run for them). */
export const CREDENTIAL_SECRET_FIELDS = ["certificate", "privateKey", "apiKey", "secret"] as const;

const WRITE_ONLY = "Write-only: stored upstream, never returned or logged.";

/** Present only for credentials of `type` (checked on create, where the type is known); required there. */
function SecretOf(type: PushService): PropertyDecorator {
  const required = ValidateBy({
    name: "isDefined",
    validator: {
      // An empty value is SecretText's to refuse.
      validate: (value: unknown, args) => (args?.object as { type?: PushService }).type !== type || value !== undefined,
      defaultMessage: (args) => `${args?.property ?? "value"} is required for ${type.toUpperCase()} credentials`,
    },
  });
  const onlyThere = OnlyFor(type);
  return (target, property) => {
    required(target, property);
    onlyThere(target, property);
  };
}

/** Refused on a credential of another type (Twilio would ignore it: likely a mix-up between services). */
function OnlyFor(type: PushService): PropertyDecorator {
  return ValidateBy({
    name: "onlyFor",
    validator: {
      validate: (value: unknown, args) => {
        const given = (args?.object as { type?: PushService }).type;
        return value === undefined || given === undefined || given === type;
      },
      defaultMessage: (args) => `${args?.property ?? "value"} is only for ${type.toUpperCase()} credentials`,
    },
  });
}

/** At most `max` bytes of UTF-8, and not empty; an absent value passes. The message never quotes the value. */
function SecretText(max: number): PropertyDecorator {
  const fits = ValidateBy({
    name: "maxLength",
    validator: {
      validate: (value: unknown) => typeof value !== "string" || Buffer.byteLength(value, "utf8") <= max,
      defaultMessage: (args) => `${args?.property ?? "value"} must be at most ${max} bytes`,
    },
  });
  const notEmpty = ValidateBy({
    name: "minLength",
    validator: {
      validate: (value: unknown) => value !== "",
      defaultMessage: (args) => `${args?.property ?? "value"} must not be empty`,
    },
  });
  return (target, property) => {
    fits(target, property);
    notEmpty(target, property);
  };
}

/** What create and update share: the name, the secrets and APN's sandbox flag. */
@InputType("CredentialFieldsInput")
abstract class CredentialFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxChars(CREDENTIAL_NAME_MAX)
  friendlyName?: string;

  @Field(() => String, { nullable: true, description: `APN: the certificate, PEM. ${WRITE_ONLY}` })
  @SecretOf(PushService.APN)
  @SecretText(CREDENTIAL_PEM_MAX_BYTES)
  certificate?: string;

  @Field(() => String, { nullable: true, description: `APN: the private key, PEM. ${WRITE_ONLY}` })
  @SecretOf(PushService.APN)
  @SecretText(CREDENTIAL_PEM_MAX_BYTES)
  privateKey?: string;

  @Field(() => Boolean, { nullable: true, description: "APN: send to Apple's sandbox (development) servers." })
  @OnlyFor(PushService.APN)
  sandbox?: boolean;

  @Field(() => String, { nullable: true, description: `GCM: the server API key. ${WRITE_ONLY}` })
  @SecretOf(PushService.GCM)
  @SecretText(CREDENTIAL_KEY_MAX_BYTES)
  apiKey?: string;

  @Field(() => String, { nullable: true, description: `FCM: the server key (Firebase's "Server key"). ${WRITE_ONLY}` })
  @SecretOf(PushService.FCM)
  @SecretText(CREDENTIAL_KEY_MAX_BYTES)
  secret?: string;
}

@InputType({ description: "New push credentials: APN needs certificate and privateKey, GCM apiKey, FCM secret." })
export class CreateCredentialInput extends CredentialFieldsInput {
  @Field(() => PushService, { description: "Cannot change later." })
  type!: PushService;
}

@InputType({ description: "Changes to push credentials (a new name, or rotated secrets). Unset fields stay as they are." })
export class UpdateCredentialInput extends CredentialFieldsInput {
  @Field(() => ID, { description: "The credential's SID (CR…)." })
  @Matches(CREDENTIAL_SID_PATTERN)
  sid!: string;
}

@InputType({ description: "The push credentials to delete." })
export class DeleteCredentialInput {
  @ClientMutationIdField()
  clientMutationId?: string;

  @Field(() => ID, { description: "The credential's SID (CR…)." })
  @Matches(CREDENTIAL_SID_PATTERN)
  sid!: string;
}
