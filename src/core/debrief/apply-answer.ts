import type { DebriefField } from "../model/interview.js";
import type { Debrief, Interest } from "../model/interview.js";
import { quoteUser } from "../messages.js";
import { formatLocalDay } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import { parseDecisionDate } from "./parse-decision-date.js";
import { parseInterviewTime } from "./parse-when.js";
import { personOf, questionFor } from "./questions.js";
import { MAX_LONG, MAX_SHORT, cleanAnswer, readEmail, splitNames, yesNo } from "./read-answer.js";

/** What applying an answer did: an acknowledgement, a re-ask, or stay on this step. */
export interface AnswerResult {
  ack?: string;
  retry?: string;
  stay?: boolean;
}

const TRIMMED = (max: number) => `That was a long one, so I kept the first ${max.toLocaleString("en-US")} characters.`;

const INTEREST: Record<string, Interest> = {
  yes: "yes", y: "yes", yeah: "yes", yep: "yes", definitely: "yes", absolutely: "yes",
  unsure: "unsure", maybe: "unsure", "not sure": "unsure", "don't know": "unsure", "dont know": "unsure", possibly: "unsure",
  no: "no", n: "no", nope: "no", "not really": "no",
};

/** Stores the answer to `step` on the interview (or its interviewer); never loses what was stored. */
export function applyAnswer(ctx: TurnContext, d: Debrief, step: string, raw: string): AnswerResult {
  const q = questionFor(step)!;
  const { interviews } = ctx.store;
  const person = personOf(step) !== undefined ? d.interviewers[personOf(step)!] : undefined;

  if (!raw.trim()) return { retry: "I didn't catch an answer there. Type it, or _skip_." };

  switch (q.kind) {
    case "short": {
      const a = cleanAnswer(raw, MAX_SHORT);
      if (person) interviews.updateInterviewer(d.id, person.id, { title: a.value });
      else interviews.setField(d.id, q.field as DebriefField, a.value);
      return { ack: a.trimmed ? TRIMMED(MAX_SHORT) : undefined };
    }
    case "long": {
      const a = cleanAnswer(raw, MAX_LONG);
      if (person) interviews.updateInterviewer(d.id, person.id, { specific: a.value });
      else interviews.setField(d.id, q.field as DebriefField, a.value);
      return { ack: a.trimmed ? TRIMMED(MAX_LONG) : undefined };
    }
    case "when": {
      const parsed = parseInterviewTime(raw.slice(0, 200), ctx.now, ctx.tz);
      if (!parsed) {
        return { retry: "I couldn't read that as a date and time. Try something like _yesterday at 3pm_, _today 10:30_ or _18 Nov 14:00_." };
      }
      interviews.setField(d.id, "happenedAt", parsed.at.toISOString());
      return { ack: `Got it: ${parsed.label}.` };
    }
    case "format": {
      const t = raw.trim().toLowerCase();
      const value = /phone|call/.test(t) ? "phone" : /video|zoom|teams|meet|remote/.test(t) ? "video" : /site|person|office/.test(t) ? "on site" : cleanAnswer(raw, 40).value;
      interviews.setField(d.id, "format", value);
      return {};
    }
    case "names": {
      const names = splitNames(raw.slice(0, 2000));
      if (names.length === 0) return { retry: "I need at least one name there, like _Dana Li and Omar Haddad_. Or _skip_." };
      if (names.length > 8) return { retry: "That's more names than I can keep track of. List up to eight, the people you spoke with most." };
      interviews.setInterviewers(d.id, names);
      return {};
    }
    case "confirmName": {
      if (!person) return {};
      if (yesNo(raw) === true) return {};
      const name = cleanAnswer(raw, 100).value.replace(/^(it's|it is|actually)\s+/i, "");
      if (!/\p{L}/u.test(name)) return { retry: "Type the name exactly as it should be spelled, or tap *Yes, that's right*." };
      interviews.updateInterviewer(d.id, person.id, { name });
      return { ack: `Updated to *${quoteUser(name)}*.`, stay: true };
    }
    case "email": {
      if (yesNo(raw) === false) return {};
      const email = readEmail(raw);
      if (!email) return { retry: "That doesn't look like an email address. Try again, or _skip_." };
      if (person) interviews.updateInterviewer(d.id, person.id, { email });
      return {};
    }
    case "decision": {
      const t = raw.trim().toLowerCase();
      if (yesNo(t) === false || /^(none|no date|not said|nothing|didn't say|did not say|unknown)/.test(t)) {
        interviews.setField(d.id, "decisionDate", undefined);
        return { ack: "No date, then. I'll plan around two weeks." };
      }
      const date = parseDecisionDate(raw.slice(0, 200), ctx.now, ctx.tz);
      if (!date) return { retry: "I couldn't read a date there. Try _by Friday_, _end of next week_ or _Dec 3_, or say _no_." };
      interviews.setField(d.id, "decisionDate", date);
      return { ack: `Noted: a decision by ${formatLocalDay(date)}.` };
    }
    case "interest": {
      const value = INTEREST[raw.trim().toLowerCase().replace(/[.!]+$/, "")];
      if (!value) return { retry: "Yes, unsure or no?" };
      interviews.setInterest(d.id, value);
      return {};
    }
    case "recruiter": {
      const yn = yesNo(raw);
      if (yn === false) {
        interviews.setRecruiter(d.id, undefined);
        return {};
      }
      if (yn === true) return { retry: "What's the recruiter's name? Add their email too if you have it." };
      const email = readEmail(raw);
      const name = cleanAnswer(raw.replace(email ?? "", "").replace(/[,;<>()]+/g, " ").replace(/\s+/g, " "), 100).value;
      if (!/\p{L}/u.test(name)) return { retry: "What's the recruiter's name?" };
      interviews.setRecruiter(d.id, email ? { name, email } : { name });
      return {};
    }
  }
}
