// One standard for the whole repository: typescript-eslint's recommended rules (type-aware where
// it matters: promises that nobody awaits), and prettier for layout (`npm run lint` checks both).
// `npm run lint` keeps eslint's cache (by content, in node_modules/.cache/eslint): a second run only
// lints what changed, ~5 s instead of ~40. A file that did not change is not re-checked when a type
// it uses did (a function made async elsewhere); a fresh checkout, as CI has, has no cache and
// checks everything, and deleting the cache folder does the same locally.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "coverage/**",
      "examples/client/**",
      "src/twilio/chat-v2.generated.ts",
      "test/clients/relay/__generated__/**",
      "bench/peers/**",
      "bench/results/**",
      // What a bench run builds and writes (git-ignored): compiled chatql snapshots, profiles.
      "bench/.tmp/**",
      "bench/.scratch/**",
      "bench/profiles/**",
      ".chatql/**",
      "test/adversarial/**",
      "codegen/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits or catches loses its error: the bugs this catches are real.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      // `_name` marks a deliberately unused binding (destructuring away a field, an it.each column).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      // Tests and fixtures read JSON bodies as `any` on purpose; product code does not.
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    // No getters or setters in object literals in product code: V8 builds such a literal in
    // dictionary mode with its accessor pair in the old generation, which keeps the accessor's
    // closure alive past every scavenge. On list pages that held each whole upstream page until a
    // full collection and cost ~40% more CPU a request (bench/findings.md). Use a class, whose
    // accessors sit on its prototype, or a plain field.
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ObjectExpression > Property[kind=/^[gs]et$/]",
          message:
            "An object literal with a getter or setter is a dictionary-mode object that keeps its closure alive: use a class or a field.",
        },
      ],
    },
  },
  {
    files: ["**/*.cjs", "**/*.mjs", "bin/**/*.js", "eslint.config.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false },
      globals: { process: "readonly", console: "readonly", require: "readonly", module: "writable", Buffer: "readonly", URL: "readonly" },
    },
  },
);
