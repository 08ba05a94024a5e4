// The group writer on a real SQLite file: writes asked for together share one commit, each in its
// own savepoint; a group stops taking writes once its budget of work is spent (measured on an
// injected clock) and the rest commit in the next group, in order; a group that cannot begin fails
// the writes waiting, and the writer works again once the database does.
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { GroupWriter } from "../../../../src/store/group-writer.js";
import { Store } from "../../../../src/store/store.js";
import { tempStore } from "../../../support/temp-store.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A store whose commits are counted, with a scratch table to write to. */
function counted(options?: { busyTimeoutMs?: number }): { store: Store; path: string; commits: () => number } {
  const t = tempStore();
  cleanups.push(t.cleanup);
  const store = options ? Store.open(t.path, options) : t.store;
  if (options) cleanups.push(() => store.close());
  store.db.exec("CREATE TABLE IF NOT EXISTS scratch (n INTEGER)");
  let commits = 0;
  store.observe({ beforeWrite: () => undefined, committed: () => void commits++, failed: () => undefined });
  return { store, path: t.path, commits: () => commits };
}

/** A clock that moves on by `step` ms each time it is read. */
function steppingClock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

describe("GroupWriter", () => {
  it("commits writes asked for in the same turn together, and resolves each with its own value", async () => {
    const { store, commits } = counted();
    const writer = new GroupWriter(store, 1_000, steppingClock(0));
    const insert = store.db.prepare("INSERT INTO scratch (n) VALUES (?)");
    const values = await Promise.all([1, 2, 3].map((n) => writer.write(() => (insert.run(n), n * 10))));
    expect(values).toEqual([10, 20, 30]);
    expect(commits()).toBe(1);
    expect(store.db.prepare("SELECT n FROM scratch ORDER BY rowid").pluck().all()).toEqual([1, 2, 3]);
  });

  it("rolls back only the write that failed", async () => {
    const { store } = counted();
    const writer = new GroupWriter(store, 1_000, steppingClock(0));
    const insert = store.db.prepare("INSERT INTO scratch (n) VALUES (?)");
    const results = await Promise.allSettled([
      writer.write(() => insert.run(1)),
      writer.write(() => {
        insert.run(2);
        throw new Error("this one fails");
      }),
      writer.write(() => insert.run(3)),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(store.db.prepare("SELECT n FROM scratch ORDER BY rowid").pluck().all()).toEqual([1, 3]);
  });

  it("stops taking writes once its budget is spent; the rest commit in later groups, in order", async () => {
    const { store, commits } = counted();
    // Each reading of the clock moves 5 ms on: a group with an 8 ms budget takes two writes.
    const writer = new GroupWriter(store, 8, steppingClock(5));
    const insert = store.db.prepare("INSERT INTO scratch (n) VALUES (?)");
    const done = await Promise.all([1, 2, 3, 4, 5].map((n) => writer.write(() => insert.run(n))));
    expect(done).toHaveLength(5);
    expect(commits()).toBe(3);
    expect(store.db.prepare("SELECT n FROM scratch ORDER BY rowid").pluck().all()).toEqual([1, 2, 3, 4, 5]);
  });

  it("always takes one write, however long that write takes", async () => {
    const { store, commits } = counted();
    const writer = new GroupWriter(store, 8, steppingClock(100));
    const insert = store.db.prepare("INSERT INTO scratch (n) VALUES (?)");
    await Promise.all([1, 2].map((n) => writer.write(() => insert.run(n))));
    expect(commits()).toBe(2);
  });

  it("fails the waiting writes when the database is locked, then works again once it is free", async () => {
    const { store, path } = counted({ busyTimeoutMs: 20 });
    const writer = new GroupWriter(store, 8, steppingClock(0));
    const other = new Database(path);
    cleanups.push(() => other.close());
    other.exec("BEGIN IMMEDIATE");
    const insert = store.db.prepare("INSERT INTO scratch (n) VALUES (?)");
    const locked = await Promise.allSettled([writer.write(() => insert.run(1)), writer.write(() => insert.run(2))]);
    expect(locked.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    other.exec("ROLLBACK");
    await writer.write(() => insert.run(3));
    expect(store.db.prepare("SELECT n FROM scratch").pluck().all()).toEqual([3]);
  });
});
