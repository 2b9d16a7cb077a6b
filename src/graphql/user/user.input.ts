import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Matches, MinLength } from "class-validator";
import { JSONResolver } from "graphql-scalars";
import { ROLE_SID_PATTERN } from "../../sids.js";
import {
  Addressable,
  FitsAttributes,
  NotASid,
  ServiceScopedInput,
  WEBHOOK_ENABLED_DESCRIPTION,
  MaxChars,
} from "../mutation/mutation.input.js";
import { IDENTITY_MAX, USER_NAME_MAX } from "../../twilio/chat-v2.limits.js";

/** What a user is, shared by create and update. */
@InputType("UserFieldsInput")
abstract class UserFieldsInput extends ServiceScopedInput {
  @Field(() => ID, {
    nullable: true,
    description: "A deployment (service) role of the service (RL…); default: the service's default service role.",
  })
  @IsOptional()
  @Matches(ROLE_SID_PATTERN)
  roleSid?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxChars(USER_NAME_MAX)
  friendlyName?: string;

  @Field(() => JSONResolver, { nullable: true, description: "Any JSON; null resets it to {}." })
  @FitsAttributes()
  attributes?: unknown;

  @Field(() => Boolean, { nullable: true, description: WEBHOOK_ENABLED_DESCRIPTION })
  webhookEnabled?: boolean;
}

@InputType({ description: "A new user (an identity) in a service." })
export class CreateUserInput extends UserFieldsInput {
  @Field(() => String, { description: "Unique in the service, case-sensitive, usable in place of the SID. Must not look like a user SID." })
  @MinLength(1)
  @MaxChars(IDENTITY_MAX)
  @NotASid("US")
  @Addressable()
  identity!: string;
}

@InputType({ description: "Changes to a user: role, friendly name, attributes. Unset fields stay as they are." })
export class UpdateUserInput extends UserFieldsInput {
  @Field(() => ID, { description: "The user's SID (US…) or identity." })
  @MinLength(1)
  @MaxChars(IDENTITY_MAX)
  sid!: string;
}

@InputType({ description: "The user to delete, with their memberships and push bindings." })
export class DeleteUserInput extends ServiceScopedInput {
  @Field(() => ID, { description: "The user's SID (US…) or identity." })
  @MinLength(1)
  @MaxChars(IDENTITY_MAX)
  sid!: string;
}
