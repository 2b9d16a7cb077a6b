// What the vendored OpenAPI spec says about each Chat v2 operation: its method and path, and
// every parameter with where it travels, its type, whether it is required or repeated, and its
// enum, pattern and bounds. The emulator reads requests by these declarations, so a parameter
// is accepted exactly as the spec types it, and a new family needs no hand-written copy of them.

import type { operations } from "../../twilio/chat-v2.generated.js";
import { chatV2Spec } from "../../twilio/spec.js";

export type OperationId = keyof operations;
export type HttpMethod = "GET" | "POST" | "DELETE";

export type ParamKind = "string" | "integer" | "boolean" | "date-time" | "uri";

export interface ParamSpec {
  name: string;
  in: "path" | "query" | "header" | "form";
  kind: ParamKind;
  required: boolean;
  /** An array parameter: sent as the same key repeated (`Type=public&Type=private`). */
  repeated: boolean;
  /** Allowed values, when the spec gives an enum. */
  values?: readonly string[];
  /** A pattern the value must match (SIDs). */
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  /** `nullable: true`: an empty value means null. */
  nullable: boolean;
}

export interface OperationSpec {
  id: OperationId;
  method: HttpMethod;
  /** The spec's path template, e.g. `/v2/Services/{ServiceSid}/Channels/{Sid}`. */
  path: string;
  params: readonly ParamSpec[];
}

interface SchemaNode {
  type?: string;
  format?: string;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
  items?: SchemaNode;
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
}

interface RawOperation {
  operationId?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: SchemaNode }>;
  requestBody?: { content?: Record<string, { schema?: SchemaNode }> };
}

function resolve(node: SchemaNode | undefined): SchemaNode {
  if (!node?.$ref) return node ?? {};
  const name = node.$ref.replace("#/components/schemas/", "");
  return (chatV2Spec().components.schemas as Record<string, SchemaNode>)[name] ?? {};
}

function paramSpec(name: string, where: ParamSpec["in"], required: boolean, raw: SchemaNode | undefined): ParamSpec {
  const schema = resolve(raw);
  const repeated = schema.type === "array";
  const item = repeated ? resolve(schema.items) : schema;
  const kind: ParamKind =
    item.type === "integer"
      ? "integer"
      : item.type === "boolean"
        ? "boolean"
        : item.format === "date-time"
          ? "date-time"
          : item.format === "uri"
            ? "uri"
            : "string";
  return {
    name,
    in: where,
    kind,
    required,
    repeated,
    values: item.enum,
    pattern: item.pattern === undefined ? undefined : new RegExp(item.pattern),
    minimum: item.minimum,
    maximum: item.maximum,
    nullable: item.nullable === true || raw?.nullable === true,
  };
}

let byId: Map<OperationId, OperationSpec> | undefined;

function load(): Map<OperationId, OperationSpec> {
  const map = new Map<OperationId, OperationSpec>();
  const paths = chatV2Spec().paths as unknown as Record<string, Record<string, RawOperation>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op.operationId) continue;
      const params: ParamSpec[] = [];
      for (const p of op.parameters ?? []) {
        if (p.in !== "path" && p.in !== "query" && p.in !== "header") continue;
        params.push(paramSpec(p.name, p.in, p.required === true || p.in === "path", p.schema));
      }
      const form = op.requestBody?.content?.["application/x-www-form-urlencoded"]?.schema;
      for (const [name, schema] of Object.entries(form?.properties ?? {})) {
        params.push(paramSpec(name, "form", form?.required?.includes(name) === true, schema));
      }
      const id = op.operationId as OperationId;
      map.set(id, { id, method: method.toUpperCase() as HttpMethod, path, params });
    }
  }
  return map;
}

/** The spec's declaration of one operation; throws for an id the spec does not have. */
export function operationSpec(id: OperationId): OperationSpec {
  byId ??= load();
  const spec = byId.get(id);
  if (!spec) throw new Error(`the Chat v2 spec has no operation ${id}`);
  return spec;
}
