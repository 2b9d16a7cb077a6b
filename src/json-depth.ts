// JSON nested thousands of levels deep parses fine but breaks whatever walks it recursively later
// (JSON.stringify, variable coercion): measured here, iteratively. Request JSON deeper than
// CHATQL_MAX_JSON_DEPTH is refused early; stored attributes deeper than ATTRIBUTES_MAX_DEPTH read
// as null.

/** True when `value` nests arrays/objects more than `max` levels deep. */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
