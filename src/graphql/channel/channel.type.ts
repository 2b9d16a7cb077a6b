import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Node } from "../node/node.interface.js";

export enum ChannelType {
  PUBLIC = "public",
  PRIVATE = "private",
}

registerEnumType(ChannelType, { name: "ChannelType", description: "Who can see and join a channel: anyone in the service, or members and invitees." });

@ObjectType({ implements: Node, description: "A conversation in a service: its members, messages, invites and webhooks." })
export class Channel extends Node {
  @Field(() => ID)
  sid!: string;

  @Field(() => String)
  accountSid!: string;

  @Field(() => ID)
  serviceSid!: string;

  @Field(() => String, { nullable: true })
  friendlyName!: string | null;

  @Field(() => String, { nullable: true, description: "Unique in its service; usable wherever a channel SID is." })
  uniqueName!: string | null;

  /** Raw upstream attributes (JSON text); resolved by ChannelResolver.attributes. */
  attributesRaw!: string | null;

  @Field(() => ChannelType, { nullable: true })
  type!: ChannelType | null;

  @Field(() => DateTimeResolver, { nullable: true })
  dateCreated!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  dateUpdated!: Date | null;

  @Field(() => String, { nullable: true, description: "Identity of the channel's creator (`system` when made through the REST API)." })
  createdBy!: string | null;

  @Field(() => Int, { nullable: true })
  membersCount!: number | null;

  @Field(() => Int, { nullable: true })
  messagesCount!: number | null;

  @Field(() => String, { nullable: true, description: "The Channel's REST resource URL upstream." })
  url!: string | null;
}
