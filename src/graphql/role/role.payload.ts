import { Field, ID, ObjectType } from "type-graphql";
import { MutationPayload } from "../mutation/mutation.payload.js";
import { Role } from "./role.type.js";

@ObjectType()
export class CreateRolePayload extends MutationPayload {
  @Field(() => Role, { nullable: true, description: "The new role; null when none was made." })
  role!: Role | null;
}

@ObjectType()
export class UpdateRolePayload extends MutationPayload {
  @Field(() => Role, { nullable: true, description: "The role with its new permissions; null when nothing was changed." })
  role!: Role | null;
}

@ObjectType()
export class DeleteRolePayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "SID of the deleted role." })
  deletedRoleSid!: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the deleted role, to evict it from client caches." })
  deletedRoleId!: string | null;
}
