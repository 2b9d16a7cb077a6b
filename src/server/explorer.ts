// The offline exploration page: a self-contained GraphiQL (all scripts inline, ~9 MB) for
// machines that cannot reach a CDN. Rendered once, served compressed and cacheable. Its package is
// imported on the page's first request, not at start: it holds the bundle as a string in a module
// (~40 MB of heap once loaded), which a process with the explorer off (production) never needs.

import { StaticPage } from "./static-page.js";

export const OFFLINE_EXPLORER_PATH = "/graphiql";

// Short lines: the editor pane is narrow, and a long comment is cut off.
export const DEFAULT_QUERY = `# chatql, offline GraphiQL
# Ctrl-Enter runs the query
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

export async function offlineExplorerPage(): Promise<string> {
  const { renderGraphiQL } = await import("@graphql-yoga/render-graphiql");
  return renderGraphiQL({ endpoint: "/graphql", title: "chatql GraphiQL", defaultQuery: DEFAULT_QUERY, isHeadersEditorEnabled: true });
}

export const offlineExplorer = new StaticPage(offlineExplorerPage, "text/html; charset=utf-8");
