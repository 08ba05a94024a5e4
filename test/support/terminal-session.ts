import { MAIN } from "./build-once.js";
import { startProcess, type Started } from "./spawn.js";
import { untilFound, WAIT_CAP_MS } from "./until.js";
import { GRAMMAR } from "./grammar-env.js";

export { MAIN };

/** A spawned process driven through its stdin and read through its stdout, like a person at a terminal. */
export class Session {
  private read = 0;
  private closed = false;
  private readonly p: Started;

  constructor(args: string[], env: Record<string, string>) {
    // Nothing inherited but PATH: a developer's own settings (LOG_LEVEL, DATABASE_PATH…) stay out.
    this.p = startProcess([MAIN, ...args], { env: { PATH: process.env.PATH, AFTERWORD_GRAMMAR: GRAMMAR, ...env, NO_COLOR: "1" }, stdin: true });
    void this.p.exited.then(() => (this.closed = true));
  }

  /** The process. */
  get child() {
    return this.p.proc;
  }

  /** Everything printed so far. */
  get output(): string {
    return this.p.output();
  }

  /** Types one line. */
  send(line: string): void {
    this.p.proc.stdin!.write(`${line}\n`);
  }

  /** Waits until output printed after the last expect matches; returns that new output. */
  async expect(pattern: RegExp, timeoutMs = WAIT_CAP_MS): Promise<string> {
    const since = () => `${pattern}; output since last match:\n${this.output.slice(this.read).slice(-2000)}`;
    const m = await untilFound(() => {
      const found = pattern.exec(this.output.slice(this.read));
      // Gone with all its output read: the pattern will not come.
      if (!found && this.closed) throw new Error(`the process ended before ${since()}`);
      return found ?? undefined;
    }, since, timeoutMs);
    const fresh = this.output.slice(this.read, this.read + m.index + m[0].length);
    this.read += m.index + m[0].length;
    return fresh;
  }

  /** Sends a line and waits for the pattern. */
  async ask(line: string, pattern: RegExp): Promise<string> {
    this.send(line);
    return this.expect(pattern);
  }

  /** Kills the process at once, as a crash would. */
  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    await this.p.stop(signal);
  }

  /** Closes stdin and waits for a clean exit; resolves with the exit code once all output is read. */
  async end(): Promise<number | null> {
    this.p.proc.stdin!.end();
    return (await this.p.exited).code;
  }
}
