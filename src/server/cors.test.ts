import { describe, expect, it } from "vitest";
import type { CorsConfig } from "../config.js";
import { allowedOrigin, corsAnswer, PREFLIGHT_MAX_AGE_SECONDS } from "./cors.js";

const development: CorsConfig = { anyOrigin: false, origins: [], loopback: true };
const production: CorsConfig = { anyOrigin: false, origins: [], loopback: false };
const listed: CorsConfig = { anyOrigin: false, origins: ["https://app.example.com", "http://127.0.0.1:5173"], loopback: false };
const listedInDevelopment: CorsConfig = { ...listed, loopback: true };
const any: CorsConfig = { anyOrigin: true, origins: [], loopback: false };

describe("allowedOrigin", () => {
  it.each([
    ["development", development, "http://localhost:5173", "http://localhost:5173"],
    ["development", development, "http://127.0.0.1:3000", "http://127.0.0.1:3000"],
    ["development", development, "http://[::1]:8080", "http://[::1]:8080"],
    ["development", development, "https://localhost:5173", "https://localhost:5173"],
    ["development", development, "http://localhost", "http://localhost"],
    ["development", development, "https://app.example.com", null],
    ["development", development, "http://localhost.example.com:5173", null],
    ["development", development, "http://127.0.0.2:5173", null],
    ["development", development, "http://localhost:5173/path", null],
    ["development", development, "null", null],
    ["development", development, "file://", null],
    ["production", production, "http://localhost:5173", null],
    ["production", production, "https://app.example.com", null],
    ["a list", listed, "https://app.example.com", "https://app.example.com"],
    ["a list", listed, "http://127.0.0.1:5173", "http://127.0.0.1:5173"],
    ["a list", listed, "http://127.0.0.1:5174", null],
    ["a list", listed, "http://app.example.com", null],
    ["a list", listed, "https://app.example.com.evil.test", null],
    ["a list", listed, "https://evil.test", null],
    ["a list in development", listedInDevelopment, "https://app.example.com", "https://app.example.com"],
    ["a list in development", listedInDevelopment, "http://localhost:4321", "http://localhost:4321"],
    ["*", any, "https://anything.example", "*"],
    ["*", any, "null", "*"],
  ])("%s: %s → %s", (_name, config, origin, expected) => {
    expect(allowedOrigin(config, origin)).toBe(expected);
  });
});

describe("corsAnswer", () => {
  const preflight = (origin?: string) => ({
    ...(origin === undefined ? {} : { origin }),
    "access-control-request-method": "POST",
    "access-control-request-headers": "content-type, authorization",
  });

  it.each([
    [
      "an allowed origin's preflight: 204 with methods, headers, credentials and max-age",
      listed,
      "OPTIONS",
      preflight("https://app.example.com"),
      {
        preflightStatus: 204,
        headers: {
          vary: "Origin",
          "access-control-allow-origin": "https://app.example.com",
          "access-control-allow-credentials": "true",
          "access-control-allow-methods": "GET, POST, OPTIONS",
          "access-control-allow-headers":
            "content-type, authorization, apollo-require-preflight, x-apollo-operation-name, apollographql-client-name, apollographql-client-version, x-request-id",
          "access-control-max-age": String(PREFLIGHT_MAX_AGE_SECONDS),
        },
      },
    ],
    [
      "a refused origin's preflight: 403 and no CORS header",
      listed,
      "OPTIONS",
      preflight("https://evil.test"),
      { preflightStatus: 403, headers: { vary: "Origin" } },
    ],
    [
      "a preflight under *: any origin, no credentials",
      any,
      "OPTIONS",
      preflight("https://anything.example"),
      {
        preflightStatus: 204,
        headers: {
          "access-control-allow-origin": "*",
          "access-control-allow-methods": "GET, POST, OPTIONS",
          "access-control-allow-headers":
            "content-type, authorization, apollo-require-preflight, x-apollo-operation-name, apollographql-client-name, apollographql-client-version, x-request-id",
          "access-control-max-age": String(PREFLIGHT_MAX_AGE_SECONDS),
        },
      },
    ],
    [
      "OPTIONS without Origin: answered, nothing to allow",
      listed,
      "OPTIONS",
      {},
      { preflightStatus: 204, headers: { vary: "Origin", allow: "GET, POST, OPTIONS" } },
    ],
    [
      "an allowed origin's POST: its origin, credentials, x-request-id readable",
      development,
      "POST",
      { origin: "http://localhost:5173", "content-type": "application/json" },
      {
        headers: {
          vary: "Origin",
          "access-control-allow-origin": "http://localhost:5173",
          "access-control-allow-credentials": "true",
          "access-control-expose-headers": "x-request-id",
        },
      },
    ],
    [
      "a refused origin's POST: no CORS header (the browser hides the answer)",
      production,
      "POST",
      { origin: "http://localhost:5173" },
      { headers: { vary: "Origin" } },
    ],
    [
      "a GET under *",
      any,
      "GET",
      { origin: "https://anything.example" },
      { headers: { "access-control-allow-origin": "*", "access-control-expose-headers": "x-request-id" } },
    ],
    ["a request without Origin (curl, servers)", listed, "POST", {}, { headers: { vary: "Origin" } }],
  ])("%s", (_name, config, method, headers, expected) => {
    expect(corsAnswer(config, method, headers)).toEqual(expected);
  });
});
