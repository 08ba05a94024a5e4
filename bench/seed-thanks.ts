// Turns a seeded scale database's due nudges into thank-you nudges worth the name: each of
// `count` interviews gets a whole debrief (two interviewers, what was said with each, the team's
// need, the user's example, what never came up), copied from one debrief typed through the
// engine, its reflect nudge already sent and its thank-you nudge due. Every other due row moves
// out of the window, so a sweep at `now` delivers exactly these.
import { Coach } from "../src/core/coach.js";
import type { Inbound } from "../src/core/types.js";
import { Store } from "../src/store/store.js";
import type { SeedLayout } from "./seed-reminders.js";

/** The seeded thank-you nudges: how many, their interviews, and the reminder id above which rows were added by a sweep. */
export interface ThanksLayout {
  due: number;
  now: number;
  /** The highest reminder id before any sweep: rows above it are a sweep's follow-ups, removed on reset. */
  maxReminderId: number;
}

const TEMPLATE_LINES = [
  "interview-done Acme, Staff Engineer, with Dana Li and Omar Haddad",
  "today 10am",
  "video, final round",
  "yes",
  "She asked how I would split the billing service without a freeze, and liked the strangler plan.",
  "He asked how I run incident reviews across teams and what I changed after the last big outage.",
  "Fewer flaky deploys; the release train slips most weeks. I cut our deploy failures by half last year.",
  "Recruiter will call within a week.",
  "no",
  "Running the hiring loop at my last job never came up, and it fits what they need.",
  "yes",
];

const FIRST = ["Dana", "Omar", "Priya", "Lena", "Marcus", "Aiko", "Tomás", "Grace", "Kwame", "Sofia"];
const LAST = ["Li", "Haddad", "Novak", "Okafor", "Berg", "Tanaka", "Reyes", "Walsh", "Mensah", "Costa"];

/** Types one debrief through the engine (a throwaway user) and returns its interview id. */
function typeTemplate(store: Store, now: number): number {
  let t = now - 86_400_000 + 6 * 3_600_000;
  const coach = new Coach({ store, clock: () => new Date(t), defaultTz: "UTC" });
  const from = { platform: "slack" as const, tenant: "TBENCH", user: "UTEMPLATE" };
  let last = "";
  TEMPLATE_LINES.forEach((text, i) => {
    t += 1000;
    const outs = coach.handle({ kind: "text", text, from, at: new Date(t), id: `template-${i}`, address: "slack:TBENCH:DTEMPLATE", tz: "UTC" } as Inbound);
    last = outs[0]?.text ?? "";
  });
  if (!/^Saved\b/.test(last)) throw new Error(`the thank-you template debrief did not save (last reply: "${last.slice(0, 80)}"): update bench/seed-thanks.ts`);
  const user = store.users.find(from)!;
  return store.interviews.list(user.id)[0]!.id;
}

/** Seeds `count` due thank-you nudges into a database laid out by seedReminders; its due reflect nudges move out. */
export function seedThanks(path: string, layout: SeedLayout, count = 1000): ThanksLayout {
  const store = Store.open(path);
  const db = store.db;
  try {
    store.write(() => {
      const template = typeTemplate(store, layout.now);
      db.exec("CREATE TEMP TABLE IF NOT EXISTS bench_thanks (interview_id INTEGER PRIMARY KEY, n INTEGER)");
      db.exec("DELETE FROM bench_thanks");
      db.prepare(
        `INSERT INTO bench_thanks SELECT interview_id, ROW_NUMBER() OVER (ORDER BY id) - 1 FROM reminders
         WHERE kind = 'reflect' AND status = 'pending' AND due_at <= ? ORDER BY id LIMIT ?`,
      ).run(layout.now, count);
      db.prepare(
        `UPDATE interviews SET (happened_at, format, stage, decision_date, checkin_date, interest, recruiter) =
           (SELECT happened_at, format, stage, decision_date, checkin_date, interest, recruiter FROM interviews WHERE id = @template)
         WHERE id IN (SELECT interview_id FROM bench_thanks)`,
      ).run({ template });
      const people = db.prepare("SELECT position, title, email, specific FROM interviewers WHERE interview_id = ? ORDER BY position").all(template) as {
        position: number;
        title: string | null;
        email: string | null;
        specific: string | null;
      }[];
      const addPerson = db.prepare("INSERT INTO interviewers (interview_id, position, name, title, email, specific) VALUES (?, ?, ?, ?, ?, ?)");
      for (const { interview_id: id, n } of db.prepare("SELECT interview_id, n FROM bench_thanks").all() as { interview_id: number; n: number }[]) {
        people.forEach((p, k) => addPerson.run(id, p.position, `${FIRST[(n + k * 3) % FIRST.length]} ${LAST[(n * 7 + k) % LAST.length]}`, p.title, p.email, p.specific));
      }
      db.prepare("INSERT INTO debrief_answers (interview_id, field, value) SELECT b.interview_id, a.field, a.value FROM bench_thanks b, debrief_answers a WHERE a.interview_id = ?").run(template);
      db.prepare("UPDATE reminders SET status = 'sent', sent_at = @now - 72000000 WHERE kind = 'reflect' AND interview_id IN (SELECT interview_id FROM bench_thanks)").run({ now: layout.now });
      db.prepare("UPDATE reminders SET due_at = @now - 60000 - id % 600 * 1000 WHERE kind = 'thanks' AND interview_id IN (SELECT interview_id FROM bench_thanks)").run({ now: layout.now });
      db.prepare("UPDATE reminders SET due_at = @now + 2 * 86400000 WHERE kind = 'reflect' AND status = 'pending' AND due_at <= @now").run({ now: layout.now });
      store.users.delete(store.users.find({ platform: "slack", tenant: "TBENCH", user: "UTEMPLATE" })!.id);
    });
    const due = (db.prepare("SELECT COUNT(*) AS n FROM reminders WHERE status = 'pending' AND due_at <= ?").get(layout.now) as { n: number }).n;
    const maxReminderId = (db.prepare("SELECT MAX(id) AS id FROM reminders").get() as { id: number }).id;
    return { due, now: layout.now, maxReminderId };
  } finally {
    store.close();
  }
}

/** Puts a thank-you sweep's changes back: the nudges due again, no drafts, no gaps asked, no follow-ups planned. */
export function resetThanks(store: Store, layout: ThanksLayout): void {
  const ids = "SELECT interview_id FROM reminders WHERE kind = 'thanks' AND due_at <= @now";
  store.write(() => {
    store.db.prepare("DELETE FROM reminders WHERE id > @max").run({ max: layout.maxReminderId });
    store.db
      .prepare(
        `UPDATE reminders SET status = 'pending', sent_at = NULL, lease_until = NULL, claimed_by = NULL, attempts = 0, send_started_at = NULL, joined_to = NULL, last_error = NULL
         WHERE kind = 'thanks' AND due_at <= @now`,
      )
      .run({ now: layout.now });
    store.db.prepare(`DELETE FROM letters WHERE interview_id IN (${ids})`).run({ now: layout.now });
    store.db.prepare(`DELETE FROM letter_gaps WHERE interview_id IN (${ids})`).run({ now: layout.now });
    store.db.prepare("DELETE FROM conversations").run();
  });
}
