import { Field, ID, ObjectType } from "type-graphql";
import { MutationPayload } from "../mutation/mutation.payload.js";
import { User } from "./user.type.js";

@ObjectType()
export class CreateUserPayload extends MutationPayload {
  @Field(() => User, { nullable: true, description: "The new user; null when none was made." })
  user!: User | null;
}

@ObjectType()
export class UpdateUserPayload extends MutationPayload {
  @Field(() => User, { nullable: true, description: "The user after the update; null when nothing was changed." })
  user!: User | null;
}

@ObjectType()
export class DeleteUserPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "SID of the deleted user." })
  deletedUserSid!: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the deleted user, to evict it from client caches." })
  deletedUserId!: string | null;
}
