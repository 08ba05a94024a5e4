import { Actions } from "../actions.js";
import type { Debrief, Interest } from "../model/interview.js";
import { compose, quoteUser, say } from "../messages.js";
import { rejectionLetter } from "../notes/draft-notes.js";
import { letterBlocks } from "../notes/letter-blocks.js";
import { computeCheckinDate, startOfNudgeHoursOn } from "../plan/index.js";
import type { UndoSnapshot } from "../model/undo.js";
import { interviewName } from "./hear-back.js";
import { recordUndo, snapshotFollowUp } from "./undo-step.js";
import type { TurnContext } from "../turn-context.js";
import type { Button, Outbound } from "../types.js";
import { closeInterview } from "./close-interview.js";
import { forgetNewsAbout } from "./news-subject.js";
import { cancelNudges, scheduleNudge } from "../nudges/lifecycle.js";

/** Asks which way the user heard back. */
export function askHeardBack(d: Debrief): Outbound {
  return say(`What did you hear from ${d.company ? `*${quoteUser(d.company)}*` : "them"}?`, [
    { action: Actions.heardBack, label: "Another round", value: `${d.id}:next_round`, style: "primary" },
    { action: Actions.heardBack, label: "An offer", value: `${d.id}:offer`, style: "primary" },
    { action: Actions.heardBack, label: "Not this time", value: `${d.id}:rejected` },
  ]);
}

/** Applies what the user heard back (also for a closed or let-go interview): the remaining nudges stop, with one-tap undo. */
export function heardBack(ctx: TurnContext, d: Debrief, outcome: "next_round" | "offer" | "rejected"): Outbound[] {
  const before = snapshotFollowUp(ctx, d.id);
  forgetNewsAbout(ctx);
  const name = d.company ? `*${quoteUser(d.company)}*` : "them";
  if (outcome === "rejected") {
    const letter = rejectionLetter(ctx, d);
    closeInterview(ctx, d.id, "rejected");
    const undo = recordUndo(ctx, d.id, `Recorded "not this time" from ${d.company ?? "this interview"}`, before);
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
        { type: "buttons", buttons: [undo] },
      ]),
    ];
  }
  if (outcome === "offer") {
    closeInterview(ctx, d.id, "offer");
    const undo = recordUndo(ctx, d.id, `Recorded an offer from ${d.company ?? "this interview"}`, before);
    return [offerMessage(ctx, d, name, undo)];
  }
  return anotherRound(ctx, d, before);
}

/** Another round: the check-in is moot, but this round's unsent thank-you notes still go out as planned. */
function anotherRound(ctx: TurnContext, d: Debrief, before: UndoSnapshot): Outbound[] {
  const thanksAhead = d.status === "active" && ctx.store.reminders.pendingFor(d.id).some((r) => r.kind === "reflect" || r.kind === "thanks" || r.kind === "thanks_again");
  if (thanksAhead) {
    cancelNudges(ctx, d.id, ["checkin", "letgo", "close"]);
    ctx.store.interviews.setOutcome(d.id, "next_round");
    // The notes no longer promise a check-in date: drafts not yet touched are written again without it.
    ctx.store.interviews.setField(d.id, "checkinDate", undefined);
    ctx.store.letters.dropDrafts(d.id, ["thanks", "card", "checkin"]);
  } else closeInterview(ctx, d.id, "next_round");
  const undo = recordUndo(ctx, d.id, `Recorded another round at ${d.company ?? "this interview"}`, before);
  const notes = thanksAhead ? " Your thank-you notes for this round still matter, so they come as planned; only the check-in is dropped." : "";
  return [
    say(`Another round: good news, and well deserved.${notes} When the next interview is done, debrief it while it's fresh.`, [
      { action: Actions.logNext, label: "Log the next interview", value: String(d.id), style: "primary" },
      undo,
    ]),
  ];
}

function offerMessage(ctx: TurnContext, d: Debrief, name: string, undo: Button): Outbound {
  const others = ctx.store.interviews.list(ctx.user.id).filter((i) => i.status === "active" && i.id !== d.id).slice(0, 6);
  const lines = [
    `Congratulations! An offer from ${name} is earned: the preparation, the debrief, the careful notes all played a part. There's nothing left to chase, so its nudges are stopped.`,
    "Now that there's an offer, connecting with your interviewers on LinkedIn is fine, and a good way to start the working relationship.",
  ];
  const buttons: Button[] = [];
  if (others.length) {
    lines.push(`You have ${others.length === 1 ? "another interview" : "other interviews"} open: ${others.map((o) => interviewName(o)).join(", ")}. If you'll accept this offer, close ${others.length === 1 ? "it" : "them"} politely: a short note thanking them and withdrawing keeps the door open.`);
    for (const o of others) buttons.push({ action: Actions.withdraw, label: `Close ${interviewName(o).replace(/[*_]/g, "")}`, value: String(o.id) });
  }
  buttons.push(undo);
  return say(lines.join("\n\n"), buttons);
}

/** Asks before stopping every nudge for one interview. */
export function askStopNudges(d: Debrief): Outbound[] {
  return [
    say(`Stop every nudge about ${d.company ? `*${quoteUser(d.company)}*` : "this interview"}? Your debrief and letters stay saved.`, [
      { action: Actions.stopConfirm, label: "Yes, stop them", value: String(d.id), style: "danger" },
      { action: Actions.home, label: "Keep them" },
    ]),
  ];
}

/** Stops every nudge for one interview, at the user's request (after asking), with one-tap undo. */
export function stopNudges(ctx: TurnContext, d: Debrief, why: "stopped" | "withdrawn" = "stopped"): Outbound[] {
  const before = snapshotFollowUp(ctx, d.id);
  closeInterview(ctx, d.id, "withdrawn");
  const company = d.company ? `*${quoteUser(d.company)}*` : "this interview";
  const undo = recordUndo(ctx, d.id, `${why === "withdrawn" ? "Closed" : "Stopped the nudges for"} ${d.company ?? "this interview"}`, before);
  const text =
    why === "withdrawn"
      ? `Closed ${company}. A two-line note to them, thanking them for their time and withdrawing, is the courteous way out.`
      : `Done. No more nudges about ${company}. Your debrief stays saved.`;
  return [say(text, [undo])];
}

/** Records whether the user still wants the job; the check-in follows that answer. */
export function updateInterest(ctx: TurnContext, d: Debrief, interest: Interest): Outbound[] {
  ctx.store.interviews.setInterest(d.id, interest);
  ctx.store.letters.dropDrafts(d.id, ["thanks", "card", "checkin"]);
  if (interest === "no") {
    cancelNudges(ctx, d.id, ["checkin", "letgo"]);
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
      scheduleNudge(ctx, d.id, "checkin", startOfNudgeHoursOn(date, ctx.tz, ctx.hours));
    }
  }
  return [say(interest === "yes" ? "Good to know. Your thank-you notes will say so, calmly." : "Fair enough; not every answer is clear yet. The notes will stay warm without promising anything.")];
}
