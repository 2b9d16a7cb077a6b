import { ArgsType, Field, Int } from "type-graphql";
import { badUserInput } from "../errors/error.mapping.js";
import type { SliceRequest } from "./connection.paginate.js";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Items from the start (or after \`after\`), 1–${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor to page forward from (with `first`)." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Items from the end (or before \`before\`), 1–${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor to page backward from (with `last`)." })
  before?: string | null;
}

/** Checks the argument combination before any upstream call; bad input is BAD_USER_INPUT. */
export function sliceRequestOf(args: ConnectionArgs): SliceRequest {
  const { first, after, last, before } = args;
  for (const [name, value] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (value != null && (value < 1 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`"${name}" must be from 1 to ${MAX_PAGE_SIZE}, got ${value}`, name);
    }
  }
  if (first != null && last != null) throw badUserInput('Give "first" or "last", not both', "last");
  if (after != null && (last != null || before != null)) {
    throw badUserInput('"after" pages forward: use it with "first", not with "last" or "before"', "after");
  }
  if (before != null && first != null) throw badUserInput('"before" pages backward: use it with "last", not with "first"', "before");
  if (last != null || before != null) return { direction: "backward", count: last ?? DEFAULT_PAGE_SIZE, before: before ?? undefined };
  return { direction: "forward", count: first ?? DEFAULT_PAGE_SIZE, after: after ?? undefined };
}
