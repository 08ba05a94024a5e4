// Answers a debrief in Slack by what each question asks, typing or pressing as a person would;
// shared by the follow-up tests so a reworded or reordered question does not break them all.
import { Actions } from "../../src/core/actions.js";
import type { RecordedCall } from "./fake-slack-api.js";
import { textOf, type SlackUser } from "./slack-user.js";

/** Details a Slack debrief answers with; everything else is skipped. */
export interface SlackDebrief {
  when: string;
  decision?: string;
  interest?: "yes" | "unsure" | "no";
}

/** From `/interview-done …` to the saved plan; returns the plan's posts. */
export async function slackDebrief(user: SlackUser, args: string, o: SlackDebrief): Promise<RecordedCall[]> {
  let posts = (await user.command(args)).posts;
  for (let step = 0; step < 40; step++) {
    const asked = textOf(posts.slice(-1));
    if (/Looks right, save it/.test(asked)) return user.press(Actions.confirm);
    if (/When was the interview/.test(asked)) posts = await user.say(o.when);
    else if (/How did it happen/.test(asked)) posts = await user.press(Actions.answer, "video");
    else if (/spelled exactly right/.test(asked)) posts = await user.press(Actions.answer, "yes");
    else if (/still want this job/.test(asked)) posts = await user.press(Actions.answer, o.interest ?? "yes");
    else if (/date for a decision/.test(asked)) posts = await user.say(o.decision ?? "no");
    else if (/title\?/.test(asked)) posts = await user.say("Engineering Manager");
    else if (/One thing specific/.test(asked)) posts = await user.say("asked how I would migrate the billing service");
    else if (/team need/.test(asked)) posts = await user.say("fewer flaky deploys");
    else if (/went well/.test(asked)) posts = await user.say("the migration story landed");
    else if (/recruiter/i.test(asked)) posts = await user.say("no");
    else posts = await user.say("skip");
  }
  throw new Error("the debrief never reached its summary");
}
