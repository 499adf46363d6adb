import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { paintFor } from "./colour";
import type { InputFile } from "./inputs";
import { processFile } from "./process-file";
import { recordLine } from "./record-file";
import { render, type Rendered } from "./render";
import { inOrder } from "./run-batch";
import type { RunSettings } from "./settings";

/** Files read at once per thread: enough to overlap waiting, few enough for open-file limits. */
export const CONCURRENCY = 32;
/** Below this many files a second thread costs more to start than it saves. */
const FILES_PER_EXTRA_THREAD = 500;

export interface Job {
  settings: RunSettings;
  colour: boolean;
}

export interface IndexedFile {
  index: number;
  file: InputFile;
}

export type WorkerMessage = { results: [number, Rendered][] } | { done: true };

/** Reads, judges and renders files on this thread, handing each result on with its index. */
export async function processHere(
  files: readonly IndexedFile[],
  job: Job,
  emit: (index: number, rendered: Rendered) => void,
): Promise<void> {
  const paint = paintFor(job.colour);
  await inOrder(
    files,
    CONCURRENCY,
    async ({ index, file }) => {
      const outcome = await processFile(file, job.settings);
      const rendered = render(outcome, job.settings.options, paint);
      if (job.settings.options.recordFile) rendered.record = recordLine(outcome, job.settings);
      return { index, rendered };
    },
    ({ index, rendered }) => emit(index, rendered),
  );
}

/** The compiled worker script; absent when running from TypeScript sources (as in tests). */
const WORKER_SCRIPT = join(__dirname, "worker.js");

function processOnWorker(
  files: readonly IndexedFile[],
  job: Job,
  emit: (index: number, rendered: Rendered) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, { workerData: { files, job } });
    worker.on("message", (message: WorkerMessage) => {
      if ("done" in message) {
        void worker.terminate();
        resolve();
        return;
      }
      for (const [index, rendered] of message.results) emit(index, rendered);
    });
    worker.on("error", reject);
  });
}

function threadCount(fileCount: number): number {
  if (!existsSync(WORKER_SCRIPT)) return 1;
  const cores = availableParallelism();
  return Math.max(1, Math.min(cores, Math.floor(fileCount / FILES_PER_EXTRA_THREAD) + 1));
}

/**
 * Processes every file, on as many threads as there are cores for a large batch, and emits the
 * results in the files' order as soon as each one and all before it are ready.
 */
export async function processAll(
  files: readonly InputFile[],
  job: Job,
  emit: (rendered: Rendered) => void,
): Promise<void> {
  const ready = new Map<number, Rendered>();
  let next = 0;
  const collect = (index: number, rendered: Rendered) => {
    ready.set(index, rendered);
    while (ready.has(next)) {
      const inOrderResult = ready.get(next) as Rendered;
      ready.delete(next);
      next += 1;
      emit(inOrderResult);
    }
  };
  const threads = threadCount(files.length);
  const shares = Array.from({ length: threads }, (_, thread) =>
    files.map((file, index) => ({ index, file })).filter(({ index }) => index % threads === thread),
  );
  const [mine = [], ...theirs] = shares;
  await Promise.all([
    processHere(mine, job, collect),
    ...theirs.map((share) => processOnWorker(share, job, collect)),
  ]);
}
