import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's Node: anything with a global id that `node(id:)` can refetch. */
@InterfaceType("Node", { description: "An object with a globally unique, opaque id that `node(id:)` can refetch." })
export abstract class Node {
  @Field(() => ID, { description: "Opaque global id; pass it to `node(id:)` or `nodes(ids:)`." })
  id!: string;
}
