import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { printSchema, type GraphQLSchema } from "graphql";
import { NodeResolver } from "./node/node.resolver.js";
import { ServiceResolver } from "./service/service.resolver.js";
import { Role } from "./role/role.type.js";
import { Service } from "./service/service.type.js";

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process; resolvers are stateless). */
export function chatqlSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [ServiceResolver, NodeResolver],
    // Types reachable only through the Node interface must be listed to be in the schema.
    orphanedTypes: [Service, Role],
    // Validation runs inside the mutations, so failures become userErrors (docs/architecture.md, "Errors").
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}

/** The SDL committed as schema.graphql, in declaration order. */
export async function printChatqlSchema(): Promise<string> {
  return printSchema(await chatqlSchema()) + "\n";
}
