// Child processes for tests: output captured, bounded in time, killed in afterAll. `exited`
// resolves on 'close', not 'exit': at 'exit' the child's last lines may still be in the pipe,
// and a check of its output would then race the read.
import { spawn, type ChildProcess } from "node:child_process";

/** How a process ended. */
export interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running child process and what it printed. */
export interface Started {
  proc: ChildProcess;
  /** stdout and stderr, interleaved as they arrived. */
  output(): string;
  stdout(): string;
  stderr(): string;
  /** Resolves once the process has exited and all of its output has been read. */
  exited: Promise<Ended>;
  /** Sends a signal (if it still runs) and waits for `exited`. */
  stop(signal?: NodeJS.Signals): Promise<Ended>;
}

/** How to start one. */
export interface StartOptions {
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Run as this user (and group), e.g. nobody when the tests run as root. */
  uid?: number;
  gid?: number;
  /** The program (default: this node); `args` are its arguments. */
  command?: string;
  /** Keep stdin open for writing (default: closed). */
  stdin?: boolean;
  /** Killed with SIGKILL after this long at the latest (default 2 minutes). */
  killAfterMs?: number;
}

const running = new Set<ChildProcess>();

/** Starts a process; it is SIGKILLed after `killAfterMs` and by `killAllProcesses()`. */
export function startProcess(args: string[], o: StartOptions): Started {
  const proc = spawn(o.command ?? process.execPath, args, {
    cwd: o.cwd,
    env: o.env,
    stdio: [o.stdin ? "pipe" : "ignore", "pipe", "pipe"],
    ...(o.uid !== undefined ? { uid: o.uid, gid: o.gid ?? o.uid } : {}),
  });
  running.add(proc);
  let out = "";
  let stdout = "";
  let stderr = "";
  proc.stdout!.setEncoding("utf8").on("data", (d: string) => ((out += d), (stdout += d)));
  proc.stderr!.setEncoding("utf8").on("data", (d: string) => ((out += d), (stderr += d)));
  const killer = setTimeout(() => proc.kill("SIGKILL"), o.killAfterMs ?? 120_000);
  const exited = new Promise<Ended>((resolve) =>
    proc.once("close", (code, signal) => {
      clearTimeout(killer);
      running.delete(proc);
      resolve({ code, signal });
    }),
  );
  const stop = (signal: NodeJS.Signals = "SIGTERM") => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    return exited;
  };
  return { proc, output: () => out, stdout: () => stdout, stderr: () => stderr, exited, stop };
}

/** Runs a process to the end (stdin gets `input`, then EOF); resolves with how it ended and what it printed. */
export async function runProcess(args: string[], o: StartOptions & { input?: string }): Promise<Ended & { stdout: string; stderr: string }> {
  const p = startProcess(args, { ...o, stdin: true });
  p.proc.stdin!.end(o.input ?? "");
  const ended = await p.exited;
  return { ...ended, stdout: p.stdout(), stderr: p.stderr() };
}

/** SIGKILLs every process this test file started that still runs (afterAll). */
export function killAllProcesses(): void {
  for (const p of running) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
  running.clear();
}
