import { Actions } from "../actions.js";
import type { Debrief, Interest } from "../model/interview.js";
import { compose, quoteUser, say } from "../messages.js";
import { rejectionLetter } from "../notes/draft-notes.js";
import { letterBlocks } from "../notes/letter-blocks.js";
import { computeCheckinDate, startOfNudgeHoursOn } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import type { Outbound } from "../types.js";
import { closeInterview } from "./close-interview.js";

/** Asks which way the user heard back. */
export function askHeardBack(d: Debrief): Outbound {
  return say(`What did you hear from ${d.company ? `*${quoteUser(d.company)}*` : "them"}?`, [
    { action: Actions.heardBack, label: "Another round", value: `${d.id}:next_round`, style: "primary" },
    { action: Actions.heardBack, label: "An offer", value: `${d.id}:offer`, style: "primary" },
    { action: Actions.heardBack, label: "Not this time", value: `${d.id}:rejected` },
  ]);
}

/** Applies what the user heard back: every remaining nudge is cancelled and the interview closes. */
export function heardBack(ctx: TurnContext, d: Debrief, outcome: "next_round" | "offer" | "rejected"): Outbound[] {
  if (outcome === "rejected") {
    const letter = rejectionLetter(ctx, d);
    closeInterview(ctx, d.id, "rejected");
    return [
      compose([
        {
          type: "text",
          markdown:
            "I'm sorry. That stings, and it says less about you than it feels like right now. " +
            "One last thing worth doing: a short, gracious reply. Companies remember it, and second choices get calls when plans change. Here's a draft:",
        },
        ...letterBlocks(letter),
        { type: "text", markdown: "That's the last you'll hear from me about this one. On to the next: `/interview-done` after your next interview." },
      ]),
    ];
  }
  closeInterview(ctx, d.id, outcome);
  if (outcome === "offer") {
    return [say(`Congratulations! An offer from ${d.company ? `*${quoteUser(d.company)}*` : "them"} is earned. There's nothing left to chase here, so I've stopped the nudges for it.`)];
  }
  return [
    say(`Another round: good news, and well deserved. I've stopped the nudges for this stage. Want to debrief the next one when it happens?`, [
      { action: Actions.logNext, label: "Log the next interview", value: String(d.id), style: "primary" },
    ]),
  ];
}

/** Stops every nudge for one interview, at the user's request. */
export function stopNudges(ctx: TurnContext, d: Debrief): Outbound[] {
  closeInterview(ctx, d.id, "withdrawn");
  return [say(`Done. No more nudges about ${d.company ? `*${quoteUser(d.company)}*` : "this interview"}. Your debrief stays saved.`)];
}

/** Records whether the user still wants the job; the check-in follows that answer. */
export function updateInterest(ctx: TurnContext, d: Debrief, interest: Interest): Outbound[] {
  ctx.store.interviews.setInterest(d.id, interest);
  ctx.store.letters.dropDrafts(d.id, ["thanks", "card", "checkin"]);
  if (interest === "no") {
    ctx.store.reminders.cancel(d.id, ["checkin", "letgo"]);
    // With no check-in ahead, the interview closes once the thank-you step is done or dropped: maybe already.
    const thanksAhead = ctx.store.reminders.pendingFor(d.id).some((r) => r.kind === "thanks" || r.kind === "thanks_again");
    if (!thanksAhead && ctx.store.reminders.allFor(d.id).some((r) => r.kind === "thanks")) {
      closeInterview(ctx, d.id);
      return [say("Understood. I won't suggest a check-in, and that wraps this one up: no more nudges about it.")];
    }
    return [say("Understood. Send the thank-you anyway: it's courteous and keeps the door open. I've adjusted the drafts so they don't claim interest, and I won't plan a check-in.")];
  }
  const hasCheckin = ctx.store.reminders.pendingFor(d.id).some((r) => r.kind === "checkin");
  if (!hasCheckin && d.status === "active") {
    const date = computeCheckinDate({
      interviewAt: d.happenedAt ? new Date(d.happenedAt) : ctx.now,
      confirmedAt: ctx.now,
      decisionDate: d.decisionDate,
      interest,
      tz: ctx.tz,
      hours: ctx.hours,
      place: ctx.place,
    });
    if (date) {
      ctx.store.interviews.setField(d.id, "checkinDate", date);
      ctx.store.reminders.add(ctx.user.id, d.id, "checkin", startOfNudgeHoursOn(date, ctx.tz, ctx.hours).getTime(), ctx.now.getTime());
    }
  }
  return [say(interest === "yes" ? "Good to know. Your thank-you notes will say so, calmly." : "Fair enough; not every answer is clear yet. The notes will stay warm without promising anything.")];
}
