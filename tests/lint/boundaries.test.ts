import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * The rooms' boundaries and the typed rules are ESLint's to enforce (eslint.config.mjs): each case
 * lints a file of the project with one line changed, and names the rule it must break, if any.
 */

const REPO = path.resolve(__dirname, "../..");

interface Case {
  file: string;
  code: string;
}

/** Lints each case in a child process (ESLint's config is an ES module); the rules each one broke. */
function rulesBroken(cases: readonly Case[]): string[][] {
  const script = `
    import { ESLint } from "eslint";
    const eslint = new ESLint({ cwd: ${JSON.stringify(REPO)} });
    const results = [];
    for (const { file, code } of JSON.parse(process.argv[1])) {
      const [result] = await eslint.lintText(code, { filePath: file });
      results.push([...new Set(result.messages.map((message) => message.ruleId ?? message.message))]);
    }
    console.log(JSON.stringify(results));`;
  const output = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", script, JSON.stringify(cases)],
    {
      cwd: REPO,
      encoding: "utf8",
    },
  );
  return JSON.parse(output) as string[][];
}

const IMPORT_THE_PANE = 'import { App } from "../taskpane/App";\nexport const pane = App;\n';

const CASES: readonly (Case & { breaks: string[] })[] = [
  { file: "src/office/theme.ts", code: IMPORT_THE_PANE, breaks: ["no-restricted-imports"] },
  { file: "src/graph/scopes.ts", code: IMPORT_THE_PANE, breaks: ["no-restricted-imports"] },
  { file: "src/record/log.ts", code: IMPORT_THE_PANE, breaks: ["no-restricted-imports"] },
  { file: "src/formats/types.ts", code: IMPORT_THE_PANE, breaks: ["no-restricted-imports"] },
  { file: "src/core/csv.ts", code: IMPORT_THE_PANE, breaks: ["no-restricted-imports"] },
  {
    file: "src/core/csv.ts",
    code: 'import { HostError } from "../host";\nexport const error = HostError;\n',
    breaks: ["no-restricted-imports"],
  },
  {
    file: "src/core/csv.ts",
    code: 'import policy from "../policies/psa-2022-09-in-force.json";\nexport const id = policy.id;\n',
    breaks: [],
  },
  {
    file: "src/host/errors.ts",
    code: 'export { SCOPES } from "../graph/scopes";\n',
    breaks: ["no-restricted-imports"],
  },
  {
    file: "src/demo/index.ts",
    code: 'import { startPane } from "../taskpane/start";\nexport const start = startPane;\n',
    breaks: [],
  },
  {
    file: "src/taskpane/hooks/useTheme.ts",
    code: "export function later(): void {\n  Promise.resolve(1);\n}\n",
    breaks: ["@typescript-eslint/no-floating-promises"],
  },
  {
    file: "src/taskpane/hooks/useTheme.ts",
    code: "export function each(items: number[]): void {\n  items.forEach(async (item) => {\n    await Promise.resolve(item);\n  });\n}\n",
    breaks: ["@typescript-eslint/no-misused-promises"],
  },
];

test("lint fails where a room imports against the arrows, and on floating or misused promises", () => {
  const broken = rulesBroken(CASES);
  expect(CASES.map(({ file, code }, index) => ({ file, code, breaks: broken[index] }))).toEqual(
    CASES.map(({ file, code, breaks }) => ({ file, code, breaks })),
  );
});
