import { parentPort, workerData } from "node:worker_threads";
import { processHere, type IndexedFile, type Job, type WorkerMessage } from "./parallel";
import type { Rendered } from "./render";

/** A helper thread for large batches: processes its share of files and posts the reports back. */
const { files, job } = workerData as { files: IndexedFile[]; job: Job };
const BATCH = 200;
let pending: [number, Rendered][] = [];

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

void processHere(files, job, (index, rendered) => {
  pending.push([index, rendered]);
  if (pending.length >= BATCH) {
    post({ results: pending });
    pending = [];
  }
}).then(() => {
  if (pending.length > 0) post({ results: pending });
  post({ done: true });
});
