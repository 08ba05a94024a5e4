// The debrief as a user at the terminal lives it: answers counted on each path, no question that
// repeats what was said, no message asking more than 40 words of questions (issue 12), and a
// debrief that shrinks or is given too many names (issue 14, items 9 and 10).
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { inProcessTerminals, type Terminal } from "../../support/in-process-terminal.js";

const terminal = inProcessTerminals("short");
let n = 0;

/** A fresh terminal coach on its own database, at Tuesday 17 Nov 2026, 15:00 in London. */
function start(): { s: Terminal; db: string } {
  const s = terminal("sam", "Europe/London", "2026-11-17T15:00:00Z", `short-${++n}`);
  return { s, db: s.dbPath };
}

/** Words in the sentences of a reply that ask something. */
function questionWords(reply: string): number {
  const sentences = reply.replace(/\[\d+\][^\n]*/g, "").split(/(?<=[.?!])\s+|\n+/);
  return sentences.filter((x) => x.trim().endsWith("?")).reduce((sum, x) => sum + x.trim().split(/\s+/).length, 0);
}

/** A user who counts the answers they give and reads every reply. */
class Counted {
  answers = 0;
  replies: string[] = [];
  constructor(readonly s: Terminal) {}
  async answer(line: string, expect: RegExp): Promise<string> {
    this.answers++;
    const reply = await this.s.ask(line, expect);
    this.replies.push(reply);
    return reply;
  }
}

function stored(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    const interview = d.prepare("SELECT * FROM interviews ORDER BY id DESC LIMIT 1").get() as Record<string, unknown>;
    const people = d.prepare("SELECT name, title, email, specific FROM interviewers WHERE interview_id = ? ORDER BY position").all(interview.id);
    const answers = Object.fromEntries((d.prepare("SELECT field, value FROM debrief_answers WHERE interview_id = ?").all(interview.id) as { field: string; value: string }[]).map((a) => [a.field, a.value]));
    return { interview, people, answers };
  } finally {
    d.close();
  }
}

const ASKS = {
  basics: /Which company/, when: /When was it\?/, format: /How did it happen|phone, on video or on site\?/, stage: /Which stage/, names: /Who interviewed you\?/,
  title: /'s title\?/, decision: /name a day for the decision/,
};

