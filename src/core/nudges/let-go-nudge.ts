// Beat 5, let it go: one closing message after the check-in, saying only what really happened.
import type { Debrief } from "../model/interview.js";
import type { Reminder } from "../model/reminder.js";
import { compose, quoteUser } from "../messages.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Button, Outbound } from "../types.js";

/** Let it go: one closing message, and nothing about this interview again unless the user hears back. */
export function letGoNudge(ctx: TurnContext, d: Debrief, _r: Reminder, undo?: Button): Outbound {
  const company = d.company ? `*${quoteUser(d.company)}*` : "them";
  const role = d.role ? `the *${quoteUser(d.role)}* role` : "the role";
  const sent = (kinds: ("thanks" | "card" | "checkin")[]) => ctx.store.letters.forInterview(d.id, kinds).some((l) => l.status === "sent");
  const checkedIn = sent(["checkin"]);
  // Praise only what was done: a check-in never marked sent is not claimed.
  const done = ["a thoughtful debrief", ...(sent(["thanks", "card"]) ? ["a thank-you"] : []), ...(checkedIn ? ["one courteous check-in"] : [])];
  const opening = checkedIn
    ? `No word from ${company} since your check-in about ${role}. You did this one well: ${new Intl.ListFormat("en-GB", { type: "conjunction" }).format(done)}.`
    : `No word from ${company} about ${role}, and the check-in I suggested isn't marked sent. Sent or not, this is the point to stop waiting.`;
  const back = d.company ? `tell me ("heard from ${quoteUser(d.company)}")` : "type `heard back`";
  const blocks: Block[] = [
    {
      type: "text",
      markdown:
        `${opening} There's nothing more to chase, so I'm closing it and won't bring it up again.\n\n` +
        `If they come back to you, wonderful: ${back} and I'll pick it up from there. Meanwhile, your energy is better spent on what's next. Type \`/interview-done\` after your next interview.`,
    },
  ];
  if (undo) blocks.push({ type: "buttons", buttons: [{ ...undo, label: "Keep it open" }] });
  return compose(blocks, `Closing the loop on ${d.company ?? "your interview"}.`);
}
