// `afterword serve` (or a fixture that runs the same startServer) as its own process on a free
// loopback port: its JSON log lines captured, bounded in time, and killed in afterAll.
import { spawn, type ChildProcess } from "node:child_process";
import { MAIN, ROOT } from "../../slack/build-and-sweep.js";

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
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends a signal and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

/** Kills every server still running (afterAll). */
export function killAllServers(): void {
  for (const p of running) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
  running.clear();
}

/** The environment a server child gets: nothing inherited but PATH, so no stray credentials. */
export function serveEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", AFTERWORD_TZ: "UTC", TZ: "UTC", ...env };
}

function parse(line: string): Record<string, any> {
  try {
    const v = JSON.parse(line);
    return v && typeof v === "object" ? v : { raw: line };
  } catch {
    return { raw: line };
  }
}

/** Starts `node dist/src/main.js serve` (or `script`) and resolves once it logs that it listens; rejects if it exits first. */
export function startServe(
  env: Record<string, string>,
  options: { script?: string; uid?: number; gid?: number; timeoutMs?: number; killAfterMs?: number } = {},
): Promise<ServeChild> {
  const args = options.script ? [options.script] : [MAIN, "serve"];
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    env: serveEnv(env),
    stdio: ["pipe", "pipe", "pipe"],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  running.add(proc);
  let out = "";
  proc.stdout!.setEncoding("utf8").on("data", (d: string) => (out += d));
  proc.stderr!.setEncoding("utf8").on("data", (d: string) => (out += d));
  const killer = setTimeout(() => proc.kill("SIGKILL"), options.killAfterMs ?? 120_000);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once("exit", (code, signal) => {
      clearTimeout(killer);
      running.delete(proc);
      resolve({ code, signal });
    }),
  );
  const lines = () => out.split("\n").filter((l) => l.trim()).map(parse);
  const waitForLine = async (test: (l: Record<string, any>) => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = lines().find(test);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`no matching log line within ${timeoutMs} ms; output:\n${out.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    return exited;
  };
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + (options.timeoutMs ?? 20_000);
    const poll = setInterval(() => {
      const listening = lines().find((l) => l.msg === "Afterword is listening");
      if (listening) {
        clearInterval(poll);
        const port = Number(listening.port);
        resolve({ proc, port, url: `http://127.0.0.1:${port}`, output: () => out, lines, waitForLine, exited, stop });
      } else if (proc.exitCode !== null || proc.signalCode !== null || Date.now() > deadline) {
        clearInterval(poll);
        if (Date.now() > deadline) proc.kill("SIGKILL");
        reject(Object.assign(new Error(`the server did not start:\n${out.slice(-3000)}`), { output: out, exited }));
      }
    }, 20);
  });
}

/** Runs a CLI command to the end; resolves with its exit code and output. */
export function runCli(args: string[], env: Record<string, string>, options: { uid?: number; timeoutMs?: number; input?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [MAIN, ...args], {
      cwd: ROOT,
      env: serveEnv(env),
      stdio: ["pipe", "pipe", "pipe"],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
    });
    running.add(proc);
    let stdout = "";
    let stderr = "";
    proc.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    proc.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    proc.stdin.end(options.input ?? "");
    const timer = setTimeout(() => proc.kill("SIGKILL"), options.timeoutMs ?? 30_000);
    proc.once("exit", (code) => {
      clearTimeout(timer);
      running.delete(proc);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Polls until `check` holds. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
