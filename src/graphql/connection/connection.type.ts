// Generic Relay connection and edge types: one class factory, so every connection has exactly
// the same shape (`edges { cursor node }`, `nodes`, `pageInfo`).

import { Field, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./page-info.type.js";
import type { Slice } from "./connection.paginate.js";

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
}

export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name} and its cursor.` })
  class Edge {
    @Field(() => String, { description: "Pass to `after` or `before` to page from this item." })
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType], { description: "The nodes of `edges`, for when cursors are not needed." })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/**
 * Builds the connection object from a slice, mapping each upstream item to its GraphQL object.
 * Cursors are getters, read only when a field asks for them: each is signed on first read. The
 * getters sit on classes' prototypes, not on object literals (see LazyCursor in connection.paginate.ts).
 */
export function toConnection<U, T>(slice: Slice<U>, map: (item: U) => T): ConnectionShape<T> {
  const edges = slice.edges.map((edge) => new MappedEdge(edge, map(edge.node)));
  return { edges, nodes: edges.map((edge) => edge.node), pageInfo: new SlicePageInfo(slice, edges) };
}

/** An edge of the slice with its node mapped; its cursor is the slice's, read when asked. */
class MappedEdge<T> {
  constructor(
    private readonly positioned: { readonly cursor: string },
    readonly node: T,
  ) {}
  get cursor(): string {
    return this.positioned.cursor;
  }
}

class SlicePageInfo implements PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  constructor(
    slice: Slice<unknown>,
    private readonly edges: ReadonlyArray<{ readonly cursor: string }>,
  ) {
    this.hasNextPage = slice.hasNextPage;
    this.hasPreviousPage = slice.hasPreviousPage;
  }
  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }
  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}
