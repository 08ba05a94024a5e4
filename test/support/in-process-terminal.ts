// The terminal coach in this process, wired as `afterword chat` wires it (the real engine on a
// SQLite file, the development clock, the sweeper behind /advance), talking through streams
// instead of a terminal. Read like the spawned Session: send a line, wait for what comes back.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll } from "vitest";
import { DevClock } from "../../adapters/console/dev-clock.js";
import { startTerminalCoach } from "../../src/cli/start-terminal-coach.js";
import { Store } from "../../src/store/store.js";
import { untilFound, WAIT_CAP_MS } from "./until.js";

/** A conversation in the terminal coach, in either form (in-process here, or a spawned `afterword chat`). */
export interface Terminal {
  readonly output: string;
  send(line: string): void;
  expect(pattern: RegExp, timeoutMs?: number): Promise<string>;
  ask(line: string, pattern: RegExp): Promise<string>;
}

/** One in-process session; `end()` closes its input, waits for the session and closes the database. */
export class InProcessTerminal implements Terminal {
  private out = "";
  private read = 0;
  private readonly input = new PassThrough();
  private readonly store: Store;
  private readonly running: Promise<void>;
  private ended?: Promise<void>;

  /** The SQLite file it runs on. */
  readonly dbPath: string;

  constructor(o: { dbPath: string; user: string; tz: string; now: Date }) {
    this.dbPath = o.dbPath;
    this.store = Store.open(o.dbPath);
    const output = new PassThrough();
    output.setEncoding("utf8").on("data", (d: string) => (this.out += d));
    const session = startTerminalCoach({ store: this.store, clock: new DevClock(o.now), user: o.user, tz: o.tz, input: this.input, output, interactive: false, holder: "console-test" });
    this.running = session.run();
  }

  /** Everything printed so far. */
  get output(): string {
    return this.out;
  }

  /** Types one line. */
  send(line: string): void {
    this.input.write(`${line}\n`);
  }

  /** Waits until output printed after the last expect matches; returns that new output. */
  async expect(pattern: RegExp, timeoutMs = WAIT_CAP_MS): Promise<string> {
    const m = await untilFound(() => pattern.exec(this.out.slice(this.read)) ?? undefined, () => `${pattern}; output since last match:\n${this.out.slice(this.read).slice(-2000)}`, timeoutMs);
    const fresh = this.out.slice(this.read, this.read + m.index + m[0].length);
    this.read += m.index + m[0].length;
    return fresh;
  }

  /** Sends a line and waits for the pattern. */
  ask(line: string, pattern: RegExp): Promise<string> {
    this.send(line);
    return this.expect(pattern);
  }

  /** Ends the input (as Ctrl-D would), waits for the session to finish, and closes the database (once, however often called). */
  end(): Promise<void> {
    this.ended ??= (async () => {
      this.input.end();
      await this.running;
      this.store.close();
    })();
    return this.ended;
  }
}

/**
 * Terminal coaches for one test file: each `start` is a session on its own database (named for the
 * user unless `db` is given: a second session on one database picks up where the first stopped) in a
 * shared temp folder, on an injected clock; all ended and removed after the file.
 */
export function inProcessTerminals(prefix: string): (user: string, tz: string, nowIso: string, db?: string) => InProcessTerminal {
  const dir = mkdtempSync(join(tmpdir(), `afterword-${prefix}-`));
  const open: InProcessTerminal[] = [];
  afterAll(async () => {
    for (const t of open) await t.end();
    rmSync(dir, { recursive: true, force: true });
  });
  return (user, tz, nowIso, db = user) => {
    const t = new InProcessTerminal({ dbPath: join(dir, `${db}.db`), user, tz, now: new Date(nowIso) });
    open.push(t);
    return t;
  };
}
