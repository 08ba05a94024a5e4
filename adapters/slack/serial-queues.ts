import type { Logger } from "../../src/logger.js";

/**
 * Runs async work one task at a time per key (one key per user), so a user's replies arrive in
 * order while other users' work runs alongside. `idle()` waits for everything queued so far.
 */
export class SerialQueues {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  /** Queues `task` after the key's earlier tasks; its failure is logged, never thrown. */
  run(key: string, task: () => Promise<void>): void {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const next = prev.then(task).catch((err) => this.logger.error({ err }, "slack background task failed"));
    this.tails.set(key, next);
    this.track(next);
    void next.then(() => {
      if (this.tails.get(key) === next) this.tails.delete(key);
    });
  }

  /** Runs `task` at once, outside any queue, but still waited for by `idle()`. */
  now(task: () => Promise<void>): void {
    this.track(task().catch((err) => this.logger.error({ err }, "slack background task failed")));
  }

  /** Resolves when every task started so far, and any they started, has finished. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  private track(p: Promise<void>): void {
    this.pending.add(p);
    void p.then(() => this.pending.delete(p));
  }
}
