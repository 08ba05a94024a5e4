import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { Session } from "../../support/terminal-session.js";
import { editTerminalLetter } from "../../support/terminal-debrief.js";

const dir = mkdtempSync(join(tmpdir(), "afterword-console-"));
const env = { DATABASE_PATH: join(dir, "afterword.db"), AFTERWORD_TZ: "Europe/London", SLACK_BOT_TOKEN: "", MicrosoftAppId: "", AFTERWORD_GRAMMAR: "on" };
const sessions: Session[] = [];
function start(): Session {
  // A fixed start keeps the dates in this test true whatever day it runs: Tuesday 17 Nov 2026, 15:00 in London.
  const s = new Session(["chat", "--user", "sam", "--tz", "Europe/London", "--now", "2026-11-17T15:00:00Z"], env);
  sessions.push(s);
  return s;
}
afterAll(async () => {
  for (const s of sessions) await s.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe("the terminal coach, as a separate process", () => {
  it("debriefs two interviewers across a crash, then shows and checks the letters", async () => {
    let s = start();
    await s.expect(/type \/interview-done/);
    // The first line waits for the grammar checker the process began loading at start-up: allow for a busy machine.
    s.send("/interview-done Acme, Staff Engineer, with Dana Li and Omar Haddad");
    await s.expect(/When was it\?/, 60_000);
    await s.ask("today at 11am", /Got it: Tuesday 17 Nov, 11:00\.[\s\S]*How did it happen, and which stage was it\?[\s\S]*\[2\] Video/);
    await s.ask("2", /I have Dana Li and Omar Haddad\. Spelled exactly right\?[\s\S]*\[1\] Yes, all spelled right/);
    await s.ask("Dana Li (Engineering Manager) dana.li@acme.example", /Updated\.[\s\S]*I have Dana Li \(Engineering Manager\) and Omar Haddad\./);

    // The process dies mid-debrief; every acknowledged answer is already committed.
    await s.kill();
    s = start();
    await s.expect(/Welcome back[\s\S]*I have Dana Li \(Engineering Manager\) and Omar Haddad\. Spelled exactly right\?/);

    s.send("Omar Hadad");
    await s.expect(/Updated\.[\s\S]*I have Dana Li \(Engineering Manager\) and Omar Hadad\./, 60_000);
    await s.ask("Omar Haddad (Principal Engineer)", /and Omar Haddad \(Principal Engineer\)\. Spelled/);
    await s.ask("yes", /What did you talk about with Dana Li\?/);
    await s.ask("asked how I would migrate the billing service without downtime", /What did you talk about with Omar Haddad\?/);
    await s.ask("wanted to hear how I handle disagreement in design reviews", /What does the team need most/);
    await s.ask("flaky deploys are slowing every release; I led a CI overhaul that fixed that", /next steps and timing/);
    await s.ask("they said they would decide soon", /name a day for the decision/);
    await s.ask("by Friday", /Noted: a decision by Friday 20 November[\s\S]*recruiter involved/);
    await s.ask("no", /never came up/);
    const summary = await s.ask("I led the CI overhaul that cut failed deploys by 80 percent", /\[1\] Looks right, save it/);
    expect(summary).toContain("Interviewers: Dana Li · Engineering Manager · dana.li@acme.example");
    expect(summary).toContain("Omar Haddad · Principal Engineer");
    // Right after the first debrief is saved, and before the plan: the one question about the name that signs letters.
    const asked = await s.ask("1", /What name should I sign your letters with\?/);
    expect(asked).not.toMatch(/Here's the plan/);
    const plan = await s.ask("Sam Carter", /\[\d+\] See everything/);
    expect(plan).toMatch(/Your letters will be signed \*?Sam Carter\*?\. Here's the plan/);
    expect(plan).toMatch(/Look back and reflect: Tuesday 17 Nov, 18:00\n.*Send your thank-you notes: Wednesday 18 Nov, 09:00\n.*Check in, once: Tuesday 24 Nov, 09:00/);
    expect(plan).toMatch(/this evening I'll ask you to look back/);

    // The development clock moves forward and the sweeper runs at that time.
    const reflect = await s.ask("/advance 3h", /a nudge from Afterword \(Tuesday 17 Nov, 18:00\)[\s\S]*What went well\?/);
    expect(reflect).toMatch(/LinkedIn/);
    // The reflective questions, one at a time; the last one is "do you still want it?".
    await s.ask("the billing migration story", /give differently now/);
    await s.ask("I rambled on the system design question", /What draws you to this job\?/);
    await s.ask("strong team and real ownership", /gives you pause/);
    await s.ask("a long commute", /still want this job\?[\s\S]*\] Yes/);
    await s.ask("Yes", /Good to know/);
    expect(await s.ask("/advance 2h", /It's now Tuesday 17 Nov, 20:0\d\. No nudges came due\./)).not.toMatch(/nudge from Afterword/);
    const thanks = await s.ask("/advance 13h", /a nudge from Afterword \(Wednesday 18 Nov, 09:00\)[\s\S]*\[\d+\] Stop nudges for this one/);
    expect(thanks).toMatch(/To: Dana Li[\s\S]*To: Omar Haddad/);
    // Each letter says the day as a person would; the nudge names it in full once.
    expect(thanks.match(/Tuesday the 24th/g)?.length).toBe(2);
    expect(thanks.match(/Tuesday 24 November/g)?.length).toBe(1);
    expect(thanks).toMatch(/Open as email \(Dana Li\)/);
    // Signed with the name the user gave, never the login the terminal was started with.
    expect(thanks.match(/│  Sam Carter\n/g)?.length).toBe(2);

    const checked = await editTerminalLetter(s, thanks, "Dana Li", [
      "Dear Dana Lee,",
      "Thank you for meeting me on Tuesday about the Staff Engineer role at Acme. I recieved a clear picture of the the team.",
      "Sam",
    ]);
    expect(checked).toMatch(/Saved your version/);
    expect(checked).toMatch(/Dana Lee/);
    expect(checked).toMatch(/recieved/);
    // The grammar checker, loaded at start-up by the real process, reads the edit too.
    expect(checked).toMatch(/"the the": Did you mean to repeat this word\?/);

    expect(await s.end()).toBe(0);
    const db = new Database(env.DATABASE_PATH, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const people = db.prepare("SELECT name FROM interviewers ORDER BY position").all();
    expect(people).toEqual([{ name: "Dana Li" }, { name: "Omar Haddad" }]);
    const edited = db.prepare("SELECT body FROM letters WHERE edited = 1").get() as { body: string };
    expect(edited.body).toContain("Dear Dana Lee,");
    db.close();
  });

  it("prints help, and keeps log lines out of the terminal", async () => {
    const s = start();
    await s.expect(/type \/interview-done/);
    const help = await s.ask("/help", /\/quit/);
    expect(help).toMatch(/\/advance 3h \| 1d \| 2w/);
    await s.ask("/quit", /Bye for now/);
    expect(s.output).not.toMatch(/"level":/);
  });
});
