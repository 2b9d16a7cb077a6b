// The page a browser gets for GET /graphql (when the explorer is on): static HTML that embeds
// Apollo Sandbox from Apollo's CDN and, above it, always points to the offline GraphiQL, so a
// machine that cannot reach the CDN is not left with a blank page. It is served by the HTTP server
// itself and never reaches Apollo, so it can be exempt from access control: nothing it carries
// (query string, extensions, persisted-query hashes) is ever executed.

import Negotiator from "negotiator";
import type { IncomingHttpHeaders } from "node:http";
import { OFFLINE_EXPLORER_PATH } from "./explorer.js";

const SANDBOX_SCRIPT = "https://embeddable-sandbox.cdn.apollographql.com/_latest/embeddable-sandbox.umd.production.min.js";

/** What Apollo's own landing page answers to: a GET whose Accept prefers HTML over every GraphQL response type. */
export function prefersHtml(method: string, headers: IncomingHttpHeaders): boolean {
  if (method !== "GET" || !headers.accept) return false;
  const preferred = new Negotiator({ headers: { accept: headers.accept } }).mediaType([
    "application/json",
    "application/graphql-response+json",
    "multipart/mixed",
    "text/html",
  ]);
  return preferred === "text/html";
}

let page: string | undefined;

export function landingPage(): string {
  page ??= `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>chatql</title>
<style>
  html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; }
  body { display: flex; flex-direction: column; }
  header { padding: 8px 16px; background: #f4f4f7; border-bottom: 1px solid #ddd; font-size: 14px; }
  #sandbox { flex: 1; }
  #offline { display: none; padding: 24px 16px; }
</style>
</head>
<body>
<header>chatql GraphQL endpoint. Offline, or no access to Apollo's CDN? Use the
  <a id="graphiql-link" href="${OFFLINE_EXPLORER_PATH}">offline GraphiQL at ${OFFLINE_EXPLORER_PATH}</a>.</header>
<div id="offline">Apollo Sandbox could not be loaded (it comes from Apollo's CDN).
  <a href="${OFFLINE_EXPLORER_PATH}">Open the offline GraphiQL</a> instead.</div>
<div id="sandbox"></div>
<script>
  function sandboxUnavailable() { document.getElementById("offline").style.display = "block"; }
</script>
<script src="${SANDBOX_SCRIPT}" onerror="sandboxUnavailable()"></script>
<script>
  if (window.EmbeddedSandbox) {
    new window.EmbeddedSandbox({ target: "#sandbox", initialEndpoint: location.origin + location.pathname, includeCookies: false });
  } else {
    sandboxUnavailable();
  }
</script>
</body>
</html>
`;
  return page;
}
