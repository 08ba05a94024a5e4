// Notes the letters cannot use as written are left out and asked about once, in the thank-you nudge; the answer
// rebuilds the letters. Cards and edits: a card has no subject, and one written out into a letter becomes a letter.
import { afterEach, describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import type { Block, Outbound } from "../../../src/core/types.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { Driver, buttonsOf, tempCoach, textOf } from "../../support/temp-store.js";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function letters(out: Outbound[]) {
  return out.flatMap((m) => m.blocks).filter((b): b is Extract<Block, { type: "letter" }> => b.type === "letter");
}

/** A Slack user's debrief whose note about each interviewer is only emoji. */
function setup(specific = "😬🙃") {
  const t = tempCoach("2026-11-17T15:00:00Z");
  cleanups.push(t.cleanup);
  const me = new Driver(t.coach, { platform: "slack", tenant: "T1", user: "U1" }, t.clock);
  const saved = quickDebrief(me, { names: ["Dana Li", "Tom Hughes"], specific });
  const user = t.store.users.find(me.from)!;
  const interview = t.store.interviews.list(user.id)[0]!;
  return { ...t, me, saved, interview };
}

/** Delivers one nudge the way the sweeper does: claimed when due, prepared, recorded as sent. */
function deliver(t: ReturnType<typeof setup>, kind: "reflect" | "thanks"): Outbound {
  const due = t.store.reminders.pendingFor(t.interview.id).find((x) => x.kind === kind)!;
  t.clock.t = new Date(due.dueAt);
  const [r] = t.store.write(() => t.store.reminders.claimDue(due.dueAt, 1, 60_000, "test"));
  expect(r?.id).toBe(due.id);
  const plan = t.store.write(() => t.coach.prepareNudge(r!, t.clock.now()));
  if (plan.kind !== "send") throw new Error(`the ${kind} nudge was not sent: ${plan.kind}`);
  t.store.write(() => {
    t.store.reminders.markSent(r!.id, "test", t.clock.now().getTime());
    t.coach.afterNudgeSent(r!, t.clock.now());
  });
  return plan.message;
}

/** The thank-you nudge, after the reflect nudge came on its own as planned (the user skipped its questions). */
function thanksNudge(t: ReturnType<typeof setup>): Outbound {
  deliver(t, "reflect");
  t.me.say("done"); // the rest of the questions skipped…
  t.me.say("yes"); // …but still wanting the job
  return deliver(t, "thanks");
}

