// Before the interview, in Slack: the real Bolt app on signed HTTP against the fake Slack API, the
// real Coach on a real SQLite file, the sweeper run in-process through the Slack ChatPort at the
// injected clock's time. /interview-next opens its form; the plan comes the evening before; moving
// in the DM and cancelling from App Home; "how did it go?" after the end, never at night, opens a
// debrief that asks only what happened; /interview-done for the company picks it up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { Coach } from "../../../src/core/coach.js";
import { sweep } from "../../../src/scheduler/sweep.js";
import { GroupWriter } from "../../../src/store/group-writer.js";
import { validateView } from "../../support/slack/block-kit-rules.js";
import { startHarness, type Harness } from "../../support/slack/harness.js";
import { SlackPerson, textOf } from "../../support/slack/slack-person.js";
import { answerAhead } from "../../support/ahead-debrief.js";

let h: Harness;
let coach: Coach;
let now = new Date("2026-11-16T10:00:00Z");

beforeAll(async () => {
  h = await startHarness({ mode: "http", clock: () => new Date(now), makeCoach: (store, clock) => (coach = new Coach({ store, clock, defaultTz: "UTC" })) });
}, 60_000);
afterAll(async () => h?.close());

function person(id: string, tz: string): SlackPerson {
  h.fake.users.set(id, { tz, real_name: "Sam Rivera" });
  return new SlackPerson(h.slack, h.fake, "TNEXT", id, { settle: () => h.adapter.idle() });
}

async function sweepAt(iso: string) {
  now = new Date(iso);
  return sweep({ store: h.store, writer: new GroupWriter(h.store), coach, ports: { slack: h.adapter.port }, holder: "test" }, now);
}

const rowsOf = (id: string) => {
  const u = h.store.users.find({ platform: "slack", tenant: "TNEXT", user: id });
  return u ? h.store.interviews.list(u.id) : [];
};

describe("before the interview, in Slack", () => {
  it("logs it from the form, plans the evening before, moves, asks how it went at the end and debriefs only what happened", async () => {
    now = new Date("2026-11-16T10:00:00Z"); // Monday, 10:00 in London
    const sam = person("USAM", "Europe/London");
    h.fake.reset();
    const { view } = await sam.command("Acme, Staff Engineer, Thursday 3pm, video, with Dana Li (CTO), Omar Haddad", { command: "/interview-next" });
    expect(h.fake.calls[0]!.method).toBe("views.open");
    expect(validateView(view, "modal")).toBeUndefined();
    expect(view).toMatchObject({ type: "modal", title: { text: "Your next interview" }, submit: { text: "Log it" } });
    const input = (id: string) => view.blocks.find((b: any) => b.block_id === id);
    expect(input("date")).toMatchObject({ optional: false, element: { type: "datepicker", initial_date: "2026-11-19" } });
    expect(input("time")).toMatchObject({ optional: false, element: { type: "timepicker", initial_time: "15:00" } });
    expect(input("length").element.initial_option.value).toBe("60");
    expect(input("name2").element.initial_value).toBe("Omar Haddad");
    expect(rowsOf("USAM")).toEqual([]);

    const sent = await sam.submitView(view, { stage: "final round" });
    expect(textOf(sent)).toMatch(/Logged: \*Staff Engineer\* at \*Acme\*, Thursday 19 Nov, 15:00 \(an hour\), video, final round, with Dana Li \(CTO\) and Omar Haddad\./);
    expect(rowsOf("USAM")).toMatchObject([{ status: "upcoming", company: "Acme" }]);
    expect(JSON.stringify((await sam.openHome()).blocks)).toMatch(/Upcoming interviews\*\\n• Thursday 19 Nov, 15:00: Interview, Staff Engineer at Acme/);

    // Moved in plain words in the DM: the plan and the question move with it.
    const moved = textOf(await sam.say("Acme moved it to Friday 11am"));
    expect(moved).toMatch(/is now Friday 20 Nov, 11:00\.[\s\S]*evening before, on Thursday 19 Nov at 18:00/);

    expect((await sweepAt("2026-11-19T17:59:00Z")).sent).toBe(0);
    await sweepAt("2026-11-19T18:00:00Z");
    const plan = textOf(sam.take());
    expect(plan).toMatch(/A short plan for \*Staff Engineer\* at \*Acme\*, tomorrow at 11:00\./);
    expect(plan).toMatch(/no LinkedIn requests to your interviewers until there's an offer/);

    // The interview ends at 12:00; the server was down until 22:00: the question waits for the morning.
    await sweepAt("2026-11-20T22:00:00Z");
    expect(sam.take()).toEqual([]);
    await sweepAt("2026-11-21T09:00:00Z");
    const after = textOf(sam.take());
    expect(after).toMatch(/How did it go\? Let's get it down while it's fresh\./);
    const asked = await answerAhead(after, async (text) => textOf(await sam.say(text)));
    expect(asked).toHaveLength(6);
    const saved = textOf(await sam.press(Actions.confirm));
    expect(saved).toMatch(/Saved\. Here's the plan/);
    expect(rowsOf("USAM")).toMatchObject([{ status: "active" }]);
  });

  it("cancels from App Home with one tap to confirm, and /interview-done for the company picks up the other", async () => {
    now = new Date("2026-11-16T10:00:00Z");
    const ana = person("UANA", "America/New_York");
    for (const line of ["Globex, Designer, Wednesday 2pm, with Ann Lee", "Initech, Analyst, Thursday 10am, with Bill Lumbergh"]) {
      const { view } = await ana.command(line, { command: "/interview-next" });
      await ana.submitView(view);
    }
    const [initech, globex] = rowsOf("UANA");
    expect([globex!.company, initech!.company]).toEqual(["Globex", "Initech"]);

    const home = JSON.stringify((await ana.openHome()).blocks);
    expect(home).toMatch(/Initech: it's cancelled/);
    const ask = textOf(await ana.pressInHome(Actions.upcomingCancel, String(initech!.id)));
    expect(ask).toMatch(/Take \*Analyst\* at \*Initech\*, on Thursday 19 Nov at 10:00 off your list\?/);
    expect(textOf(await ana.press(Actions.upcomingCancelConfirm, String(initech!.id)))).toMatch(/is off your list/);
    expect(rowsOf("UANA").map((i) => i.company)).toEqual(["Globex"]);
    expect(JSON.stringify((await ana.openHome()).blocks)).not.toMatch(/Initech/);

    // Wednesday 14:40 in New York: /interview-done Globex opens no blank form; the DM picks the interview up.
    now = new Date("2026-11-18T19:40:00Z");
    const { view, replies: posts } = await ana.command("Globex");
    expect(view).toBeUndefined();
    expect(textOf(posts)).toMatch(/I have what you logged: \*Designer\* at \*Globex\*, Wednesday 18 Nov, 14:00 \(an hour\), with Ann Lee\./);
    expect(textOf(posts)).toMatch(/What did you talk about with \*Ann Lee\*/);
    expect(rowsOf("UANA")).toHaveLength(1);
  });
});
