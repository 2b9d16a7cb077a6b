// Re-exports the Mesh packages from this folder's node_modules, so configs elsewhere in bench/
// (outside this package's resolution scope) can load them by relative path.
export { defineConfig } from "@graphql-mesh/compose-cli";
export { loadOpenAPISubgraph } from "@omnigraph/openapi";
