import type { TwilioErrorBody } from "../../twilio/resources.js";
import { QUOTED_VALUE_MAX } from "../limits.js";

/**
 * An error that becomes a Twilio-shaped response body. Everything the emulator rejects is
 * thrown as one of these; anything else that is thrown becomes an opaque 500.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  toBody(): TwilioErrorBody {
    return errorBody(this.status, this.code, this.message);
  }
}

export function errorBody(status: number, code: number, message: string): TwilioErrorBody {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

// Twilio error codes used here, each as https://www.twilio.com/docs/api/errors/<code> names it.
export const Code = {
  invalidParameter: 20001,
  authenticate: 20003,
  methodNotAllowed: 20004,
  /** "403 Forbidden", Twilio's generic code for a refused action. */
  forbidden: 20403,
  notFound: 20404,
  internal: 20500,
  // Programmable Chat's own (https://www.twilio.com/docs/api/errors/<code>).
  permissionNotFound: 50104,
  userAlreadyExists: 50201,
  identityLooksLikeUserSid: 50206,
  userChannelLimit: 50208,
  userAlreadyInvited: 50212,
  uniqueNameLooksLikeChannelSid: 50306,
  channelUniqueNameExists: 50307,
  channelMemberLimit: 50403,
  memberAlreadyExists: 50404,
  messageBodyTooLong: 50504,
} as const;

/**
 * A conflict with what exists (a taken unique name or identity, a member already there): 409, as
 * HTTP says; Twilio's error pages give the codes but not the status.
 */
export const conflict = (code: number, message: string) => new ApiError(409, code, message);

/** A count limit of the service would be exceeded: 403, as Twilio's "Chat Limits" page says. */
export const limitExceeded = (code: number, message: string) => new ApiError(403, code, message);

/**
 * A caller's value as an error message quotes it: its first QUOTED_VALUE_MAX characters, so a
 * megabyte-long bad value does not come back as a megabyte-long error.
 */
export function quoted(value: string): string {
  if (value.length <= QUOTED_VALUE_MAX) return `'${value}'`;
  // Code points, not UTF-16 units, so an emoji is never cut in half.
  const head = [...value.slice(0, 2 * QUOTED_VALUE_MAX)].slice(0, QUOTED_VALUE_MAX).join("");
  return head.length < value.length ? `'${head}…'` : `'${head}'`;
}

export const missingParam = (name: string) =>
  new ApiError(400, Code.invalidParameter, `Missing required parameter ${name} in the post body`);

export const invalidParam = (name: string, why: string) => new ApiError(400, Code.invalidParameter, `Invalid parameter ${name}: ${why}`);

export const badRequest = (message: string) => new ApiError(400, Code.invalidParameter, message);

/** 404 for a path: no such route, or no such resource for this account. */
export const resourceNotFound = (path: string) => new ApiError(404, Code.notFound, `The requested resource ${path} was not found`);

/** The row a request's path names, or the 404 Twilio answers when there is none. */
export function found<T>(row: T | undefined, path: string): T {
  if (row === undefined) throw resourceNotFound(path);
  return row;
}

export const unauthorized = () =>
  new ApiError(401, Code.authenticate, "Authenticate", {
    "WWW-Authenticate": 'Basic realm="Twilio API"',
  });

export const methodNotAllowed = (method: string, allowed: string[]) =>
  new ApiError(405, Code.methodNotAllowed, `Method ${method} not allowed`, {
    Allow: allowed.join(", "),
  });

export const payloadTooLarge = (limit: number) => new ApiError(413, Code.invalidParameter, `Request body exceeds ${limit} bytes`);

export const unsupportedMediaType = () =>
  new ApiError(415, Code.invalidParameter, "Content-Type must be application/x-www-form-urlencoded");

export const internalError = () => new ApiError(500, Code.internal, "Internal Server Error");
