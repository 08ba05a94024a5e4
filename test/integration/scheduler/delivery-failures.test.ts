// What the sweeper does when delivery fails, when a claim is abandoned, and when a nudge cannot be rendered.
import { describe, expect, it } from "vitest";
import { SendError } from "../../../src/core/types.js";
import { Store } from "../../../src/store/store.js";
import { createLogger } from "../../../src/logger.js";
import { startSweeper } from "../../../src/scheduler/start-sweeper.js";
import { backoffMs } from "../../../src/scheduler/sweep.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { textOf } from "../../support/temp-store.js";
import { at, worldsPerTest } from "../../support/scheduler/world.js";

// Whatever a test did, no nudge reached anyone outside their nudge hours (checked by worldsPerTest).
const newWorld = worldsPerTest();

const TZ = "Europe/London";
const REFLECT = "2026-11-17T18:00"; // confirmed 15:00, reflect at 18:00

/** Two users, Ana on Slack and Bo on Teams, each with a reflect nudge due at 18:00. */
function setup() {
  const w = newWorld(at("2026-11-17T15:00", TZ));
  const ana = w.user("ana", TZ, "slack");
  const bo = w.user("bo", TZ, "teams");
  quickDebrief(ana, { when: "today 10am" });
  quickDebrief(bo, { when: "today 10am" });
  const reflectOf = (d: typeof ana) => w.rows(d).find((r) => r.kind === "reflect")!;
  return { w, ana, bo, reflectOf };
}

const MIN = 60_000;

describe("delivery failures", () => {
  it("a permanent failure marks the row dead and stops that user's nudges; others are unaffected", async () => {
    const { w, ana, bo, reflectOf } = setup();
    w.setPort((to) => (to.startsWith("slack:") ? new SendError("account_inactive", "permanent") : undefined));
    const result = await w.sweepNow(at(REFLECT, TZ));
    expect(result).toMatchObject({ sent: 1, dead: 1 });
    expect(reflectOf(ana)).toMatchObject({ status: "dead", lastError: "account_inactive" });
    expect(w.row(ana).stopped).toBe("account_inactive");
    expect(w.rows(ana).filter((r) => r.status === "pending")).toEqual([]);
    expect(reflectOf(bo).status).toBe("sent");
    // Bo's plan carries on; Ana hears nothing more, even once the platform would accept her again.
    w.setPort(() => undefined);
    await w.runUntil(at("2026-12-10T12:00", TZ), 60);
    expect(w.to(ana)).toEqual([]);
    expect(w.to(bo).map((x) => x.kind)).toEqual(["reflect", "thanks", "thanks_again", "checkin", "letgo"]);
  });

  it("a transient failure retries later with backoff, keeping its planned time; Retry-After is honoured", async () => {
    const { w, ana, reflectOf } = setup();
    let failures = 1;
    w.setPort((to) => (to.startsWith("slack:") && failures-- > 0 ? new SendError("rate limited", "retry") : undefined));
    const t0 = Date.parse(at(REFLECT, TZ));
    expect(await w.sweepNow(new Date(t0).toISOString())).toMatchObject({ sent: 1, retried: 1 });
    const wait = backoffMs(1, () => 0.5);
    expect(wait).toBe(MIN);
    expect(reflectOf(ana)).toMatchObject({ status: "pending", attempts: 1, dueAt: t0, leaseUntil: t0 + wait, lastError: "rate limited" });
    // Not before the backoff has passed.
    expect((await w.sweepNow(new Date(t0 + wait - 1000).toISOString())).sent).toBe(0);
    expect((await w.sweepNow(new Date(t0 + wait).toISOString())).sent).toBe(1);
    expect(reflectOf(ana)).toMatchObject({ status: "sent", attempts: 2 });

    // A platform that says how long to wait is waited for, even past the backoff.
    const thanks = w.rows(ana).find((r) => r.kind === "thanks")!;
    const t1 = thanks.dueAt;
    w.setPort((to) => (to.startsWith("slack:") ? new SendError("slow down", "retry", 10 * MIN) : undefined));
    await w.sweepNow(new Date(t1).toISOString());
    expect(w.rows(ana).find((r) => r.kind === "thanks")).toMatchObject({ status: "pending", leaseUntil: t1 + 10 * MIN });
  });

  it("backoff doubles from one minute up to an hour, with jitter", () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => backoffMs(n, () => 0.5))).toEqual([1, 2, 4, 8, 60, 60, 60].map((m) => m * MIN));
    expect(backoffMs(1, () => 0)).toBe(0.75 * MIN);
    expect(backoffMs(1, () => 1)).toBe(1.25 * MIN);
  });

  it("a nudge that keeps failing is given up after its attempts, without stopping the user", async () => {
    const { w, ana, reflectOf } = setup();
    w.setPort((to) => (to.startsWith("slack:") ? new Error("socket hang up") as SendError : undefined));
    w.clock.set(at(REFLECT, TZ));
    // Sweep whenever the row is next allowed out (the backoff runs into the night: that wait is no attempt).
    const waits: string[] = [];
    for (let i = 0; i < 20 && reflectOf(ana).status === "pending"; i++) {
      await w.sweepNow(new Date(Math.max(w.clock.now().getTime(), reflectOf(ana).leaseUntil ?? 0)).toISOString());
      waits.push(reflectOf(ana).lastError ?? "");
    }
    expect(waits.filter((x) => x === "quiet hours")).toHaveLength(1);
    expect(reflectOf(ana)).toMatchObject({ status: "dead", attempts: 8, lastError: "socket hang up" });
    expect(w.row(ana).stopped).toBeNull();
    expect(w.rows(ana).find((r) => r.kind === "thanks")!.status).toBe("pending");
  });

  it("a claim left by a process that died is taken over only once its lease has expired", async () => {
    const { w, ana, bo, reflectOf } = setup();
    const t0 = Date.parse(at(REFLECT, TZ));
    const lease = 5 * MIN;
    const ghost = w.store.write(() => w.store.reminders.claimDue(t0, 10, lease, "ghost-process"));
    expect(ghost.map((r) => r.id).sort()).toEqual([reflectOf(ana).id, reflectOf(bo).id].sort());
    expect((await w.sweepNow(new Date(t0 + lease - 1).toISOString())).sent).toBe(0);
    expect(reflectOf(ana)).toMatchObject({ status: "sending", leaseUntil: t0 + lease });
    expect((await w.sweepNow(new Date(t0 + lease).toISOString())).sent).toBe(2);
    expect(reflectOf(ana)).toMatchObject({ status: "sent", attempts: 2 });
    // The dead process's claim can no longer finish anything.
    expect(w.store.reminders.markSent(reflectOf(ana).id, "ghost-process", t0 + lease)).toBe(false);
    w.store.reminders.finish(reflectOf(bo).id, "ghost-process", "dead", "late ghost");
    expect(reflectOf(bo).status).toBe("sent");
  });

  it("a nudge that cannot be rendered does not stall the sweep for anyone else", async () => {
    const { w, ana, bo, reflectOf } = setup();
    const anaReflect = reflectOf(ana).id;
    // Rendering Ana's nudge throws (a bug, or data the renderer cannot handle).
    const prepare = w.coach.prepareNudge.bind(w.coach);
    w.coach.prepareNudge = (r, now) => {
      if (r.id === anaReflect) throw new Error("renderer exploded");
      return prepare(r, now);
    };
    const row = () => w.store.reminders.byId(anaReflect)!;
    const result = await w.sweepNow(at(REFLECT, TZ));
    expect(result).toMatchObject({ sent: 1, retried: 1 });
    expect(w.to(bo).map((x) => x.kind)).toEqual(["reflect"]);
    expect(row()).toMatchObject({ status: "pending", attempts: 1 });
    expect(row().lastError).toMatch(/could not prepare/);
  });
});

