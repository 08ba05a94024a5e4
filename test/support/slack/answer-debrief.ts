// Answers a debrief in Slack by what each question asks, typing or pressing as a person would;
// shared by the follow-up tests so a reworded or reordered question does not break them all.
import { Actions } from "../../../src/core/actions.js";
import type { RecordedCall } from "./fake-slack-api.js";
import { textOf, type SlackPerson } from "./slack-person.js";

/** Details a Slack debrief answers with; everything else is skipped. */
export interface SlackDebrief {
  when: string;
  decision?: string;
  interest?: "yes" | "unsure" | "no";
}

const FEELING = { yes: "really want it", unsure: "not sure I want it", no: "don't want it" } as const;

/** From `/interview-done …` (the form sent as prefilled, the day and time from `when`) to the saved plan; returns the plan's posts. */
export async function slackDebrief(user: SlackPerson, args: string, o: SlackDebrief): Promise<RecordedCall[]> {
  const { view } = await user.command(`${args}, ${o.when}, ${FEELING[o.interest ?? "yes"]}`);
  if (!view) throw new Error("the command opened no form");
  let posts = (await user.submitView(view)).replies;
  for (let step = 0; step < 40; step++) {
    const asked = textOf(posts.slice(-1));
    if (/Looks right, save it/.test(asked)) return (await user.press(Actions.confirm)).replies;
    if (/Spelled exactly right/.test(asked)) posts = (await user.press(Actions.answer, "yes")).replies;
    else if (/How did it happen|phone, on video or on site/.test(asked)) posts = (await user.press(Actions.answer, "video")).replies;
    else if (/Which stage/.test(asked)) posts = (await user.say("final round")).replies;
    else if (/What did you talk about with/.test(asked)) posts = (await user.say("asked how I would migrate the billing service")).replies;
    else if (/team need most/.test(asked)) posts = (await user.say("fewer flaky deploys; I led a CI overhaul that fixed them")).replies;
    else if (/next steps and timing/.test(asked)) posts = (await user.say(o.decision ? `a decision ${o.decision}` : "they will be in touch")).replies;
    else if (/name a day for the decision/.test(asked)) posts = (await user.say(o.decision ?? "no")).replies;
    else if (/recruiter involved/.test(asked)) posts = (await user.press(Actions.answer, "no")).replies;
    else posts = (await user.say("skip")).replies;
  }
  throw new Error("the debrief never reached its summary");
}
