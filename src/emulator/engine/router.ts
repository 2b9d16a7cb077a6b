import type { OperationDef, OperationTable } from "./operation.js";
import { operationSpec, type OperationId, type OperationSpec } from "./operation.spec.js";

export interface RoutedOperation {
  spec: OperationSpec;
  def: OperationDef<OperationId>;
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

  constructor(table: OperationTable) {
    const byPath = new Map<string, Route>();
    for (const [id, def] of Object.entries(table) as Array<[OperationId, OperationDef<OperationId> | undefined]>) {
      if (!def) continue;
      const spec = operationSpec(id);
      let route = byPath.get(spec.path);
      if (!route) {
        route = { segments: spec.path.split("/").slice(1), methods: new Map() };
        byPath.set(spec.path, route);
        this.routes.push(route);
      }
      route.methods.set(spec.method, { spec, def });
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
