// The loader webpack runs each built-in policy through (scripts/built-in-policy-loader.cjs), given
// what webpack gives it: importModule runs src/core/policy.ts, here through ts-jest.
import { createRequire } from "node:module";
import path from "node:path";
import inForceJson from "../../src/policies/psa-2022-09-in-force.json";

type Loader = (this: unknown, source: string) => Promise<string>;

const ROOT = path.resolve(__dirname, "../..");
const loader = createRequire(__filename)(path.join(ROOT, "scripts/built-in-policy-loader.cjs")) as Loader;
/** What webpack gives the loader for the in-force policy imported with `query` ("" for none). */
const contextFor = (query: string) => ({
  rootContext: ROOT,
  resourcePath: path.join(ROOT, "src/policies/psa-2022-09-in-force.json"),
  resourceQuery: query,
  importModule: (request: string) => import(request),
});
const context = contextFor("");

it("passes a valid built-in policy on as written", async () => {
  const source = JSON.stringify(inForceJson, null, 2);
  await expect(loader.call(context, source)).resolves.toBe(source);
});

it("gives the pane the policy in two parts: the check's, and the directive with the templates", async () => {
  const source = JSON.stringify(inForceJson);
  const check = JSON.parse(await loader.call(contextFor("?check"), source)) as Record<string, unknown>;
  const texts = JSON.parse(await loader.call(contextFor("?texts"), source)) as Record<string, unknown>;

  expect(check).not.toHaveProperty("directive");
  expect(check).not.toHaveProperty("templates");
  expect(check["detection"]).toEqual(inForceJson.detection);
  expect(texts).toEqual({
    id: inForceJson.id,
    directive: inForceJson.directive,
    templates: inForceJson.templates,
  });
});

it("fails the build for a part it does not know", async () => {
  await expect(loader.call(contextFor("?all"), JSON.stringify(inForceJson))).rejects.toThrow(
    'a built-in policy has no part "?all" (use ?check or ?texts)',
  );
});

it("fails the build for a built-in policy the schema rejects, naming the file and the field", async () => {
  const broken = structuredClone(inForceJson);
  broken.detection.signals[0]!.patterns = ["(unclosed"];
  await expect(loader.call(context, JSON.stringify(broken))).rejects.toThrow(
    /^src\/policies\/psa-2022-09-in-force\.json is not a valid built-in policy: .*detection\.signals\.0\.patterns\.0: is not a valid regular expression/,
  );
});
