import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { Fetches } from "../cost/upstream-cost.js";
import { runMutation } from "../mutation/mutation.run.js";
import { CreateRoleInput, DeleteRoleInput, UpdateRoleInput } from "./role.input.js";
import { CreateRolePayload, DeleteRolePayload, UpdateRolePayload } from "./role.payload.js";
import { ROLE_PERMISSIONS } from "./role.permissions.js";
import * as roleOps from "./role.service.js";
import { Role, RoleType } from "./role.type.js";

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => [String], { description: "The permissions a role of this type can hold (what createRole and updateRole accept), sorted." })
  rolePermissions(@Arg("type", () => RoleType) type: RoleType): readonly string[] {
    return ROLE_PERMISSIONS[type];
  }

  @Mutation(() => CreateRolePayload, { description: "Creates a role in a service." })
  @Fetches(1)
  createRole(@Arg("input", () => CreateRoleInput) input: CreateRoleInput, @Ctx() context: GraphQLContext): Promise<CreateRolePayload> {
    return runMutation(input, { role: null }, () => roleOps.createRole(context, input));
  }

  @Mutation(() => UpdateRolePayload, {
    description: "Replaces a role's permissions (checked against the role's type before anything changes).",
  })
  @Fetches(2) // the role first (its type), then the update
  updateRole(@Arg("input", () => UpdateRoleInput) input: UpdateRoleInput, @Ctx() context: GraphQLContext): Promise<UpdateRolePayload> {
    return runMutation(input, { role: null }, () => roleOps.updateRole(context, input));
  }

  @Mutation(() => DeleteRolePayload, {
    description: "Deletes a role; one the service uses as a default is refused until another replaces it there.",
  })
  @Fetches(1)
  deleteRole(@Arg("input", () => DeleteRoleInput) input: DeleteRoleInput, @Ctx() context: GraphQLContext): Promise<DeleteRolePayload> {
    return runMutation(input, { deletedRoleSid: null, deletedRoleId: null }, () => roleOps.deleteRole(context, input));
  }
}
