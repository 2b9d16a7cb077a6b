import { Field, ID, ObjectType } from "type-graphql";
import { MutationPayload } from "../mutation/mutation.payload.js";
import { Message } from "./message.type.js";

@ObjectType()
export class SendMessagePayload extends MutationPayload {
  @Field(() => Message, { nullable: true, description: "The message sent; null when it was not." })
  message!: Message | null;
}

@ObjectType()
export class UpdateMessagePayload extends MutationPayload {
  @Field(() => Message, { nullable: true, description: "The message after the update; null when nothing was changed." })
  message!: Message | null;
}

@ObjectType()
export class DeleteMessagePayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "SID of the deleted message." })
  deletedMessageSid!: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the deleted message, to evict it from client caches." })
  deletedMessageId!: string | null;
}
