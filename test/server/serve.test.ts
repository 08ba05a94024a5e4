import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Store } from "../../src/store/store.js";
import { MAIN } from "../helpers/spawn-session.js";

const dir = mkdtempSync(join(tmpdir(), "afterword-serve-"));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

interface Served {
  child: ChildProcess;
  port: number;
  logs: () => string;
  exited: Promise<number | null>;
}

/** Starts `afterword serve` on a free loopback port and waits until it listens. */
async function serve(env: Record<string, string>, db = join(dir, "a.db")): Promise<Served> {
  const child = spawn(process.execPath, [MAIN, "serve"], {
    env: { ...process.env, SLACK_BOT_TOKEN: "", SLACK_SIGNING_SECRET: "", SLACK_APP_TOKEN: "", MicrosoftAppId: "", DATABASE_PATH: db, HOST: "127.0.0.1", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const m = /"port":(\d+)[^\n]*Afterword is listening/.exec(out);
    if (m) return { child, port: Number(m[1]), logs: () => out, exited };
    if (child.exitCode !== null || Date.now() > deadline) return { child, port: 0, logs: () => out, exited };
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("afterword serve", () => {
  it("answers /healthz with the database, the last sweep and the adapters, and stops cleanly on SIGTERM", async () => {
    const s = await serve({});
    expect(s.port).toBeGreaterThan(0);
    let health: any;
    for (let i = 0; i < 40; i++) {
      health = await (await fetch(`http://127.0.0.1:${s.port}/healthz`)).json();
      if (health.lastSweep) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(health).toMatchObject({ ok: true, database: "ok", adapters: { slack: "off", teams: "off" } });
    expect(health.lastSweep).toMatchObject({ ok: true, sent: 0 });
    expect((await fetch(`http://127.0.0.1:${s.port}/nope`)).status).toBe(404);
    s.child.kill("SIGTERM");
    expect(await s.exited).toBe(0);
    expect(s.logs()).toMatch(/stopped cleanly/);
    // Logs are JSON lines.
    for (const line of s.logs().trim().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
  });

  it("says why Slack and Teams are off when no credentials are given", async () => {
    const s = await serve({});
    expect(s.logs()).toMatch(/Slack is off: no SLACK_BOT_TOKEN/);
    expect(s.logs()).toMatch(/Teams is off: no MicrosoftAppId/);
    s.child.kill("SIGTERM");
    await s.exited;
  });

  it("refuses to run unauthenticated Teams on a non-loopback host", async () => {
    const s = await serve({ TEAMS_UNAUTHENTICATED: "true", HOST: "0.0.0.0" });
    expect(await s.exited).toBe(1);
    expect(s.logs()).toMatch(/only binds to loopback/);
  });

  it("refuses to start on a malformed variable, naming it", async () => {
    const s = await serve({ AFTERWORD_TZ: "Mars/Olympus" });
    expect(await s.exited).toBe(1);
    expect(s.logs()).toMatch(/AFTERWORD_TZ: is not an IANA time zone/);
  });

  it("hands the sweeper lease over: a second server does not sweep while the first runs, and takes over when it stops", async () => {
    const db = join(dir, "lease.db");
    const fast = { SWEEP_INTERVAL_SECONDS: "1" };
    const first = await serve(fast, db);
    const second = await serve(fast, db);
    const store = Store.open(db);
    try {
      await waitFor(() => store.leases.holder("sweeper", Date.now()) !== undefined);
      const holder = store.leases.holder("sweeper", Date.now())!;
      expect(holder).toMatch(new RegExp(`^serve-${first.child.pid}-`));
      expect(second.logs()).not.toMatch(/sweep failed/);
      await new Promise((r) => setTimeout(r, 1500));
      expect(store.leases.holder("sweeper", Date.now())).toBe(holder);
      first.child.kill("SIGTERM");
      await first.exited;
      // The first released its lease on the way out; the second takes it on its next tick.
      await waitFor(() => store.leases.holder("sweeper", Date.now())?.startsWith(`serve-${second.child.pid}-`) ?? false);
      // A holder that dies without releasing loses the lease after three missed ticks.
      const third = await serve(fast, db);
      second.child.kill("SIGKILL");
      await second.exited;
      await waitFor(() => store.leases.holder("sweeper", Date.now())?.startsWith(`serve-${third.child.pid}-`) ?? false, 8000);
      third.child.kill("SIGTERM");
      await third.exited;
    } finally {
      store.close();
      second.child.kill("SIGTERM");
      await second.exited;
    }
  });
});

async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}
