import { Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface.js";
import { ServiceResource } from "../node/service-resource.type.js";
import { DateTime } from "../date-time.scalar.js";

@ObjectType({ implements: Node, description: "A user's membership of a channel, with their role and how far they have read." })
export class Member extends ServiceResource {
  @Field(() => ID)
  channelSid!: string;

  @Field(() => String)
  identity!: string;

  @Field(() => ID, { nullable: true })
  roleSid!: string | null;

  @Field(() => Int, { nullable: true, description: "Index of the last message the member has read; null before any read (read receipts)." })
  lastConsumedMessageIndex!: number | null;

  @Field(() => DateTime, { nullable: true })
  lastConsumptionTimestamp!: Date | null;

  @Field(() => String, { nullable: true, description: "The Member's REST resource URL upstream." })
  url!: string | null;

  /** Raw upstream attributes (JSON text); resolved by MemberResolver.attributes. */
  attributesRaw!: string | null;
}
