import { Field, ID, ObjectType } from "type-graphql";
import { MutationPayload } from "../mutation/mutation.payload.js";
import { Credential } from "./credential.type.js";

@ObjectType()
export class CreateCredentialPayload extends MutationPayload {
  @Field(() => Credential, { nullable: true, description: "The new credential (without its secrets); null when none was made." })
  credential!: Credential | null;
}

@ObjectType()
export class UpdateCredentialPayload extends MutationPayload {
  @Field(() => Credential, {
    nullable: true,
    description: "The credential after the update (without its secrets); null when nothing was changed.",
  })
  credential!: Credential | null;
}

@ObjectType()
export class DeleteCredentialPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "SID of the deleted credential." })
  deletedCredentialSid!: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the deleted credential, to evict it from client caches." })
  deletedCredentialId!: string | null;
}
