import { badUserInput, rethrowUpstream } from "../errors/error.mapping.js";
import { sliceRequestOf, type ConnectionArgs } from "./connection.args.js";
import { toConnection, type ConnectionShape } from "./connection.type.js";
import { InvalidCursorError, paginate, type PageSource } from "./connection.paginate.js";

/** Resolves a connection field: checks the arguments, walks the upstream pages, maps the items. */
export async function connectionOf<U, T>(source: PageSource<U>, args: ConnectionArgs, map: (item: U) => T): Promise<ConnectionShape<T>> {
  const request = sliceRequestOf(args);
  try {
    return toConnection(await paginate(source, request), map);
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badUserInput(error.message, error.argument);
    return rethrowUpstream(error);
  }
}
