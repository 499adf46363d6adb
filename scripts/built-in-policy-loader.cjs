// Webpack loader for the built-in policies (src/policies/*.json): validates each with the schema a
// user's policy meets (src/core/policy.ts, run at build time through webpack's importModule) and
// fails the build, naming the field, if it does not pass. What it passes on is the JSON as written,
// so the pane ships plain data and never loads zod: whole, or one of its two parts when imported with
// `?check` (what the check reads) or `?texts` (what only later sections show; src/core/policy-texts.ts).
const path = require("node:path");

const POLICY_MODULE = path.join(__dirname, "../src/core/policy.ts");
const PARTS_MODULE = path.join(__dirname, "../src/core/policy-texts.ts");

/** @this {import("webpack").LoaderContext<unknown>} @param {string} source */
module.exports = async function builtInPolicyLoader(source) {
  const { loadPolicy } = await this.importModule(POLICY_MODULE);
  const written = JSON.parse(source);
  try {
    loadPolicy(written);
  } catch (error) {
    const file = path.relative(this.rootContext, this.resourcePath);
    throw new Error(
      `${file} is not a valid built-in policy: ${error instanceof Error ? error.message : error}`,
      { cause: error },
    );
  }
  if (this.resourceQuery === "") return source;
  const { checkPartOf, textsPartOf } = await this.importModule(PARTS_MODULE);
  if (this.resourceQuery === "?check") return JSON.stringify(checkPartOf(written));
  if (this.resourceQuery === "?texts") return JSON.stringify(textsPartOf(written));
  throw new Error(`a built-in policy has no part "${this.resourceQuery}" (use ?check or ?texts)`);
};
