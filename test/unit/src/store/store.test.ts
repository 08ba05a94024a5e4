import { afterEach, describe, expect, it } from "vitest";
import { tempStore } from "../../../support/temp-store.js";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup() {
  const t = tempStore();
  cleanups.push(t.cleanup);
  return t;
}

describe("repositories", () => {
  it("reads an interview whose stored recruiter blob is damaged, without the recruiter", () => {
    const { store } = setup();
    const user = store.users.upsert({ platform: "console", tenant: "local", user: "sam" }, {}, 1);
    const id = store.interviews.createDraft(user.id, 1);
    store.interviews.setField(id, "company", "Acme");
    store.db.prepare("UPDATE interviews SET recruiter = '{not json' WHERE id = ?").run(id);
    const d = store.interviews.load(user.id, id)!;
    expect(d.company).toBe("Acme");
    expect(d.recruiter).toBeUndefined();
  });

  it("lifts a user's stop when they reach us again at an address, and keeps it otherwise", () => {
    const { store } = setup();
    const ref = { platform: "slack" as const, tenant: "T1", user: "U1" };
    const user = store.users.upsert(ref, { address: "slack:T1:D1" }, 1);
    store.users.stop(user.id, "account_inactive");
    expect(store.users.upsert(ref, {}, 2).stopped).toBe("account_inactive");
    expect(store.users.upsert(ref, { address: "slack:T1:D1" }, 3).stopped).toBeNull();
  });

  it("claims due rows once, and a claim only its holder can finish", () => {
    const { store } = setup();
    const user = store.users.upsert({ platform: "console", tenant: "local", user: "sam" }, {}, 1);
    const id = store.interviews.createDraft(user.id, 1);
    for (let i = 0; i < 5; i++) store.reminders.add(user.id, id, "reflect", 1000 + i, 1);
    store.reminders.add(user.id, id, "thanks", 10_000, 1);
    const a = store.write(() => store.reminders.claimDue(5000, 3, 60_000, "a"));
    const b = store.write(() => store.reminders.claimDue(5000, 10, 60_000, "b"));
    expect(a.map((r) => r.dueAt)).toEqual([1000, 1001, 1002]);
    expect(b.map((r) => r.dueAt)).toEqual([1003, 1004]);
    expect(store.reminders.markSent(a[0]!.id, "b", 5000)).toBe(false);
    expect(store.reminders.markSent(a[0]!.id, "a", 5000)).toBe(true);
    // An expired claim is claimed again by whoever sweeps next.
    const again = store.write(() => store.reminders.claimDue(5000 + 60_001, 10, 60_000, "c"));
    expect(again.map((r) => r.dueAt)).toEqual([1001, 1002, 1003, 1004, 10_000]);
  });
});
