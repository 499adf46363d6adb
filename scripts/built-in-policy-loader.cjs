// Webpack loader for the built-in policies (src/policies/*.json as src/core/built-in-policies.ts
// imports them): validates each with the schema a user's policy meets (src/core/policy.ts, run at
// build time through webpack's importModule) and fails the build, naming the field, if it does not
// pass. What it passes on is the JSON as written, so the pane ships plain data and never loads zod.
const path = require("node:path");

const POLICY_MODULE = path.join(__dirname, "../src/core/policy.ts");

/** @this {import("webpack").LoaderContext<unknown>} @param {string} source */
module.exports = async function builtInPolicyLoader(source) {
  const { loadPolicy } = await this.importModule(POLICY_MODULE);
  try {
    loadPolicy(JSON.parse(source));
  } catch (error) {
    const file = path.relative(this.rootContext, this.resourcePath);
    throw new Error(
      `${file} is not a valid built-in policy: ${error instanceof Error ? error.message : error}`,
      { cause: error },
    );
  }
  return source;
};
