import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../node/node.interface.js";
import { ServiceResource } from "../node/service-resource.type.js";

export enum ChannelType {
  PUBLIC = "public",
  PRIVATE = "private",
}

registerEnumType(ChannelType, {
  name: "ChannelType",
  description: "Who can see and join a channel: anyone in the service, or members and invitees.",
});

@ObjectType({ implements: Node, description: "A conversation in a service: its members, messages, invites and webhooks." })
export class Channel extends ServiceResource {
  @Field(() => String, { nullable: true })
  friendlyName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Unique in its service; mutation inputs take it in place of the channel's SID, and Service.channel(uniqueName:) finds it.",
  })
  uniqueName!: string | null;

  /** Raw upstream attributes (JSON text); resolved by ChannelResolver.attributes. */
  attributesRaw!: string | null;

  @Field(() => ChannelType, { nullable: true })
  type!: ChannelType | null;

  @Field(() => String, { nullable: true, description: "Identity of the channel's creator (`system` when made through the REST API)." })
  createdBy!: string | null;

  @Field(() => Int, { nullable: true })
  membersCount!: number | null;

  @Field(() => Int, { nullable: true })
  messagesCount!: number | null;

  @Field(() => String, { nullable: true, description: "The Channel's REST resource URL upstream." })
  url!: string | null;
}
