import { describe, expect, it } from "vitest";
import { MAX_OPERATION_NAMES, Metrics } from "./metrics.js";

describe(`operation names as metric labels (MAX_OPERATION_NAMES = ${MAX_OPERATION_NAMES})`, () => {
  it("labels the first MAX_OPERATION_NAMES names clients send by their own name, and the next as other", () => {
    const metrics = new Metrics();
    const names = Array.from({ length: MAX_OPERATION_NAMES }, (_, i) => `Op${i}`);
    expect(names.map((name) => metrics.operationLabel(name))).toEqual(names);
    expect(metrics.operationLabel("OneMore")).toBe("other");
    // A name already labelled keeps its label; a reserved (trusted) one has its own whatever came first.
    expect(metrics.operationLabel("Op0")).toBe("Op0");
    metrics.reserveOperationNames(["Trusted"]);
    expect(metrics.operationLabel("Trusted")).toBe("Trusted");
  });
});
