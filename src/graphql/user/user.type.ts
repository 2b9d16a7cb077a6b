import { Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface.js";
import { ServiceResource } from "../node/service-resource.type.js";

@ObjectType({ implements: Node, description: "A person (an identity) in a service: message authors, channel members, channel creators." })
export class User extends ServiceResource {
  /** Raw upstream attributes (JSON text); resolved by UserResolver.attributes. */
  attributesRaw!: string | null;

  @Field(() => String, { nullable: true })
  friendlyName!: string | null;

  @Field(() => ID, { nullable: true, description: "SID of the user's service role." })
  roleSid!: string | null;

  @Field(() => String, { description: "The identity the user is known by in the service (unique there)." })
  identity!: string;

  @Field(() => Boolean, { nullable: true, description: "Null unless the service has reachability enabled." })
  isOnline!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Null unless the service has reachability enabled." })
  isNotifiable!: boolean | null;

  @Field(() => Int, { nullable: true })
  joinedChannelsCount!: number | null;

  @Field(() => String, { nullable: true, description: "The User's REST resource URL upstream." })
  url!: string | null;
}
