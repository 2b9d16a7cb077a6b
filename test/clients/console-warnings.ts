// Client libraries report cache trouble on the console (Apollo Client's "Cache data may be
// lost…", Graphcache's "Invalid key…"). Tests record what a developer would see there.

import { format } from "node:util";
import { vi } from "vitest";

export interface ConsoleRecord {
  /** Every console.warn and console.error message so far, formatted as printed. */
  messages: string[];
  restore(): void;
}

export function recordConsoleWarnings(): ConsoleRecord {
  const messages: string[] = [];
  // format() substitutes %s as the console does.
  const warn = vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void messages.push(format(...args)));
  const error = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void messages.push(format(...args)));
  return {
    messages,
    restore() {
      warn.mockRestore();
      error.mockRestore();
    },
  };
}
