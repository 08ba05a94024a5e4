// The playbook's beats of a thank-you, looked for leniently so a user's own paraphrase still counts.
import type { Debrief } from "../model/interview.js";
import { parseCalendarDate } from "./calendar-day.js";
import type { CheckedLetter, Finding } from "./letter-types.js";
import { readExample, readNeeds, readSpecific } from "./text-fragment.js";
import { contentStems } from "./text-tokens.js";

const THANKS = /\b(?:thank|thanks|thankful|grateful|gratitude|appreciate|appreciated|appreciation)\b/i;
const FIT = /\b(?:experience|background|example|similar|fit|skills?|track record|in my (?:last|previous|current) (?:role|job)|i(?:'ve| have) (?:built|led|run|done|worked|managed|shipped|solved))\b/i;

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

const FOLLOW_UP_WORDS = /\b(?:check|follow|touch|reach|hear|heard|update|news|contact|write|email)\b/i;

// The check-in day counts as named by its date ("5 December", "December 5", "Dec 5", "2026-12-04"), or by its weekday
// only in a sentence about following up: the interview's own weekday may be the same one.
function namesDay(body: string, isoDate: string): boolean {
  const day = parseCalendarDate(isoDate);
  if (!day) return true;
  const en = day.setLocale("en-GB");
  const dates = [en.toFormat("d LLLL"), en.toFormat("LLLL d"), en.toFormat("d LLL"), en.toFormat("LLL d"), isoDate].map((f) => f.toLowerCase());
  const plain = body.replace(/(\d)(?:st|nd|rd|th)\b/g, "$1").replace(/\bof\s+/gi, "").replace(/\s+/g, " ").toLowerCase();
  if (dates.some((f) => plain.includes(f))) return true;
  const weekday = en.toFormat("cccc").toLowerCase();
  return plain.split(/(?<=[.!?;])\s+/).some((sentence) => sentence.includes(weekday) && FOLLOW_UP_WORDS.test(sentence));
}

/** Content stems of a text, minus those of the names, company and role (which every letter repeats anyway). */
function stemsBeyondNames(text: string, d: Debrief): Set<string> {
  const stems = contentStems(text);
  const names = [d.company, d.role, d.recruiter?.name, ...d.interviewers.map((p) => p.name)].join(" ");
  for (const s of contentStems(names)) stems.delete(s);
  return stems;
}

/** Checks thanks, a specific moment, the fit and the follow-up date in a thank-you letter; thanks alone in cards and replies. */
export function checkElements(letter: CheckedLetter, d: Debrief): Finding[] {
  const findings: Finding[] = [];
  const body = letter.body;
  if (letter.kind !== "checkin" && !THANKS.test(body)) {
    findings.push({ code: "element.thanks", message: "Say thank you: the note should thank them for their time." });
  }
  if (letter.kind !== "thanks") return findings;
  const stems = contentStems(body);
  const person = d.interviewers.find((p) => p.id === letter.interviewerId);
  const specific = readSpecific(person?.specific, new Set());
  if (person && specific) {
    const wanted = stemsBeyondNames(specific.text, d);
    if (wanted.size > 0 && !overlaps(wanted, stems)) {
      findings.push({ code: "element.specific", message: `Recall the moment ${person.name} raised ("${specific.text}"); it shows the note was written for them.` });
    }
  }
  const needs = readNeeds(d.teamNeeds, new Set());
  if (needs && !overlaps(stemsBeyondNames(needs, d), stems) && !FIT.test(body)) {
    const example = readExample(d.wentWell ?? d.keyPoints, new Set());
    const hint = example ? `, with your example (${example})` : "";
    findings.push({ code: "element.fit", message: `Say why you fit what the team needs (${needs})${hint}.` });
  }
  if (d.interest !== "no" && d.checkinDate && parseCalendarDate(d.checkinDate) && !namesDay(body, d.checkinDate)) {
    const day = parseCalendarDate(d.checkinDate)!.setLocale("en-GB").toFormat("cccc d LLLL");
    findings.push({ code: "element.follow-up", message: `Say when you'll check in if you haven't heard: ${day}.` });
  }
  return findings;
}
