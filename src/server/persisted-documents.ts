// Trusted documents (CHATQL_PERSISTED_DOCUMENTS): the `persistedDocuments` manifest graphql-codegen's
// client preset writes (`{ "<hash>": "<document>" }`). A request may name a document by
// `documentId` or by `extensions.persistedQuery.sha256Hash`; with CHATQL_TRUSTED_DOCUMENTS_ONLY
// only the manifest's documents run. The request is rewritten to carry the document's text before
// Apollo sees it, so Apollo's own automatic persisted queries never see a manifest hash.

import { readFileSync } from "node:fs";
import { Kind, parse } from "graphql";
import { ConfigError } from "../config.js";

export class PersistedDocuments {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  static load(file: string): PersistedDocuments {
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      throw new ConfigError("CHATQL_PERSISTED_DOCUMENTS must name a readable JSON manifest (hash → document)");
    }
    return PersistedDocuments.from(manifest);
  }

  static from(manifest: unknown): PersistedDocuments {
    if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
      throw new ConfigError("CHATQL_PERSISTED_DOCUMENTS must be a JSON object of hash → document");
    }
    const entries = Object.entries(manifest);
    if (entries.some(([hash, text]) => !/^[\w:.-]{1,200}$/.test(hash) || typeof text !== "string" || text.trim() === "")) {
      throw new ConfigError("CHATQL_PERSISTED_DOCUMENTS must map each hash to a non-empty document string");
    }
    return new PersistedDocuments(new Map(entries as Array<[string, string]>));
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The names of the manifest's operations (a document that does not parse names none). */
  operationNames(): string[] {
    const names = new Set<string>();
    for (const text of this.byHash.values()) {
      try {
        for (const definition of parse(text).definitions) {
          if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
        }
      } catch {
        // Not for this list to judge: a request for it is refused the usual way.
      }
    }
    return [...names];
  }

  /** The document for a manifest key; a bare sha256 hex (what APQ clients send) also finds `sha256:<hex>`. */
  document(hash: string): string | undefined {
    return this.byHash.get(hash) ?? this.byHash.get(`sha256:${hash}`);
  }
}

/** The parts of a GraphQL request this module reads and rewrites (a POST body, or GET's parameters parsed). */
export interface OperationFields {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

export type Resolution = { ok: true } | { ok: false; message: string; code: "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_ID_REQUIRED" };

/**
 * Replaces a manifest reference in `request` with the document's text (in place). In trusted-only
 * mode, anything that is not a manifest document is refused.
 */
export function resolvePersisted(request: OperationFields, documents: PersistedDocuments, trustedOnly: boolean): Resolution {
  const persistedQuery = persistedQueryOf(request.extensions);
  const hash = typeof request.documentId === "string" ? request.documentId : persistedQuery?.sha256Hash;
  if (request.documentId !== undefined || (typeof hash === "string" && documents.document(hash) !== undefined)) {
    const text = typeof hash === "string" ? documents.document(hash) : undefined;
    if (text === undefined) return { ok: false, code: "PERSISTED_QUERY_NOT_FOUND", message: "No trusted document has this documentId" };
    request.query = text;
    delete request.documentId;
    if (persistedQuery) {
      const { persistedQuery: _dropped, ...rest } = request.extensions as Record<string, unknown>;
      request.extensions = rest;
    }
    return { ok: true };
  }
  if (!trustedOnly) return { ok: true };
  if (persistedQuery) return { ok: false, code: "PERSISTED_QUERY_NOT_FOUND", message: "No trusted document has this hash" };
  return {
    ok: false,
    code: "PERSISTED_QUERY_ID_REQUIRED",
    message: "This server runs only trusted documents: send a documentId from its manifest",
  };
}

function persistedQueryOf(extensions: unknown): { sha256Hash?: unknown } | null {
  if (typeof extensions !== "object" || extensions === null) return null;
  const persistedQuery = (extensions as { persistedQuery?: unknown }).persistedQuery;
  return typeof persistedQuery === "object" && persistedQuery !== null ? persistedQuery : null;
}
