// One load run with autocannon's programmatic API. Latencies are taken from autocannon's per-response
// event rather than its histogram: the histogram stores whole milliseconds, too coarse for a
// sub-millisecond overhead target.

import autocannon from "autocannon";

export interface LoadTarget {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  connections: number;
  durationS: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Socket errors + timeouts + non-2xx responses. */
  errors: number;
  /** Mean response size: a cheap check that every system answered the same thing every time. */
  meanBytes: number;
}

export function runLoad(target: LoadTarget, connections: number, durationS: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let bytes = 0;
    const instance = autocannon(
      {
        url: target.url,
        method: target.method,
        headers: target.headers,
        body: target.body,
        connections,
        duration: durationS,
        timeout: 10,
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
        resolve({
          connections,
          durationS: seconds,
          requests: latencies.length,
          rps: latencies.length / seconds,
          p50Ms: percentile(latencies, 50),
          p99Ms: percentile(latencies, 99),
          meanMs: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
          errors: result.errors + result.timeouts + result.non2xx,
          meanBytes: bytes / Math.max(1, latencies.length),
        });
      },
    );
    instance.on("response", (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) {
        latencies.push(responseTime);
        bytes += resBytes;
      }
    });
  });
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}
