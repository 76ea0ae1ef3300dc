/**
 * Group commit: submissions that arrive while a commit is in flight wait and go together in the next
 * one, so N concurrent learners cost one transaction (one fsync) instead of N. Each submitter's promise
 * settles only after the commit that holds its items, so an acknowledgement always means durable.
 */

interface Waiting<T, R> {
  items: T[];
  resolve(results: R[]): void;
  reject(error: unknown): void;
}

export class GroupCommit<T, R> {
  private queue: Array<Waiting<T, R>> = [];
  private running = false;
  /** Commits done and items written, for tests and the bench. */
  readonly stats = { commits: 0, items: 0, largest: 0 };

  constructor(
    private readonly commit: (items: T[]) => Promise<R[]>,
    private readonly maxItems = 1000,
  ) {}

  submit(items: T[]): Promise<R[]> {
    if (items.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ items, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const batch: Array<Waiting<T, R>> = [];
        let count = 0;
        while (this.queue.length > 0 && (batch.length === 0 || count + this.queue[0]!.items.length <= this.maxItems)) {
          const next = this.queue.shift()!;
          batch.push(next);
          count += next.items.length;
        }
        const items = batch.flatMap((w) => w.items);
        try {
          const results = await this.commit(items);
          this.stats.commits++;
          this.stats.items += items.length;
          this.stats.largest = Math.max(this.stats.largest, items.length);
          let at = 0;
          for (const w of batch) {
            w.resolve(results.slice(at, at + w.items.length));
            at += w.items.length;
          }
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
