// Before the interview, in the terminal coach (in-process, on an injected clock): logged ahead,
// the short plan the evening before, "how did it go?" right after it ends (never at night), a
// debrief that asks only what happened, then today's plan to the thank-you; moving, cancelling,
// and /interview-done picking an upcoming interview up.
import { describe, expect, it } from "vitest";
import { inProcessTerminals, type Terminal } from "../../support/in-process-terminal.js";

const terminal = inProcessTerminals("console-before");
const start = (user: string, nowIso: string) => terminal(user, "Europe/London", nowIso);

// Every question a debrief can ask, and the summary that ends it.
const QUESTION =
  /(Which company|What's the role|When was it|How did it happen|Which stage|Who interviewed you|Spelled exactly right|What did you talk about with [^?]+|team need most|next steps and timing|name a day for the decision|recruiter involved|never came up|Looks right, save it)[^\n]*\n(?:\s*\[\d+\][^\n]*\n)*/;
const ANSWERS: Record<string, string> = {
  "What did you talk about with Dana Li": "she asked how I would split the billing monolith",
  "What did you talk about with Omar Haddad": "he cares about on-call load",
  "team need most": "fewer flaky deploys; I led a CI overhaul that fixed them",
  "next steps and timing": "they will decide by Friday 27 November",
  "recruiter involved": "no",
  "never came up": "my Kafka work",
};

/** Answers the debrief whose first question is on screen; returns the questions asked, in order. */
async function answerAll(s: Terminal, shown: string): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 20; i++) {
    const q = QUESTION.exec(shown)![1]!;
    if (q === "Looks right, save it") return asked;
    asked.push(q);
    const answer = ANSWERS[q];
    if (!answer) throw new Error(`asked something already logged: ${q}`);
    s.send(answer);
    shown = await s.expect(QUESTION);
  }
  throw new Error("the debrief never reached its summary");
}

