import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseCommand, UsageError, type CliOptions, type SummaryCliOptions } from "./args";
import { paintFor, wantsColour } from "./colour";
import { csvHeader } from "./csv-report";
import { collectInputs } from "./inputs";
import { processAll } from "./parallel";
import { openRecordFile } from "./record-file";
import { render, type Rendered } from "./render";
import { Buffered } from "./run-batch";
import { checkTemplate, loadCliPolicy, loadDirectory, type RunSettings } from "./settings";
import { standingLine } from "./text-report";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour is used only then). */
  isTTY?: boolean;
  env?: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
export const EXIT_UNREADABLE_INPUT = 1;
export const EXIT_USAGE = 2;

function packageVersion(): string {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    const candidate = join(folder, "package.json");
    if (existsSync(candidate)) {
      const manifest = JSON.parse(readFileSync(candidate, "utf8")) as { name?: string; version?: string };
      if (manifest.name === "qa-meeting-check") return manifest.version ?? "unknown";
    }
    if (dirname(folder) === folder) return "unknown";
  }
}

async function loadSettings(options: CliOptions): Promise<RunSettings> {
  const policy = await loadCliPolicy(options.policy);
  checkTemplate(policy, options.templateId);
  return { options, policy, directory: await loadDirectory(options.directoryFile) };
}

async function analyzeAll(options: CliOptions, io: CliIo): Promise<number> {
  const settings = await loadSettings(options);
  const colour = wantsColour(io.isTTY ?? false, io.env ?? {});
  const paint = paintFor(colour);
  const out = new Buffered(io.stdout);
  const record = options.recordFile ? new Buffered(openRecordFile(options.recordFile)) : undefined;
  const { files, missing } = await collectInputs(options.inputs);
  if (options.format === "text") out.add(standingLine(settings.policy, paint) + "\n");
  if (options.format === "csv") out.add(csvHeader());

  let unreadable = 0;
  const emit = (rendered: Rendered) => {
    out.add(rendered.stdout);
    if (rendered.record) record?.add(rendered.record);
    if (rendered.failed) unreadable += 1;
    if (rendered.stderr) {
      out.flush();
      io.stderr(rendered.stderr);
    }
  };
  for (const input of missing)
    emit(render({ kind: "error", file: input.path, problem: input.problem }, options, paint));
  await processAll(files, { settings, colour }, emit);
  out.flush();
  record?.flush();
  return unreadable > 0 ? EXIT_UNREADABLE_INPUT : EXIT_OK;
}

/** The summary command, loaded only when asked for: its charts' libraries take most of a second to load. */
async function summary(options: SummaryCliOptions, io: CliIo): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require of our own CommonJS module
  const { runSummary } = require("./summary/run") as typeof import("./summary/run");
  return runSummary(options, io, packageVersion());
}

/** The command line, in-process: returns the exit status instead of exiting. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.kind === "help") {
      io.stdout(command.text);
      return EXIT_OK;
    }
    if (command.kind === "version") {
      io.stdout(`qa-meeting-check ${packageVersion()}\n`);
      return EXIT_OK;
    }
    if (command.kind === "summary") return await summary(command.options, io);
    return await analyzeAll(command.options, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const help = argv[0] === "summary" ? "qa-meeting-check summary --help" : "qa-meeting-check --help";
    io.stderr(`qa-meeting-check: ${error.message}\nTry '${help}' for more information.\n`);
    return EXIT_USAGE;
  }
}

/** Runs the command line in this process: real arguments, real streams, the exit code set. */
export function run(): void {
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  }).then(
    (status) => {
      process.exitCode = status;
    },
    () => {
      process.stderr.write("qa-meeting-check: the check stopped because of a fault in the program itself\n");
      process.exitCode = 70;
    },
  );
}

if (require.main === module) run();
