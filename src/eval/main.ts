import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { builtInPolicy, BUILT_IN_POLICY_IDS, loadPolicyText, type Policy } from "../core";
import { readFile } from "node:fs/promises";
import { CorpusError, readCorpora, type Corpus, type ReadAs } from "./corpus";
import { jsonLines, textReport, totalLine } from "./report";
import { scoreCorpus } from "./score";

const HELP = `Usage: npm run eval -- [options] [file|folder]...

Scores the engine on labelled invites. With no files or folders it takes every corpus it finds:
samples/ (samples/expected.json), ../shared/invites, ../shared/corpus/set-*.json and
../shared/corpus/files. A folder is read through its expected.json, or as a folder of labelled sets.

Options:
  --json             JSON lines: one per case, then one summary per corpus
  --summary          only the figures, not every wrong case
  --me EMAIL         the mailbox owner, for .ics and .eml files that cannot say
  --manager EMAIL    the owner's Manager Casework, for files that cannot say
  --policy FILE|ID   the policy to judge with (default: the built-in in-force policy)
  -h, --help         this help
`;

interface Source {
  name: string;
  path: string;
  readAs?: ReadAs;
}

function projectRoot(): string {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    if (existsSync(join(folder, "package.json")) && existsSync(join(folder, "samples"))) return folder;
    if (dirname(folder) === folder) return process.cwd();
  }
}

/** The corpora the project knows of, where they are present. */
function defaultSources(root: string): { present: Source[]; missing: string[] } {
  const shared = resolve(root, "../shared");
  const corpus = join(shared, "corpus");
  const sets = existsSync(corpus)
    ? readdirSync(corpus)
        .filter((name) => /^set-.*\.json$/.test(name))
        .sort()
        .map((name) => ({ name: `shared/corpus/${name}`, path: join(corpus, name) }))
    : [];
  const candidates: Source[] = [
    { name: "samples", path: join(root, "samples") },
    { name: "shared/invites", path: join(shared, "invites") },
    ...sets,
    {
      name: "shared/corpus/files",
      path: join(corpus, "files"),
      // As the corpus README says to read its files.
      readAs: { me: "alex.nguyen@facs.example.gov.au", manager: "priya.sharma@facs.example.gov.au" },
    },
  ];
  const present = candidates.filter((source) => existsSync(source.path));
  const missing = candidates.filter((source) => !existsSync(source.path)).map((source) => source.name);
  if (sets.length === 0) missing.push("shared/corpus/set-*.json");
  return { present, missing };
}

async function policyFrom(option: string | undefined): Promise<Policy> {
  if (option === undefined) return builtInPolicy();
  if (BUILT_IN_POLICY_IDS.includes(option)) return builtInPolicy(option);
  return loadPolicyText(await readFile(option, "utf8"));
}

export async function main(argv: readonly string[], write: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      summary: { type: "boolean" },
      me: { type: "string" },
      manager: { type: "string" },
      policy: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    write(HELP);
    return 0;
  }
  const policy = await policyFrom(values.policy);
  const readAs: ReadAs = { me: values.me, manager: values.manager };
  const { present, missing } =
    positionals.length > 0
      ? { present: positionals.map((path) => ({ name: path, path, readAs })), missing: [] }
      : defaultSources(projectRoot());

  const corpora: Corpus[] = [];
  for (const source of present) corpora.push(...(await readCorpora(source.path, source.name, source.readAs)));
  const scores = [];
  for (const corpus of corpora) scores.push(await scoreCorpus(corpus, policy));

  if (values.json) {
    for (const score of scores) write(jsonLines(score));
    for (const name of missing) write(JSON.stringify({ type: "missing", corpus: name }) + "\n");
    return 0;
  }
  for (const score of scores) write(textReport(score, !values.summary));
  for (const name of missing) write(`${name}: not present, not scored\n`);
  write(totalLine(scores));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2), (text) => process.stdout.write(text)).then(
    (status) => (process.exitCode = status),
    (error: unknown) => {
      const message = error instanceof CorpusError || error instanceof Error ? error.message : String(error);
      process.stderr.write(`eval: ${message}\n`);
      process.exitCode = 2;
    },
  );
}
