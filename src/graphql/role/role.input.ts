import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, Matches, MinLength, ValidateBy } from "class-validator";
import { ROLE_SID_PATTERN } from "../../sids.js";
import { ServiceScopedInput, MaxChars } from "../mutation/mutation.input.js";
import { notPermissionsMessage, permissionsNotOf } from "./role.permissions.js";
import { RoleType } from "./role.type.js";
import { PERMISSIONS_MAX, ROLE_NAME_MAX } from "../../twilio/chat-v2.limits.js";

/** Every permission one its role's type can hold (checked where the input names the type). */
const OfTheRoleType = () =>
  ValidateBy({
    name: "permissionsOfType",
    validator: {
      validate: (value: unknown, args) => {
        const type = (args?.object as { type?: RoleType }).type;
        return !Array.isArray(value) || type === undefined || permissionsNotOf(type, value as string[]).length === 0;
      },
      defaultMessage: (args) => {
        const type = (args?.object as { type: RoleType }).type;
        return notPermissionsMessage(type, permissionsNotOf(type, args?.value as string[]));
      },
    },
  });

@InputType({ description: "A new role in a service; its permissions must be ones its type can hold (see `rolePermissions`)." })
export class CreateRoleInput extends ServiceScopedInput {
  @Field(() => String)
  @MinLength(1)
  @MaxChars(ROLE_NAME_MAX)
  friendlyName!: string;

  @Field(() => RoleType, {
    description: "CHANNEL (a member's role in a channel) or DEPLOYMENT (a user's role in the service); cannot change later.",
  })
  type!: RoleType;

  @Field(() => [String], { description: `1 to ${PERMISSIONS_MAX} permissions; repeats count once.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(PERMISSIONS_MAX)
  @OfTheRoleType()
  permissions!: string[];
}

@InputType({ description: "A role's new set of permissions (it replaces the old one)." })
export class UpdateRoleInput extends ServiceScopedInput {
  @Field(() => ID, { description: "The role's SID (RL…)." })
  @Matches(ROLE_SID_PATTERN)
  sid!: string;

  @Field(() => [String], { description: `1 to ${PERMISSIONS_MAX} permissions of the role's type; repeats count once.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(PERMISSIONS_MAX)
  permissions!: string[];
}

@InputType({
  description: "The role to delete. A role the service uses as a default cannot be deleted until another one replaces it there.",
})
export class DeleteRoleInput extends ServiceScopedInput {
  @Field(() => ID, { description: "The role's SID (RL…)." })
  @Matches(ROLE_SID_PATTERN)
  sid!: string;
}
