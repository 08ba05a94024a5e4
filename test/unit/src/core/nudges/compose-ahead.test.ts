// A thank-you nudge's letters drafted and checked ahead of the sweeper's write: reading only,
// rendering the same message the write would have rendered on its own, and giving the event loop
// back between letters, so a chat turn's commit asked for meanwhile goes through before the
// composing is done (never behind a whole nudge's letters). Real store, real engine.
import { describe, expect, it } from "vitest";
import { GroupWriter } from "../../../../../src/store/group-writer.js";
import { quickDebrief } from "../../../../support/quick-debrief.js";
import { worldsPerTest } from "../../../../support/scheduler/world.js";

const newWorld = worldsPerTest();

/** A London user two interviewers deep, the look back delivered, at the moment the thank-you nudge is due. */
async function thanksDue() {
  const w = newWorld("2026-10-14T14:00:00Z");
  const sam = w.user("sam", "Europe/London");
  quickDebrief(sam, { names: ["Dana Li", "Omar Haddad"] });
  await w.runUntil("2026-10-14T18:30:00Z");
  const thanks = w.rows(sam).find((r) => r.kind === "thanks" && r.status === "pending")!;
  w.clock.set(new Date(thanks.dueAt).toISOString());
  return { w, thanks };
}

function count(w: Awaited<ReturnType<typeof thanksDue>>["w"], table: string): number {
  return w.store.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
}

describe("composing a nudge's letters ahead of its write", () => {
  it("drafts and checks both letters without writing anything", async () => {
    const { w, thanks } = await thanksDue();
    const before = [count(w, "letters"), count(w, "reminders"), count(w, "letter_gaps")];
    const work = await w.coach.composeNudgeAhead(thanks, w.clock.now());
    // The drafts, and one set of findings per letter.
    expect(work?.results.size).toBe(3);
    expect([count(w, "letters"), count(w, "reminders"), count(w, "letter_gaps")]).toEqual(before);
  });

  it("renders the same nudge from the work done ahead as without it", async () => {
    const { w, thanks } = await thanksDue();
    const work = await w.coach.composeNudgeAhead(thanks, w.clock.now());
    const ahead = w.store.rolledBack(() => w.coach.prepareNudge(thanks, w.clock.now(), work));
    const inline = w.store.rolledBack(() => w.coach.prepareNudge(thanks, w.clock.now()));
    expect(ahead.kind).toBe("send");
    expect(JSON.stringify(ahead)).toContain("Dana");
    expect(ahead).toEqual(inline);
  });

  it("lets a chat turn's commit through while it is still composing", async () => {
    const { w, thanks } = await thanksDue();
    const writer = new GroupWriter(w.store);
    const order: string[] = [];
    const composing = w.coach.composeNudgeAhead(thanks, w.clock.now()).then(() => order.push("letters composed"));
    const turn = writer.write(() => w.store.db.prepare("UPDATE users SET display_name = display_name").run()).then(() => order.push("turn committed"));
    await Promise.all([composing, turn]);
    expect(order).toEqual(["turn committed", "letters composed"]);
  });

  it("has nothing to do for a nudge without letters", async () => {
    const w = newWorld("2026-10-14T14:00:00Z");
    const sam = w.user("sam", "Europe/London");
    quickDebrief(sam);
    const reflect = w.rows(sam).find((r) => r.kind === "reflect")!;
    expect(await w.coach.composeNudgeAhead(reflect, w.clock.now())).toBeUndefined();
  });
});
