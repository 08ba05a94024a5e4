import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";

/** The built CLI, as `npm start` runs it. */
export const MAIN = join(import.meta.dirname, "..", "..", "dist", "src", "main.js");

/** A spawned process driven through its stdin and read through its stdout, like a person at a terminal. */
export class Session {
  private out = "";
  private read = 0;
  readonly child: ChildProcessWithoutNullStreams;

  constructor(args: string[], env: Record<string, string>) {
    this.child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, ...env, NO_COLOR: "1" }, stdio: "pipe" });
    this.child.stdout.setEncoding("utf8").on("data", (d: string) => (this.out += d));
    this.child.stderr.setEncoding("utf8").on("data", (d: string) => (this.out += d));
  }

  /** Everything printed so far. */
  get output(): string {
    return this.out;
  }

  /** Types one line. */
  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** Waits until output printed after the last expect matches; returns that new output. */
  async expect(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const fresh = this.out.slice(this.read);
      const m = pattern.exec(fresh);
      if (m) {
        this.read += m.index + m[0].length;
        return fresh.slice(0, m.index + m[0].length);
      }
      if (Date.now() > deadline || this.child.exitCode !== null) {
        throw new Error(`Timed out waiting for ${pattern}; output since last match:\n${fresh.slice(-2000)}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Sends a line and waits for the pattern. */
  async ask(line: string, pattern: RegExp): Promise<string> {
    this.send(line);
    return this.expect(pattern);
  }

  /** Kills the process at once, as a crash would. */
  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode) return;
    const done = new Promise((r) => this.child.once("exit", r));
    this.child.kill(signal);
    await done;
  }

  /** Closes stdin and waits for a clean exit. */
  async end(): Promise<number | null> {
    const done = new Promise<number | null>((r) => this.child.once("exit", (code) => r(code)));
    this.child.stdin.end();
    return done;
  }
}
