import type { TeamsUser } from "./teams-user.js";

/** Fills in the debrief card, then answers each question by what it asks, typing or clicking as a person would. */
export async function debrief(user: TeamsUser, emails: Record<string, string> = {}) {
  const said = (re: RegExp) => re.test(user.lastText());
  const pending = { ...emails };
  for (let step = 0; step < 40; step++) {
    if (user.find("Looks right, save it", user.received.slice(-1))) return;
    if (user.find("Continue", user.received.slice(-1))) await user.click("Continue", { time: "10:00", format: "video", stage: "final round", title1: "Engineering Manager" });
    else if (said(/Spelled exactly right/)) {
      const who = Object.keys(pending)[0];
      if (who) {
        await user.say(pending[who]!);
        delete pending[who];
      } else await user.click("Yes, all spelled right");
    } else if (said(/What did you talk about with/)) await user.say("asked how I'd migrate billing without downtime");
    else if (said(/team need most/)) await user.say("fewer flaky deploys; I led a CI overhaul that fixed them");
    else if (said(/next steps and timing/)) await user.say("they'll be in touch soon");
    else if (said(/name a day for the decision/)) await user.click("No date given");
    else if (said(/recruiter/i)) await user.click("No recruiter");
    else await user.click("Skip");
  }
  throw new Error(`the debrief never reached its summary; last: ${user.lastText()}`);
}

