// The built CLI as its own process: `afterword serve` (or a fixture that runs the same startServer)
// on a free loopback port, its JSON log lines captured; one-off commands (`sweep --now`, doctor,
// backup, export…) run to the end. All bounded in time, all killed in afterAll.
import type { ChildProcess } from "node:child_process";
import { MAIN, ROOT } from "./build-once.js";
import { killAllProcesses, runProcess, startProcess, type Ended } from "./spawn.js";
import { until, untilFound, WAIT_CAP_MS } from "./until.js";
import { GRAMMAR } from "./grammar-env.js";

export { until };

/** A running server process. */
export interface ServeChild {
  proc: ChildProcess;
  port: number;
  url: string;
  /** Everything it printed on stdout and stderr, in order. */
  output(): string;
  /** Its output, one parsed JSON object per line (lines that are not JSON are returned as `{ raw }`). */
  lines(): Record<string, any>[];
  /** Resolves when a line matching `test` has been printed. */
  waitForLine(test: (line: Record<string, any>) => boolean, timeoutMs?: number): Promise<Record<string, any>>;
  /** Resolves once it has exited and all its output is read. */
  exited: Promise<Ended>;
  /** Sends a signal and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<Ended>;
}

/** What `startServe` rejects with when the server exits (or never listens): its output, read to the end once `exited` resolves. */
export interface ServeFailure extends Error {
  readonly output: string;
  exited: Promise<Ended>;
}

/** Kills every server still running (afterAll). */
export const killAllServers = killAllProcesses;

/** The environment a server child gets: nothing inherited but PATH, so no stray credentials. */
export function serveEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, AFTERWORD_GRAMMAR: GRAMMAR, HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", AFTERWORD_TZ: "UTC", TZ: "UTC", ...env };
}

function parse(line: string): Record<string, any> {
  try {
    const v = JSON.parse(line);
    return v && typeof v === "object" ? v : { raw: line };
  } catch {
    return { raw: line };
  }
}

/** Starts `node dist/src/main.js serve` (or `script`) and resolves once it logs that it listens; rejects (a ServeFailure) if it exits first. */
export async function startServe(
  env: Record<string, string>,
  options: { script?: string; uid?: number; gid?: number; timeoutMs?: number; killAfterMs?: number } = {},
): Promise<ServeChild> {
  const args = options.script ? [options.script] : [MAIN, "serve"];
  const p = startProcess(args, { cwd: ROOT, env: serveEnv(env), stdin: true, uid: options.uid, gid: options.gid, killAfterMs: options.killAfterMs });
  const lines = () => p.output().split("\n").filter((l) => l.trim()).map(parse);
  const waitForLine = (test: (l: Record<string, any>) => boolean, timeoutMs = WAIT_CAP_MS) =>
    untilFound(() => lines().find(test), () => `a matching log line; output:\n${p.output().slice(-3000)}`, timeoutMs);
  let gone = false;
  void p.exited.then(() => (gone = true));
  const listening = await untilFound(() => lines().find((l) => l.msg === "Afterword is listening") ?? (gone ? null : undefined), () => "the server to listen", options.timeoutMs).catch(() => null);
  if (!listening) {
    if (!gone) p.proc.kill("SIGKILL");
    await p.exited;
    throw Object.assign(new Error(`the server did not start:\n${p.output().slice(-3000)}`), { output: p.output(), exited: p.exited }) as ServeFailure;
  }
  const port = Number(listening.port);
  return { proc: p.proc, port, url: `http://127.0.0.1:${port}`, output: p.output, lines, waitForLine, exited: p.exited, stop: p.stop };
}

/** Runs a CLI command to the end; resolves with its exit code and all of its output. */
export async function runCli(args: string[], env: Record<string, string>, options: { uid?: number; timeoutMs?: number; input?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await runProcess([MAIN, ...args], { cwd: ROOT, env: serveEnv(env), uid: options.uid, input: options.input, killAfterMs: options.timeoutMs ?? 60_000 });
  return { code, stdout, stderr };
}

/**
 * `afterword sweep --now <iso>` run to the end, the way an operator or a cron job would, with only
 * PATH and the given environment (no serve defaults: its stdout is the sweep's summary).
 */
export async function sweepCli(iso: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await runProcess([MAIN, "sweep", "--now", iso], { cwd: ROOT, env: { PATH: process.env.PATH, AFTERWORD_GRAMMAR: GRAMMAR, ...env }, killAfterMs: 60_000 });
  return { code, stdout, stderr };
}