describe("a two-interviewer debrief at the terminal", () => {
  it("from a bare /interview-done: saved in at most 12 answers, each message asking at most 40 words", async () => {
    const { s, db } = start();
    const u = new Counted(s);
    await s.expect(/type \/interview-done/);
    const first = await s.ask("/interview-done", /Which company, and what's the role\?/);
    u.replies.push(first);
    await u.answer("Acme, Staff Engineer", ASKS.when);
    await u.answer("today at 11am", /How did it happen, and which stage/);
    await u.answer("video, final round", ASKS.names);
    await u.answer("Dana Li (Engineering Manager), Omar Haddad", /I have Dana Li \(Engineering Manager\) and Omar Haddad\. Spelled exactly right\?/);
    await u.answer("1", /What did you talk about with Dana Li\?/);
    await u.answer("She asked how I would split the billing service without a freeze", /What did you talk about with Omar Haddad\?/);
    await u.answer("design reviews, and how I handle disagreement", /What does the team need most/);
    await u.answer("Fewer flaky deploys; I led a CI overhaul that cut failures by 80 percent", /next steps and timing/);
    await u.answer("They'll let me know by the 20th", /Noted: a decision by Friday 20 November[\s\S]*recruiter involved\?/);
    await u.answer("Rita Moreno, rita@agency.example", /never came up\?/);
    await u.answer("I ran the hiring loop at my last job", /\[1\] Looks right, save it/);
    await u.answer("1", /Saved\. (?:Here's the plan|One quick thing first: What name should I sign your letters with\?)/);

    expect(u.answers).toBeLessThanOrEqual(12);
    for (const reply of u.replies) expect(questionWords(reply)).toBeLessThanOrEqual(40);
    const all = u.replies.join("\n");
    // Said once, asked once: no second question about the date, the titles or the decision day.
    expect(all.match(/When was it\?/g)).toHaveLength(1);
    expect(all).not.toMatch(ASKS.title);
    expect(all).not.toMatch(ASKS.decision);
    const { interview, people, answers } = stored(db);
    expect(interview).toMatchObject({ status: "active", company: "Acme", role: "Staff Engineer", format: "video", stage: "final round", decision_date: "2026-11-20" });
    expect(JSON.parse(String(interview.recruiter))).toEqual({ name: "Rita Moreno", email: "rita@agency.example" });
    expect(people).toMatchObject([{ name: "Dana Li", title: "Engineering Manager" }, { name: "Omar Haddad", title: null }]);
    expect(answers).toMatchObject({ unsaid: "I ran the hiring loop at my last job", nextSteps: "They'll let me know by the 20th" });
    expect(answers.keyPoints).toBeUndefined();
    expect(answers.wentWell).toBeUndefined();
  });

  it("after a one-line start naming company, role, when, format and both interviewers: at most 9 answers, nothing asked twice", async () => {
    const { s, db } = start();
    const u = new Counted(s);
    await s.expect(/type \/interview-done/);
    const first = await s.ask("/interview-done Northwind, Lead Data Engineer, yesterday at 4pm, on site, with Priya Raman (CTO) and Omar Haddad", /Which stage was it\?/);
    u.replies.push(first);
    expect(first).toMatch(/I've noted Northwind, Lead Data Engineer, Monday 16 Nov, 16:00, on site, with Priya Raman \(CTO\) and Omar Haddad/);
    await u.answer("first round", /I have Priya Raman \(CTO\) and Omar Haddad\. Spelled exactly right\?/);
    await u.answer("yes", /What did you talk about with Priya Raman\?/);
    await u.answer("the pipeline rewrite and data contracts", /What did you talk about with Omar Haddad\?/);
    await u.answer("dbt tests and on-call", /What does the team need most/);
    await u.answer("Trustworthy data; I built the data quality checks at my last job", /next steps and timing/);
    await u.answer("A decision by Friday", /recruiter involved\?/);
    await u.answer("no", /never came up\?/);
    await u.answer("skip", /\[1\] Looks right, save it/);
    await u.answer("1", /Saved\. (?:Here's the plan|One quick thing first: What name should I sign your letters with\?)/);

    expect(u.answers).toBeLessThanOrEqual(9);
    for (const reply of u.replies) expect(questionWords(reply)).toBeLessThanOrEqual(40);
    const all = u.replies.join("\n");
    for (const asked of [ASKS.basics, ASKS.when, ASKS.format, ASKS.names, ASKS.title, ASKS.decision]) expect(all).not.toMatch(asked);
    const { interview, people } = stored(db);
    expect(interview).toMatchObject({ company: "Northwind", role: "Lead Data Engineer", format: "on site", stage: "first round", happened_at: "2026-11-16T16:00:00.000Z", decision_date: "2026-11-20" });
    expect(people).toMatchObject([{ name: "Priya Raman", title: "CTO" }, { name: "Omar Haddad" }]);
  });

  it("reads the whole first line: nothing but people become interviewers, remarks are kept, and a wrong one is dropped by name", async () => {
    const { s, db } = start();
    await s.expect(/type \/interview-done/);
    const first = await s.ask(
      "/interview-done Northwind, Lead Data Engineer, yesterday at 4pm, on site, with Priya Raman (CTO), 12 person startup, first round, not sure I want it tbh",
      /Spelled exactly right\?/,
    );
    expect(first).toMatch(/I have Priya Raman \(CTO\)\. Spelled/);
    expect(first).toMatch(/not sure you want it/);
    expect(first).toMatch(/12 person startup/);
    const fixed = await s.ask("add Kwame Mensah (VP Data)", /I have Priya Raman \(CTO\) and Kwame Mensah \(VP Data\)\./);
    expect(fixed).toMatch(/Updated/);
    await s.ask("drop Kwame Mensah", /Dropped Kwame Mensah\.[\s\S]*I have Priya Raman \(CTO\)\. Spelled/);
    await s.ask("done", /Saved\. (?:Here's the plan|One quick thing first: What name should I sign your letters with\?)/);
    const { interview, people, answers } = stored(db);
    expect(interview).toMatchObject({ company: "Northwind", role: "Lead Data Engineer", stage: "first round", format: "on site", interest: "unsure" });
    expect(people).toMatchObject([{ name: "Priya Raman", title: "CTO" }]);
    expect(answers.reflection).toMatch(/12 person startup/);
  });
});

describe("a debrief that shrinks or grows too far (issue 14, items 9 and 10)", () => {
  it("keeps at most eight interviewers from the first line", async () => {
    const { s, db } = start();
    await s.expect(/type \/interview-done/);
    const names = Array.from({ length: 20 }, (_, i) => `Person ${String.fromCharCode(65 + i)}lpha`).join(", ");
    const first = await s.ask(`/interview-done Acme, Engineer, today 10am, video, final round, with ${names}`, /Spelled exactly right\?/);
    expect(first).toMatch(/kept the first 8/);
    await s.ask("done", /Saved\. (?:Here's the plan|One quick thing first: What name should I sign your letters with\?)/);
    expect(stored(db).people).toHaveLength(8);
  });

  it("after dropping people, back skips their questions: never a blank prompt, every answer kept", async () => {
    const { s, db } = start();
    await s.expect(/type \/interview-done/);
    await s.ask("/interview-done Acme, Engineer, today 10am, video, final round, with Dana Li, Omar Haddad and Zoë O'Neil-Brandt", /Spelled exactly right\?/);
    await s.ask("yes", /talk about with Dana Li\?/);
    await s.ask("billing", /talk about with Omar Haddad\?/);
    await s.ask("design reviews", /talk about with Zoë O'Neil-Brandt\?/);
    await s.ask("hiring", /What does the team need most/);
    // From Edit, two of the three people are dropped.
    const menu = await s.ask("edit", /\[\d+\] Add or drop interviewers/);
    await s.ask(/\[(\d+)\] Add or drop interviewers/.exec(menu)![1]!, /Spelled exactly right\?/);
    await s.ask("drop Omar Haddad", /Dropped Omar Haddad/);
    await s.ask("drop Zoë O'Neil-Brandt", /Dropped Zoë O'Neil-Brandt[\s\S]*I have Dana Li\. Spelled/);
    await s.ask("yes", /Check it over/);
    // Back through the trail: the dropped people's questions are skipped, Dana's shows what was said.
    await s.ask("back", /Spelled exactly right\?/);
    const back = await s.ask("back", /\?/);
    expect(back).toMatch(/You said: billing\.[\s\S]*talk about with Dana Li\?/);
    expect(back).not.toMatch(/Omar|Zoë/);
    const again = await s.ask("billing migrations, still", /\?/);
    expect(again).not.toMatch(/Something went wrong/);
    expect(again).toMatch(/What does the team need most/);
    await s.ask("fewer flaky deploys", /next steps and timing/);
    await s.ask("done", /Saved\. (?:Here's the plan|One quick thing first: What name should I sign your letters with\?)/);
    const { people, answers } = stored(db);
    expect(people).toMatchObject([{ name: "Dana Li", specific: "billing migrations, still" }]);
    expect(answers.teamNeeds).toBe("fewer flaky deploys");
  });
});
