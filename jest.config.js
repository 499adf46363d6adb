const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }];

const shared = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/tests/support/file-stub.js" },
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
