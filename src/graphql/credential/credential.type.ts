import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../node/node.interface.js";
import { DateTime } from "../date-time.scalar.js";

export enum PushService {
  APN = "apn",
  FCM = "fcm",
  GCM = "gcm",
}

registerEnumType(PushService, {
  name: "PushService",
  description: "A push notification service: APN (Apple), FCM (Firebase Cloud Messaging), GCM (Google Cloud Messaging, FCM's predecessor).",
});

/** No field holds a secret: certificates, private keys, API keys and secrets are write-only. */
@ObjectType({ implements: Node, description: "Account-level push credentials (secrets are write-only: never returned)." })
export class Credential extends Node {
  @Field(() => ID)
  sid!: string;

  @Field(() => String)
  accountSid!: string;

  @Field(() => String, { nullable: true })
  friendlyName!: string | null;

  @Field(() => PushService, { nullable: true })
  type!: PushService | null;

  @Field(() => Boolean, { nullable: true, description: "APN only: whether notifications go to Apple's sandbox; null for the others." })
  sandbox!: boolean | null;

  @Field(() => DateTime, { nullable: true })
  dateCreated!: Date | null;

  @Field(() => DateTime, { nullable: true })
  dateUpdated!: Date | null;

  @Field(() => String, { nullable: true, description: "The Credential's REST resource URL upstream." })
  url!: string | null;
}
