/**
 * Runs `work` over `items` with at most `limit` at a time, handing each result to `emit` in the
 * items' order as soon as it and all before it are done.
 */
export async function inOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  emit: (result: R) => void,
): Promise<void> {
  const results = new Map<number, R>();
  let nextToStart = 0;
  let nextToEmit = 0;
  const flush = () => {
    while (results.has(nextToEmit)) {
      const result = results.get(nextToEmit) as R;
      results.delete(nextToEmit);
      nextToEmit += 1;
      emit(result);
    }
  };
  const worker = async () => {
    while (nextToStart < items.length) {
      const index = nextToStart;
      nextToStart += 1;
      results.set(index, await work(items[index] as T));
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Collects output and writes it in large pieces: one write per line is slow for 10,000 files. */
export class Buffered {
  private pending: string[] = [];
  private size = 0;
  constructor(
    private readonly write: (text: string) => void,
    private readonly limit = 64 * 1024,
  ) {}
  add(text: string): void {
    if (!text) return;
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= this.limit) this.flush();
  }
  flush(): void {
    if (this.pending.length === 0) return;
    this.write(this.pending.join(""));
    this.pending = [];
    this.size = 0;
  }
}
