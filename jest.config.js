const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }];
/** Observable Plot and D3 ship ES modules only; jest runs CommonJS, so these few are compiled for it. */
const ESM_PACKAGES = [
  "@observablehq/plot",
  "d3",
  "d3-[^/]+",
  "internmap",
  "isoformat",
  "delaunator",
  "robust-predicates",
];
const esmToCommonJs = [
  "ts-jest",
  {
    tsconfig: { allowJs: true, module: "commonjs", target: "ES2022", esModuleInterop: true },
    isolatedModules: true,
  },
];

const shared = {
  transform: { "^.+\\.tsx?$": tsJest, "/node_modules/.+\\.m?js$": esmToCommonJs },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join("|")})/)`],
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/tests/support/file-stub.js",
    // The built-in policies' two parts (webpack splits them): the whole file holds either.
    "^(.+\\.json)\\?(check|texts)$": "$1",
  },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 20000,
  collectCoverageFrom: ["src/**/*.{ts,tsx}", "!src/**/*.d.ts"],
  projects: [
    {
      ...shared,
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/browser/"],
      setupFilesAfterEnv: ["<rootDir>/tests/support/testing-library-setup.ts"],
    },
    {
      ...shared,
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/tests/browser"],
      testMatch: ["**/*.test.ts"],
      globalSetup: "<rootDir>/tests/browser/global-setup.ts",
    },
  ],
};
