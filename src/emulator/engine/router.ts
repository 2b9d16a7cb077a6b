import type { CustomOperation, HandlerContext, HandlerResult, OperationDef, OperationTable } from "./operation.js";
import { operationSpec, type OperationId, type ParamSpec } from "./operation.spec.js";
import type { ParamRule } from "./param.reader.js";
import type { EventPlan } from "../webhook/webhook.event.js";

/** One routable operation, from the spec or the emulator's own: how it is reached, read and handled. */
export interface RoutedOperation {
  method: string;
  path: string;
  params: readonly ParamSpec[];
  rules: Readonly<Record<string, ParamRule>>;
  handle: (ctx: HandlerContext) => HandlerResult;
  events?: (ctx: HandlerContext) => EventPlan;
}

/** The routable form of a family's table: each operation where the spec puts it. */
export function specOperations(table: OperationTable): RoutedOperation[] {
  return (Object.entries(table) as Array<[OperationId, OperationDef<OperationId> | undefined]>).flatMap(([id, def]) => {
    if (!def) return [];
    const spec = operationSpec(id);
    const events = def.events as RoutedOperation["events"];
    return [{ method: spec.method, path: spec.path, params: spec.params, rules: def.rules ?? {}, handle: def.handle, events }];
  });
}

/** The routable form of operations the emulator declares itself (outside `/v2`). */
export function customOperations(operations: readonly CustomOperation[]): RoutedOperation[] {
  return operations.map((op) => ({ ...op, rules: op.rules ?? {}, handle: op.handle as (ctx: HandlerContext) => HandlerResult }));
}

export type RouteMatch =
  | { kind: "found"; operation: RoutedOperation; params: Record<string, string> }
  | { kind: "wrongMethod"; allowed: string[] }
  | { kind: "none" };

interface Route {
  /** Literal segments and `{Name}` placeholders, from the spec's path template. */
  segments: string[];
  methods: Map<string, RoutedOperation>;
}

/**
 * The operations of every family, routed by the spec's own method and path for each operation
 * id. Paths are matched segment by segment and case-sensitively, as Twilio matches them.
 */
export class Router {
  private readonly routes: Route[] = [];

  constructor(operations: readonly RoutedOperation[]) {
    const byPath = new Map<string, Route>();
    for (const operation of operations) {
      let route = byPath.get(operation.path);
      if (!route) {
        route = { segments: operation.path.split("/").slice(1), methods: new Map() };
        byPath.set(operation.path, route);
        this.routes.push(route);
      }
      if (route.methods.has(operation.method)) throw new Error(`two operations for ${operation.method} ${operation.path}`);
      route.methods.set(operation.method, operation);
    }
  }

  /** `segments` are the already percent-decoded path segments. */
  match(method: string, segments: readonly string[]): RouteMatch {
    for (const route of this.routes) {
      if (route.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const ok = route.segments.every((pattern, i) => {
        const segment = segments[i] ?? "";
        if (pattern.startsWith("{")) {
          params[pattern.slice(1, -1)] = segment;
          return segment !== "";
        }
        return pattern === segment;
      });
      if (!ok) continue;
      const operation = route.methods.get(method);
      if (operation) return { kind: "found", operation, params };
      return { kind: "wrongMethod", allowed: [...route.methods.keys()] };
    }
    return { kind: "none" };
  }
}
