// Starting and stopping the benchmarks' child processes: always bounded, always ended by their pid.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

/** Absolute path of a compiled file next to this one (dist/bench/…) or under dist/ (../src/main.js). */
export function compiled(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.url));
}

/** A free TCP port on 127.0.0.1 (asked of the OS, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** The environment a child gets: PATH and HOME only, plus what is given (nothing of Slack or Teams leaks in). */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...extra };
}

/** Spawns `node [nodeArgs] script [args]` with stdout/stderr to `logPath`, and IPC when asked. */
export function spawnNode(script: string, args: string[], options: { env: NodeJS.ProcessEnv; logPath: string; ipc?: boolean; nodeArgs?: string[] }): ChildProcess {
  const log = openSync(options.logPath, "a");
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], {
    env: options.env,
    stdio: ["ignore", log, log, ...(options.ipc ? (["ipc"] as const) : [])],
  });
  closeSync(log);
  return child;
}

/** Resolves with the first IPC message that `accept` takes; rejects on exit or after `timeoutMs`. */
export function nextMessage<T>(child: ChildProcess, accept: (msg: any) => T | undefined, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`child ${child.pid} sent nothing useful within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (msg: unknown) => {
      const value = accept(msg);
      if (value !== undefined) done(undefined, value);
    };
    const onExit = (code: number | null) => done(new Error(`child ${child.pid} exited (${code}) before answering`));
    function done(err?: Error, value?: T) {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (err) reject(err);
      else resolve(value as T);
    }
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/** Runs a script to completion and returns the last JSON line it printed; kills it after `timeoutMs`. */
export function runForJson<T>(script: string, args: string[], options: { env: NodeJS.ProcessEnv; nodeArgs?: string[]; timeoutMs: number }): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], { env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr!.on("data", (c: Buffer) => (err = (err + c.toString()).slice(-2000)));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${script} ran over ${options.timeoutMs} ms and was stopped`));
    }, options.timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      const last = out.trim().split("\n").pop() ?? "";
      try {
        if (code !== 0) throw new Error(`exit code ${code}`);
        resolve(JSON.parse(last) as T);
      } catch (e) {
        reject(new Error(`${script} failed (${(e as Error).message}): ${err || last}`));
      }
    });
  });
}

/** Ends a child by its pid (SIGTERM, then SIGKILL after `graceMs`) and waits for it to exit. */
export async function stopChild(child: ChildProcess, graceMs = 3000, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
