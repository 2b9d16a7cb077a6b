// The offline exploration page: a self-contained GraphiQL (all scripts inline, ~9 MB) for
// machines that cannot reach Apollo's CDN, where Apollo Sandbox would stay blank. Rendered once.

import { renderGraphiQL } from "@graphql-yoga/render-graphiql";

export const OFFLINE_EXPLORER_PATH = "/graphiql";

const DEFAULT_QUERY = `# chatql — offline GraphiQL. Apollo Sandbox is on GET /graphql when Apollo's CDN is reachable.
query Services {
  services(first: 10) {
    nodes {
      sid
      friendlyName
      defaultServiceRole { friendlyName permissions }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

let page: string | undefined;

export function offlineExplorerPage(): string {
  page ??= renderGraphiQL({ endpoint: "/graphql", title: "chatql GraphiQL", defaultQuery: DEFAULT_QUERY, isHeadersEditorEnabled: true });
  return page;
}
