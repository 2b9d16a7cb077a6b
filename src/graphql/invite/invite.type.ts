import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface.js";
import { ServiceResource } from "../node/service-resource.type.js";

@ObjectType({ implements: Node, description: "An invitation of a user (by identity) to a channel; joining takes it up." })
export class Invite extends ServiceResource {
  @Field(() => ID)
  channelSid!: string;

  @Field(() => String)
  identity!: string;

  @Field(() => ID, { nullable: true, description: "The channel role the invitee gets on joining." })
  roleSid!: string | null;

  @Field(() => String, { nullable: true, description: "Identity of whoever invited (null through the REST API)." })
  createdBy!: string | null;

  @Field(() => String, { nullable: true, description: "The Invite's REST resource URL upstream." })
  url!: string | null;
}