describe("notes the letters could not use", () => {
  it("are left out of the letters, asked about once in the thank-you nudge, and the answers rebuild the letters", () => {
    const t = setup();
    const nudge = thanksNudge(t);
    for (const l of letters([nudge])) expect(l.body).not.toMatch(/\p{Extended_Pictographic}/u);
    const asked = textOf([nudge]);
    expect(asked).toMatch(/didn't fit a letter as written, so I left them out/);
    expect(asked).toMatch(/1\. For what you talked about with Dana \("😬🙃"\): how would you put that to Dana in one sentence\?/);
    expect(asked).toMatch(/2\. For what you talked about with Tom \("😬🙃"\): how would you put that to Tom in one sentence\?/);
    const rebuilt = t.me.say("Your question about Kafka partitioning made me rethink how I size topics\nskip");
    const [dana, tom] = letters(rebuilt);
    expect(textOf(rebuilt)).toMatch(/^Thanks\. Here are your letters with that in:/);
    expect(dana!.body).toContain("Your question about Kafka partitioning made me rethink how I size topics.");
    expect(tom!.body).not.toMatch(/Kafka|skip/);
    // Asked once: the reminder the next day does not ask again.
    const again = t.store.reminders.pendingFor(t.interview.id).find((x) => x.kind === "thanks_again")!;
    const plan = t.coach.prepareNudge(again, new Date(again.dueAt));
    expect(plan.kind === "send" ? textOf([plan.message]) : "").not.toMatch(/didn't fit a letter/);
  });

  it("a 20,000-character paste is never pasted: the beat is left out and asked about, and the letter stays whole", () => {
    const t = setup("so basically the whole thing was about their platform and ".repeat(340));
    const nudge = thanksNudge(t);
    for (const l of letters([nudge])) {
      expect(l.body.length).toBeLessThan(1200);
      expect(l.body).not.toContain("basically");
      expect(l.body.trim().split("\n").pop()).toBe("Sam Rivera");
    }
    expect(textOf([nudge])).toMatch(/how would you put that to Dana in one sentence\?/);
  });

  it("when the look back and the thank-you came in one message, the question comes with the notes, once the look back is done", () => {
    const t = setup();
    t.clock.t = new Date(t.store.reminders.pendingFor(t.interview.id).find((x) => x.kind === "thanks")!.dueAt);
    const now = t.clock.now();
    const [first] = t.store.write(() => t.store.reminders.claimDue(now.getTime(), 5, 60_000, "test"));
    const plan = t.store.write(() => t.coach.prepareNudge(first!, now));
    if (plan.kind !== "send") throw new Error("the reflect nudge was not sent");
    expect(textOf([plan.message])).toMatch(/1\. Look back first[\s\S]*2\. Your thank-you notes/);
    expect(textOf([plan.message])).not.toMatch(/didn't fit a letter/);
    t.store.write(() => {
      t.store.reminders.markSent(first!.id, "test", now.getTime());
      t.coach.afterNudgeSent(first!, now);
    });
    // The look back first: its questions take the typed answers, and the last one closes it.
    expect(textOf(t.me.say("done"))).toMatch(/still want this job/);
    t.me.press(Actions.interest, `${t.interview.id}:yes`);
    const notes = t.me.press(Actions.draftNotes, String(t.interview.id));
    expect(textOf(notes)).toMatch(/Here are your thank-you drafts[\s\S]*didn't fit a letter as written/);
    expect(textOf(t.me.say("Your question about Kafka partitioning made me rethink how I size topics\nskip"))).toMatch(/^Thanks\. Here are your letters with that in:/);
    // Asked once.
    expect(textOf(t.me.press(Actions.draftNotes, String(t.interview.id)))).not.toMatch(/didn't fit a letter/);
  });

  it("a debrief whose notes all pass asks nothing", () => {
    const t = setup("she asked how id migrate the billing service w/o downtime");
    expect(textOf([thanksNudge(t)])).not.toMatch(/didn't fit a letter/);
  });
});

describe("cards and edits", () => {
  it("a card has no subject and no email link; written out into a full letter, it is checked and sent as a letter", () => {
    const t = setup("she asked how id migrate the billing service w/o downtime");
    const preview = buttonsOf(t.saved).find((b) => b.action === Actions.draftNotes)!;
    const [dana] = letters(t.me.press(preview.action, preview.value));
    const [card] = letters(t.me.press(Actions.letterCard, dana!.letterId));
    expect(card!.subject).toBe("");
    expect(card!.mailto).toBeUndefined();
    const full = `${dana!.body.replace(/\n\n(?=[^\n]*,\n[^\n]*$)/, "\n\nI also wanted to add a few words about the migration plan we discussed and how I would stage it across the quarter, starting with the read path and moving writes once the shadow traffic matched.\n\n")}`;
    const saved = t.me.press(Actions.letterSave, card!.letterId, full);
    const [letter] = letters(saved);
    expect(letter!.subject.length).toBeGreaterThan(5);
    expect(letter!.subject).not.toMatch(/^Card/);
    expect(letter!.mailto).toMatch(/^mailto:\?subject=/);
    expect(textOf(saved)).not.toMatch(/cut it to 100/);
    const row = t.store.letters.get(t.store.users.find(t.me.from)!.id, Number(card!.letterId))!;
    expect(row.kind).toBe("thanks");
    expect(t.store.letters.forInterview(t.interview.id, ["thanks", "card"]).filter((l) => l.interviewerId === row.interviewerId)).toHaveLength(1);
  });
});
