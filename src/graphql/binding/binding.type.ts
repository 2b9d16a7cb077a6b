import { Field, ID, ObjectType } from "type-graphql";
import { PushService } from "../credential/credential.type.js";
import { Node } from "../node/node.interface.js";
import { ServiceResource } from "../node/service-resource.type.js";

@ObjectType({
  implements: Node,
  description: "A device registered for push notifications of a user (made by Twilio's client SDKs, not by this API).",
})
export class Binding extends ServiceResource {
  @Field(() => String, { nullable: true, description: "Identity of the user the device belongs to." })
  identity!: string | null;

  @Field(() => String, { nullable: true, description: "The device's address at its push service." })
  endpoint!: string | null;

  @Field(() => PushService, { nullable: true })
  bindingType!: PushService | null;

  @Field(() => ID, { nullable: true, description: "SID of the push credentials (CR…) used to reach the device." })
  credentialSid!: string | null;

  @Field(() => [String], { description: "The Chat message types pushed to the device (`new_message`, `added_to_channel`, …)." })
  messageTypes!: string[];

  @Field(() => String, {
    nullable: true,
    description: "The Binding's REST resource URL upstream (under the service, or under the user it was listed by).",
  })
  url!: string | null;
}
