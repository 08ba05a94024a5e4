// Child processes running the BUILT code (dist/) against a temp database: bounded in time, killed in afterAll.
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MAIN, ROOT } from "../build-once.js";
import { killAllProcesses, startProcess } from "../spawn.js";
import { GRAMMAR } from "../grammar-env.js";

export { MAIN, ROOT };
/** The sweeping child script. */
export const SWEEP_CHILD = join(ROOT, "test/fixtures/sweep-child.mjs");

/** A running child process and what it printed. */
export interface Child {
  proc: ChildProcess;
  out: () => string;
  err: () => string;
  /** Resolves with the exit code (or the signal that ended it), once all of its output is read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Environment for a child: no chat credentials, no network, quiet logs. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, AFTERWORD_GRAMMAR: GRAMMAR, LOG_LEVEL: "silent", AFTERWORD_TZ: "UTC", TZ: "UTC" };
  return { ...env, ...extra };
}

/** Starts `node <script> ...args`; killed after `timeoutMs` at the latest. */
export function startNode(script: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Child {
  const p = startProcess([script, ...args], { cwd: ROOT, env: childEnv(env), killAfterMs: timeoutMs });
  return { proc: p.proc, out: p.stdout, err: p.stderr, exited: p.exited };
}

/** Runs a child to the end and returns its output; throws with its stderr when it fails. */
export async function runNode(script: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<string> {
  const c = startNode(script, args, env, timeoutMs);
  const { code, signal } = await c.exited;
  if (code !== 0) throw new Error(`${script} ${args.join(" ")} exited with ${code ?? signal}:\n${c.err()}\n${c.out()}`);
  return c.out();
}

/** Kills every child still running (afterAll). */
export const killAll = killAllProcesses;

/** The reminder ids a child's port recorded, one per line. */
export function idsIn(file: string): number[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map(Number);
}
