import { Actions } from "./actions.js";
import { continueDebrief, type DebriefHooks } from "./debrief/debrief-flow.js";
import { beginDebrief } from "./upcoming/pick-up-upcoming.js";
import { takeNewTime, upcomingFromWords } from "./upcoming/change-upcoming.js";
import { continueLogging, continueMore, logUpcoming } from "./upcoming/log-upcoming.js";
import { readDate } from "./dates/read-date.js";
import { say } from "./messages.js";
import { continueReflect } from "./reflect/reflect-flow.js";
import { saveEditedLetter } from "./notes/letter-actions.js";
import { answerLetterFlow } from "./notes/letter-routes.js";
import { startOfNudgeHoursOn } from "./plan/index.js";
import { resumeFromChoice, snoozeTo } from "./route-action.js";
import { askWhichInterview, heardBackFromWords } from "./follow-up/hear-back.js";
import { lettersView } from "./follow-up/letters-view.js";
import { homeView } from "./settings/home-view.js";
import { setHours } from "./settings/settings-actions.js";
import { setCountry, setTimeZone } from "./settings/place-settings.js";
import type { TurnContext } from "./turn-context.js";
import type { Outbound } from "./types.js";
import type { ConversationState } from "./model/conversation.js";

const HELP =
  "I'm Afterword. I help you follow up after job interviews, calmly and on time.\n" +
  "• `/interview-next` logs an interview ahead (`/interview-next Acme, Staff Engineer, Thursday 3pm, with Dana Li`): a short plan comes the evening before, and I ask how it went right after it ends.\n" +
  "• `/interview-done` after an interview starts a short debrief (add details right away: `/interview-done Acme, Staff Engineer, with Dana Li`).\n" +
  "• I'll nudge you to reflect the same day, send thank-you notes the next morning (drafted for you), check in once about two weeks later, and then let it go.\n" +
  "• Heard back? Just tell me (\"Acme offered me the job\", \"they picked someone else\") or type `heard back`; I'll stop that interview's nudges.\n" +
  "• `settings` shows what's coming up, your interviews (each saved debrief, to read or edit) and letters, and lets you set your time zone, holidays' country and nudge hours, pause nudges, undo a step of the last day, export or delete your data.";

/** Routes a typed message: continues an open conversation, or answers as a helpful default. */
export function routeText(ctx: TurnContext, raw: string, hooks: DebriefHooks): Outbound[] {
  const { store, user } = ctx;
  const text = raw.slice(0, 20_000);
  const open = store.conversations.get(user.id);
  const lower = text.trim().toLowerCase();

  if (/^\/?interview-done\b/i.test(text.trim())) return beginDebrief(ctx, text.trim().replace(/^\/?interview-done\b/i, ""));
  if (/^\/?interview-next\b/i.test(text.trim())) return logUpcoming(ctx, text.trim().replace(/^\/?interview-next\b/i, ""), open?.flow === "debrief" || open?.flow === "choose");
  // Help and settings work from anywhere but the middle of a debrief, where every line is an answer.
  if (open?.flow !== "debrief") {
    if (/^\/?(help|\?)$/.test(lower)) return [say(HELP)];
    if (/^\/?(settings|home)$/.test(lower)) return [homeView(ctx)];
    if (/^\/?heard[- ]back$/.test(lower)) return askWhichInterview(ctx);
    if (/^\/?(my )?letters$/.test(lower)) return lettersView(ctx);
  }
  // News can come any time: "they picked someone else", typed after the notes went out, or instead of a reflection.
  if (open === undefined || open.flow === "reflect" || open.flow === "heard-back") {
    const change = upcomingFromWords(ctx, text);
    if (change) return change;
    const news = heardBackFromWords(ctx, text);
    if (news) return news;
  }

  // Not news: the line is about something else, so the interview news was about is no longer in question.
  if (open?.flow === "heard-back") store.conversations.clear(user.id);
  const answer = open ? continueOpen(ctx, open, text, hooks) : undefined;
  if (answer) return answer;

  if (/^\/?(help|\?)$/.test(lower)) return [say(HELP)];
  if (/^\/?(settings|home)$/.test(lower)) return [homeView(ctx)];
  if (/^(hi|hello|hey|hiya)\b/.test(lower)) return [say("Hello! After your next interview, type `/interview-done` and we'll debrief it while it's fresh. Type `help` for more.")];
  return [say("I'm not in the middle of anything with you right now. After an interview, type `/interview-done` to debrief it, or `help` to see what I do.")];
}

/** Continues the conversation the user is in; undefined when it no longer applies (it is closed and the text answered as new). */
function continueOpen(ctx: TurnContext, open: ConversationState, text: string, hooks: DebriefHooks): Outbound[] | undefined {
  const { store, user } = ctx;
  switch (open.flow) {
    case "debrief":
      return continueDebrief(ctx, open, { text }, hooks);
    case "choose":
      if (/fresh|new|start/i.test(text)) {
        store.interviews.deleteDraft(user.id, open.interviewId);
        return beginDebrief(ctx, open.args);
      }
      return resumeFromChoice(ctx, open);
    case "reflect": {
      const d = store.interviews.load(user.id, open.interviewId);
      if (d?.status === "active") return continueReflect(ctx, d, open.step, text);
      store.conversations.clear(user.id);
      break;
    }
    case "edit-letter": {
      store.conversations.clear(user.id);
      const letter = store.letters.get(user.id, open.letterId);
      const d = letter ? store.interviews.load(user.id, letter.interviewId) : undefined;
      if (letter && d) return saveEditedLetter(ctx, d, letter, text);
      break;
    }
    case "snooze": {
      if (/^(cancel|never ?mind|forget it|leave it)[.!]?$/i.test(text.trim())) {
        store.conversations.clear(user.id);
        return [say("All right, I'll leave that nudge as it was.")];
      }
      const read = readDate(text, "day", ctx.now, ctx.tz);
      if (!read.ok) return [say(read.reply)];
      store.conversations.clear(user.id);
      return snoozeTo(ctx, open.reminderId, startOfNudgeHoursOn(read.day, ctx.tz, ctx.hours));
    }
    case "signing-name":
    case "letter-gaps":
      return answerLetterFlow(ctx, open, text);
    case "hours":
      store.conversations.clear(user.id);
      return setHours(ctx, text);
    case "tz":
      return setTimeZone(ctx, text);
    case "country":
      return setCountry(ctx, text);
    case "upcoming":
      return continueLogging(ctx, open, text);
    case "upcoming-more":
      return continueMore(ctx, open, text);
    case "move": {
      const d = store.interviews.load(user.id, open.interviewId);
      if (d?.status === "upcoming") return takeNewTime(ctx, d, text, open.day);
      store.conversations.clear(user.id);
      break;
    }
  }
  return undefined;
}
