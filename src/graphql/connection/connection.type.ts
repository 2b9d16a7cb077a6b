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
 * Cursors are getters, read only when a field asks for them: each is signed on first read.
 */
export function toConnection<U, T>(slice: Slice<U>, map: (item: U) => T): ConnectionShape<T> {
  const edges = slice.edges.map((edge) => ({
    get cursor() {
      return edge.cursor;
    },
    node: map(edge.node),
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: slice.hasNextPage,
      hasPreviousPage: slice.hasPreviousPage,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}