describe("the terminal coach before the interview", () => {
  it("plays the whole arc from the day before to the thank-you, asking only what happened", async () => {
    // Monday 16 November 2026, 10:00 in London; the interview is Thursday at 15:00.
    const s = start("ada", "2026-11-16T10:00:00Z");
    await s.expect(/type \/interview-done/);
    const logged = await s.ask("/interview-next Acme, Staff Engineer, Thursday 3pm, video, final round, with Dana Li (CTO), Omar Haddad", /\[\d+\] It's cancelled\n/);
    expect(logged).toMatch(/Logged: Staff Engineer at Acme, Thursday 19 Nov, 15:00 \(an hour\), video, final round, with Dana Li \(CTO\) and Omar Haddad\./);
    const listed = await s.ask("/reminders", /How did it go\? \([^)\n]*\)\n/);
    expect(listed).toMatch(/Upcoming interviews:\n  Thursday 19 Nov, 15:00: Interview, Staff Engineer at Acme \(an hour\), with Dana Li, Omar Haddad/);
    expect(listed).toMatch(/Wednesday 18 Nov, 18:00: Your short plan for the interview \(Staff Engineer at Acme\)\n  Thursday 19 Nov, 16:00: How did it go\? \(Staff Engineer at Acme\)/);

    // Three days on: the plan came on Wednesday at 18:00, and nothing else.
    const days = await s.ask("/advance 3d", /It's now Thursday 19 Nov, 10:0\d\./);
    expect(days.match(/a nudge from Afterword/g)).toHaveLength(1);
    expect(days).toMatch(/a nudge from Afterword \(Wednesday 18 Nov, 18:00\) ──\nA short plan for Staff Engineer at Acme, tomorrow at 15:00\./);
    expect(days).toMatch(/no LinkedIn requests to your interviewers until there's an offer/);

    // Right after it ends: "how did it go?", and the first question about what happened.
    s.send("/advance 7h");
    const after = await s.expect(QUESTION);
    expect(after).toMatch(/a nudge from Afterword \(Thursday 19 Nov, 16:00\) ──\nHow did it go\? Let's get it down while it's fresh\./);
    const asked = await answerAll(s, after);
    expect(asked).toEqual(Object.keys(ANSWERS));

    // The first debrief in this terminal is followed by the one question about the name that signs letters.
    await s.ask(/\[(\d+)\] Looks right, save it/.exec(s.output.slice(-3000))![1]!, /Saved\. One quick thing first: What name should I sign your letters with\?/);
    const plan = await s.ask("Sam Carter", /\[\d+\] See everything\n/);
    expect(plan).toMatch(/Your letters will be signed \*?Sam Carter\*?\. Here's the plan/);
    const thanks = await s.ask("/advance 1d", /It's now Friday 20 Nov, 17:0\d\./);
    // Saved at five: the reflection still comes that evening, the thank-you notes the next morning.
    expect(thanks).toMatch(/a nudge from Afterword \(Thursday 19 Nov, 18:30\)[\s\S]*look back[\s\S]*a nudge from Afterword \(Friday 20 Nov, 09:00\)[\s\S]*To: Dana Li[\s\S]*To: Omar Haddad/);
    await s.ask("/quit", /Bye for now/);
  }, 90_000);

  it("moves and cancels in plain words; an evening interview is asked about the next morning; /interview-done picks it up", async () => {
    const s = start("bo", "2026-11-16T10:00:00Z");
    await s.expect(/type \/interview-done/);
    await s.ask("/interview-next Globex, Designer, Wednesday 2pm, with Ann Lee", /\[\d+\] It's cancelled\n/);
    const moved = await s.ask("it moved to Thursday 6:30pm", /\[\d+\] It's cancelled\n/);
    expect(moved).toMatch(/Moved: Designer at Globex is now Thursday 19 Nov, 18:30\./);
    expect(await s.ask("/reminders", /How did it go\? \([^)\n]*\)\n/)).toMatch(/Friday 20 Nov, 09:00: How did it go\? \(Designer at Globex\)/);
    // Ends at 19:30, after nudge hours: the question waits for the morning, never the night.
    const night = await s.ask("/advance 4d", /It's now Friday 20 Nov, 10:0\d\./);
    expect(night).toMatch(/a nudge from Afterword \(Wednesday 18 Nov, 18:00\)/);
    expect(night).toMatch(/a nudge from Afterword \(Friday 20 Nov, 09:00\) ──\nHow did it go\?/);
    expect(night).not.toMatch(/a nudge from Afterword \(Thursday 19 Nov, (19|2\d|0\d)/);

    // Another one logged, then cancelled with one tap.
    expect(await s.ask("cancel", /pick it up again\./)).toMatch(/Stopped for now\. I've kept what you logged for Globex: type `\/interview-done Globex`/);
    expect(await s.ask("/reminders", /Upcoming interviews:\n[^\n]*\n/)).toMatch(/Thursday 19 Nov, 18:30: Interview, Designer at Globex \(an hour\), with Ann Lee; not debriefed yet: \/interview-done Globex/);
    await s.ask("/interview-next Initech, Analyst, Monday 11am, with Bob Stone", /\[\d+\] It's cancelled\n/);
    const ask = await s.ask("Initech cancelled the interview", /\[\d+\] Keep it\n/);
    await s.ask(/\[(\d+)\] Yes, it's cancelled/.exec(ask)![1]!, /Initech is off your list/);

    // /interview-done for Globex picks up the interview logged ahead, with nothing logged asked again.
    s.send("/interview-done Globex");
    const first = await s.expect(QUESTION);
    expect(first).toMatch(/I have what you logged: Designer at Globex, Thursday 19 Nov, 18:30 \(an hour\), with Ann Lee\./);
    expect(first).toMatch(/What did you talk about with Ann Lee/);
    await s.ask("/quit", /Bye for now/);
  }, 90_000);
});
