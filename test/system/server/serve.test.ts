import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Store } from "../../../src/store/store.js";
import { serveEnv } from "../../support/serve-child.js";
import { MAIN, ROOT } from "../../support/build-once.js";
import { killAllProcesses, startProcess, type Started } from "../../support/spawn.js";
import { until, untilFound } from "../../support/until.js";
import { closingFetch } from "../../support/http.js";

const dir = mkdtempSync(join(tmpdir(), "afterword-serve-"));
afterAll(() => {
  killAllProcesses();
  rmSync(dir, { recursive: true, force: true });
});

interface Served {
  child: Started["proc"];
  port: number;
  logs: () => string;
  /** The exit code, once the process is gone and its output read. */
  exited: Promise<number | null>;
}

/** Starts `afterword serve` on a free loopback port; resolves once it listens or has exited (port 0). */
async function serve(env: Record<string, string>, db = join(dir, "a.db")): Promise<Served> {
  const p = startProcess([MAIN, "serve"], { cwd: ROOT, env: serveEnv({ DATABASE_PATH: db, ...env }) });
  let gone = false;
  const exited = p.exited.then(({ code }) => ((gone = true), code));
  const port = await untilFound(() => {
    const m = /"port":(\d+)[^\n]*Afterword is listening/.exec(p.output());
    return m ? Number(m[1]) : gone ? 0 : undefined;
  }, () => `the server to listen or exit; output:\n${p.output()}`);
  return { child: p.proc, port, logs: p.output, exited };
}

describe("afterword serve", () => {
  it("answers /healthz with the database, the last sweep and the adapters, and stops cleanly on SIGTERM", async () => {
    const s = await serve({});
    expect(s.port).toBeGreaterThan(0);
    // The sweeper runs once at start-up; its result shows in /healthz once it has finished.
    const health = await untilFound(async () => {
      const h = await (await closingFetch(`http://127.0.0.1:${s.port}/healthz`)).json();
      return h.lastSweep ? h : undefined;
    }, () => "the start-up sweep in /healthz");
    expect(health).toMatchObject({ ok: true, database: "ok", adapters: { slack: "off", teams: "off" } });
    expect(health.lastSweep).toMatchObject({ ok: true, sent: 0 });
    expect((await closingFetch(`http://127.0.0.1:${s.port}/nope`)).status).toBe(404);
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
    const store = Store.open(db);
    const holderNow = () => store.leases.holder("sweeper", Date.now());
    let second: Served | undefined;
    try {
      await until(() => holderNow() !== undefined, "the first server to take the sweeper lease");
      const holder = holderNow()!;
      expect(holder).toMatch(new RegExp(`^serve-${first.child.pid}-`));
      second = await serve({ ...fast, LOG_LEVEL: "debug" }, db);
      // The second wakes every second and stands aside each time: counted, not guessed from a sleep.
      const skipped = () => second!.logs().split("another server holds the sweeper lease; skipping this tick").length - 1;
      await until(() => skipped() >= 3, "the second server to skip three ticks");
      expect(holderNow()).toBe(holder);
      expect(second.logs()).not.toMatch(/sweep failed/);
      first.child.kill("SIGTERM");
      await first.exited;
      // The first released its lease on the way out; the second takes it on its next tick.
      await until(() => holderNow()?.startsWith(`serve-${second!.child.pid}-`) ?? false, "the second server to take the lease");
      // A holder that dies without releasing loses the lease after three missed ticks.
      const third = await serve(fast, db);
      second.child.kill("SIGKILL");
      await second.exited;
      await until(() => holderNow()?.startsWith(`serve-${third.child.pid}-`) ?? false, "the third server to take the lease");
      third.child.kill("SIGTERM");
      await third.exited;
    } finally {
      store.close();
      second?.child.kill("SIGTERM");
      await second?.exited;
    }
  });
});