describe("the cron sweeper", () => {
  it("sweeps once at start-up, so nudges that came due while the server was down go out", async () => {
    const { w, ana } = setup();
    w.clock.set(at("2026-11-18T11:00", TZ));
    const logger = createLogger("silent", "none");
    const server = startSweeper(w.deps, w.clock.now, logger, { cron: false });
    await server.tick();
    // The reflect and the thank-you fell due while it was down: one message, in order, saying why it is late.
    expect(w.to(ana).map((x) => x.kind)).toEqual(["reflect"]);
    expect(textOf([w.to(ana)[0]!.message])).toMatch(/later than planned; I was offline[\s\S]*Two steps[\s\S]*1\. Look back first[\s\S]*2\. Your thank-you notes/);
    expect(w.rows(ana).filter((r) => r.kind === "thanks").map((r) => r.status)).toEqual(["sent"]);
    // A second server sharing the database leaves the sweep to the lease holder.
    const other = startSweeper({ ...w.deps, holder: "other-server" }, w.clock.now, logger, { cron: false });
    expect(await other.tick()).toBeUndefined();
    await server.stop();
    await other.stop();
    expect(w.store.leases.fact("last_sweep")).toMatchObject({ ok: true });
  });

  it("a database locked by another process costs one tick, never the server", async () => {
    const { w, ana } = setup();
    w.clock.set(at("2026-11-18T11:00", TZ));
    w.store.db.pragma("busy_timeout = 5");
    const other = Store.open(w.path);
    try {
      other.db.prepare("BEGIN IMMEDIATE").run();
      const server = startSweeper(w.deps, w.clock.now, createLogger("silent", "none"), { cron: false });
      await expect(server.tick()).resolves.toBeUndefined();
      other.db.prepare("COMMIT").run();
      // Each user's reflect and thank-you, due together, go out as one message.
      expect((await server.tick())?.sent).toBe(2);
      await server.stop();
      expect(w.to(ana).map((x) => x.kind)).toEqual(["reflect"]);
      expect(w.rows(ana).map((r) => [r.kind, r.status])).toContainEqual(["thanks", "sent"]);
    } finally {
      if (other.db.inTransaction) other.db.prepare("ROLLBACK").run();
      other.close();
    }
  });
});
