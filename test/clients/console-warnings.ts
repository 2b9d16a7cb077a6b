// Client libraries report cache trouble on the console (Apollo Client's "Cache data may be
// lost…", Graphcache's "Invalid key…"). Tests record what a developer would see there.

import { format } from "node:util";
import { afterEach, beforeEach, vi } from "vitest";

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

/** Records afresh for each test of the file (and restores the console after it): read `messages` inside a test. */
export function recordConsoleWarningsEachTest(): { readonly messages: string[] } {
  let record: ConsoleRecord | undefined;
  beforeEach(() => {
    record = recordConsoleWarnings();
  });
  afterEach(() => record?.restore());
  return {
    get messages() {
      return record!.messages;
    },
  };
}
