// What every resource inside a Chat service carries, declared once: each type (Channel, Member,
// Message, Invite, Role, User, Binding, ChannelWebhook) extends it and adds its own fields after
// these. TypeGraphQL inherits the fields; the abstract class itself is never in the schema.

import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "./node.interface.js";
import { DateTime } from "../date-time.scalar.js";

@ObjectType({ description: "A resource of a Chat service (never in the schema itself)." })
export abstract class ServiceResource extends Node {
  @Field(() => ID)
  sid!: string;

  @Field(() => String)
  accountSid!: string;

  @Field(() => ID)
  serviceSid!: string;

  @Field(() => DateTime, { nullable: true })
  dateCreated!: Date | null;

  @Field(() => DateTime, { nullable: true })
  dateUpdated!: Date | null;
}
