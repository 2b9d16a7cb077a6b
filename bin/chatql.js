#!/usr/bin/env node
// The `chatql` command. Runs the compiled CLI when `npm run build` has produced it and it is
// newer than the sources; otherwise loads the TypeScript sources through tsx, so `npm start`
// and `npx chatql` work on a fresh clone right after `npm ci`, with no build step. tsx is given
// chatql's own tsconfig.json: on its own it looks in the current directory, and run from anywhere
// else (another project, `npx`, `npm link`) it would miss the decorator settings.
import { existsSync, statSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const compiled = join(root, "dist", "cli.js");

function newestSourceMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

if (existsSync(compiled) && statSync(compiled).mtimeMs >= newestSourceMtime(join(root, "src"))) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: join(root, "tsconfig.json") });
  await import(pathToFileURL(join(root, "src", "cli.ts")).href);
}
