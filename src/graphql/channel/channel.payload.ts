import { Field, ID, ObjectType } from "type-graphql";
import { MutationPayload } from "../mutation/mutation.payload.js";
import { Channel } from "./channel.type.js";

@ObjectType()
export class CreateChannelPayload extends MutationPayload {
  @Field(() => Channel, { nullable: true, description: "The new channel; null when it was not created." })
  channel!: Channel | null;
}

@ObjectType()
export class UpdateChannelPayload extends MutationPayload {
  @Field(() => Channel, { nullable: true, description: "The channel as it is after the update; null when nothing was changed." })
  channel!: Channel | null;
}

@ObjectType()
export class DeleteChannelPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "SID of the deleted channel." })
  deletedChannelSid!: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the deleted channel, to evict it from client caches." })
  deletedChannelId!: string | null;
}
