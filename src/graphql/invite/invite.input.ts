import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Matches, MinLength } from "class-validator";
import { INVITE_SID_PATTERN, ROLE_SID_PATTERN } from "../../sids.js";
import { Addressable, MaxChars } from "../mutation/mutation.input.js";
import { ChannelScopedInput } from "../member/member.input.js";
import { IDENTITY_MAX } from "../../twilio/chat-v2.limits.js";

@InputType({ description: "An invitation of a user (by identity) to a channel." })
export class CreateInviteInput extends ChannelScopedInput {
  @Field(() => String)
  @MinLength(1)
  @MaxChars(IDENTITY_MAX)
  @Addressable()
  identity!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The channel role (RL…) the invitee gets on joining; default: the service's default channel role.",
  })
  @IsOptional()
  @Matches(ROLE_SID_PATTERN)
  roleSid?: string;
}

@InputType({ description: "The invitation to withdraw." })
export class DeleteInviteInput extends ChannelScopedInput {
  @Field(() => ID, { description: "The invite's SID (IN…)." })
  @Matches(INVITE_SID_PATTERN)
  sid!: string;
}
