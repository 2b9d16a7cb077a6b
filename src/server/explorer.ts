// The offline exploration page: a self-contained GraphiQL (all scripts inline, ~9 MB) for
// machines that cannot reach a CDN. Rendered once, served compressed and cacheable.

import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
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

let page: string | undefined;

export function offlineExplorerPage(): string {
  page ??= renderGraphiQL({ endpoint: "/graphql", title: "chatql GraphiQL", defaultQuery: DEFAULT_QUERY, isHeadersEditorEnabled: true });
  return page;
}

export const offlineExplorer = new StaticPage(offlineExplorerPage, "text/html; charset=utf-8");
