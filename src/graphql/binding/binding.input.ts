import { Field, ID, InputType } from "type-graphql";
import { Matches } from "class-validator";
import { BINDING_SID_PATTERN } from "../../sids.js";
import { ServiceScopedInput } from "../mutation/mutation.input.js";

@InputType({ description: "The push binding to delete (the device stops getting notifications until its SDK registers again)." })
export class DeleteBindingInput extends ServiceScopedInput {
  @Field(() => ID, { description: "The binding's SID (BS…)." })
  @Matches(BINDING_SID_PATTERN)
  sid!: string;
}
