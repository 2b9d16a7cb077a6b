import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../node/node.interface.js";
import { ServiceResource } from "../node/service-resource.type.js";

export enum RoleType {
  CHANNEL = "channel",
  DEPLOYMENT = "deployment",
}

registerEnumType(RoleType, {
  name: "RoleType",
  description: "What a role applies to: a channel's members, or the whole service (deployment).",
});

@ObjectType({ implements: Node, description: "A set of permissions a user holds in a service or a channel." })
export class Role extends ServiceResource {
  @Field(() => String, { nullable: true })
  friendlyName!: string | null;

  @Field(() => RoleType, { nullable: true })
  type!: RoleType | null;

  @Field(() => [String])
  permissions!: string[];

  @Field(() => String, { nullable: true, description: "The Role's REST resource URL upstream." })
  url!: string | null;
}
