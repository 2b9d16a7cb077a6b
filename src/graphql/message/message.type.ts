import { Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface.js";
import { ServiceResource } from "../node/service-resource.type.js";

@ObjectType({ implements: Node, description: "A message in a channel." })
export class Message extends ServiceResource {
  @Field(() => ID)
  channelSid!: string;

  /** Raw upstream attributes (JSON text); resolved by MessageResolver.attributes. */
  attributesRaw!: string | null;

  /** Raw upstream media (an object or null); resolved as JSON. */
  mediaRaw!: unknown;

  @Field(() => String, { nullable: true, description: "Identity of the author (`system` when sent through the REST API without one)." })
  from!: string | null;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => Int, { nullable: true, description: "Position in the channel: increasing, never reused." })
  index!: number | null;

  @Field(() => String, { nullable: true, description: "`text` or `media`." })
  type!: string | null;

  @Field(() => Boolean, { nullable: true })
  wasEdited!: boolean | null;

  @Field(() => String, { nullable: true, description: "Identity of whoever last updated it." })
  lastUpdatedBy!: string | null;

  @Field(() => String, { nullable: true, description: "The Message's REST resource URL upstream." })
  url!: string | null;
}
