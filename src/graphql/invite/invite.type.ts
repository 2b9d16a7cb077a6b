import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Node } from "../node/node.interface.js";

@ObjectType({ implements: Node, description: "An invitation of a user (by identity) to a channel; joining takes it up." })
export class Invite extends Node {
  @Field(() => ID)
  sid!: string;

  @Field(() => String)
  accountSid!: string;

  @Field(() => ID)
  channelSid!: string;

  @Field(() => ID)
  serviceSid!: string;

  @Field(() => String)
  identity!: string;

  @Field(() => DateTimeResolver, { nullable: true })
  dateCreated!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  dateUpdated!: Date | null;

  @Field(() => ID, { nullable: true, description: "The channel role the invitee gets on joining." })
  roleSid!: string | null;

  @Field(() => String, { nullable: true, description: "Identity of whoever invited (null through the REST API)." })
  createdBy!: string | null;

  @Field(() => String, { nullable: true, description: "The Invite's REST resource URL upstream." })
  url!: string | null;
}
