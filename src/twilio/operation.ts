// Where each Chat v2 operation lives and what it answers, read from the vendored spec: its method,
// path template and response (one resource of a schema, a list of them under a key, or nothing).
// The REST client calls operations by their spec id and checks answers by these declarations, so a
// new resource family needs no hand-written paths or shapes.

import type { operations } from "./chat-v2.generated.js";
import { chatV2Spec } from "./spec.js";

export type OperationId = keyof operations;
export type HttpMethod = "GET" | "POST" | "DELETE";

export type OperationResponse = { kind: "one"; schema: string } | { kind: "list"; key: string; schema: string } | { kind: "none" };

export interface OperationInfo {
  id: OperationId;
  method: HttpMethod;
  /** e.g. `/v2/Services/{ServiceSid}/Channels/{Sid}`. */
  path: string;
  /** Path parameter names, in order. */
  pathParams: readonly string[];
  /** The form parameters its body takes (`Configuration.Url`, `FriendlyName`, …). */
  formKeys: readonly string[];
  response: OperationResponse;
}

type RawSchema = { $ref?: string; type?: string; properties?: Record<string, RawSchema>; items?: RawSchema };
type RawOperation = {
  operationId?: string;
  requestBody?: { content?: Record<string, { schema?: RawSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: RawSchema }> }>;
};

let table: Map<OperationId, OperationInfo> | undefined;

export function operationInfo(id: OperationId): OperationInfo {
  table ??= readOperations();
  const info = table.get(id);
  if (!info) throw new Error(`the spec has no operation ${id}`);
  return info;
}

function readOperations(): Map<OperationId, OperationInfo> {
  const out = new Map<OperationId, OperationInfo>();
  for (const [path, item] of Object.entries(chatV2Spec().paths)) {
    for (const [verb, raw] of Object.entries(item as Record<string, RawOperation>)) {
      if (!["get", "post", "delete"].includes(verb) || !raw.operationId) continue;
      const id = raw.operationId as OperationId;
      const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
      const formKeys = Object.keys(raw.requestBody?.content?.["application/x-www-form-urlencoded"]?.schema?.properties ?? {});
      out.set(id, { id, method: verb.toUpperCase() as HttpMethod, path, pathParams, formKeys, response: responseOf(raw) });
    }
  }
  return out;
}

function responseOf(raw: RawOperation): OperationResponse {
  const ok = raw.responses?.["200"] ?? raw.responses?.["201"];
  const schema = ok?.content?.["application/json"]?.schema;
  if (!schema) return { kind: "none" };
  if (schema.$ref) return { kind: "one", schema: schemaName(schema.$ref) };
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (property.type === "array" && property.items?.$ref) return { kind: "list", key, schema: schemaName(property.items.$ref) };
  }
  return { kind: "none" };
}

const schemaName = (ref: string) => ref.replace("#/components/schemas/", "");
