import { Field, ObjectType } from "type-graphql";

/** Stable codes of `UserError.code`; clients may switch on them. */
export enum UserErrorCode {
  REQUIRED = "REQUIRED",
  INVALID_FORMAT = "INVALID_FORMAT",
  INVALID_SID = "INVALID_SID",
  INVALID_URL = "INVALID_URL",
  OUT_OF_RANGE = "OUT_OF_RANGE",
  TOO_LONG = "TOO_LONG",
  /** The upstream rejected a value (a Twilio 400); the message is Twilio's. */
  REJECTED_BY_UPSTREAM = "REJECTED_BY_UPSTREAM",
  /** A unique name or identity is taken, or the identity is already a member or invited. */
  ALREADY_EXISTS = "ALREADY_EXISTS",
  /** A count limit of the service (members per channel, channels per user) was reached. */
  LIMIT_EXCEEDED = "LIMIT_EXCEEDED",
  /** The service was created, but applying its settings failed, so it was deleted again. */
  CREATE_ROLLED_BACK = "CREATE_ROLLED_BACK",
  /** The service was created but its settings could not be applied, and deleting it failed too. */
  CREATE_INCOMPLETE = "CREATE_INCOMPLETE",
}

@ObjectType({ description: "A problem with the input of a mutation, to show next to the field it names." })
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field, e.g. ["input", "limits", "channelMembers"]; null when no single field is at fault.',
  })
  field!: string[] | null;

  @Field(() => String)
  message!: string;

  @Field(() => String, { description: `Stable machine-readable code: ${Object.values(UserErrorCode).join(", ")}.` })
  code!: string;
}

export function userError(field: string[] | null, code: UserErrorCode, message: string): UserError {
  return Object.assign(new UserError(), { field, code, message });
}
