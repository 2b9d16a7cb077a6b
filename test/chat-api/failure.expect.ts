// How a client call's failure is awaited in the chat-api tests.

import { expect } from "vitest";
import { ChatApiError, type ChatApiErrorKind } from "../../src/chat-api/errors.js";

/** The ChatApiError of `kind` that `promise` rejects with; the test fails if it resolves or rejects with anything else. */
export async function expectFailure(promise: Promise<unknown>, kind: ChatApiErrorKind): Promise<ChatApiError> {
  const err = await promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ChatApiError);
  expect((err as ChatApiError).kind).toBe(kind);
  return err as ChatApiError;
}
