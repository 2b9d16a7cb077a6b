// A connection over any list operation of the spec: the family names the operation, its path and
// filters, and how its items are told apart; pages come from the client (checked there), and
// every item primes the family's loader so nested fields cost nothing more.

import type { ItemOf } from "../../chat-api/operation.call.js";
import type { CallArgs, FiltersOf } from "../../chat-api/operation.call.js";
import type { OperationId } from "../../twilio/operation.js";
import type { GraphQLContext } from "../context.js";
import type { PageQuery } from "./cursor.codec.js";
import type { PageSource } from "./connection.paginate.js";

export interface ListSourceOptions<T> {
  /**
   * The list's identity for its cursors (e.g. `channels of IS…`): a cursor of another list is
   * refused. A list filtered by the caller's strings builds it with JSON.stringify of its parts,
   * so no separator inside a caller's string can make two filters read as one.
   */
  scope: string;
  sidPattern: RegExp;
  /** The SID that places an item in the list (default: its `sid`). */
  sidOf?: (item: T) => string;
  /** Called with every item a page brings (to prime loaders). */
  prime?: (item: T) => void;
  /** The query that reads the list newest first, when the upstream can. */
  newestFirst?: PageQuery;
  /** The item's place in the list, growing toward newer items (messages: `index`), when items carry one. */
  orderOf?: (item: T) => number | null | undefined;
}

export function listSource<Op extends OperationId>(
  { client, walk }: GraphQLContext,
  id: Op,
  args: CallArgs<Op> & { filters?: FiltersOf<Op> },
  options: ListSourceOptions<ItemOf<Op>>,
): PageSource<ItemOf<Op>> {
  const sidOf = options.sidOf ?? ((item: ItemOf<Op>) => (item as unknown as { sid: string }).sid);
  return {
    scope: options.scope,
    sidPattern: options.sidPattern,
    walk,
    newestFirst: options.newestFirst,
    orderOf: options.orderOf,
    sidOf,
    async fetchPage(query) {
      const page = await client.page(id, args, query);
      if (options.prime) page.items.forEach(options.prime);
      return page;
    },
  };
}
