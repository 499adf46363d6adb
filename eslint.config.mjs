import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

/**
 * The rooms of src/ and which way their imports may point (ARCHITECTURE.md). Relative imports only:
 * each pattern is matched against the import's path as written.
 */
const THE_PANE = {
  regex: "(^|/)taskpane(/|$)",
  message: "Only the demo may import the pane: dependencies point inward.",
};
const OUTSIDE_CORE = {
  regex: "^\\.\\./(?!policies/)",
  message: "src/core imports nothing outside itself but src/policies.",
};
const EDGES_FROM_HOST = {
  regex: "(^|/)(office|graph|record|formats|cli|demo)(/|$)",
  message: "src/host is the contract: it depends on src/core alone.",
};
const CORE_PACKAGES = {
  group: ["react", "react-dom", "@fluentui/*", "fs", "node:*", "office-*", "@microsoft/*"],
  message: "The engine runs anywhere: no UI, Node or Office packages.",
};

const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default tseslint.config(
  { ignores: ["node_modules", "dist", "build", "coverage", "test-results"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      // Props and services declare their callbacks in method syntax; none of them uses `this`.
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}"],
    rules: {
      // Jest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any`.
      "@typescript-eslint/no-unsafe-assignment": "off",
      // `await act(async () => deferred.resolve(...))` is how a test lets React settle.
      "@typescript-eslint/require-await": "off",
    },
  },
  { files: ["src/{office,graph,record,formats,cli}/**/*.ts"], rules: restrict(THE_PANE) },
  { files: ["src/host/**/*.ts"], rules: restrict(THE_PANE, EDGES_FROM_HOST) },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      ...restrict(THE_PANE, OUTSIDE_CORE, CORE_PACKAGES),
      "no-restricted-globals": ["error", "Office", "window", "document", "process"],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
    rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
