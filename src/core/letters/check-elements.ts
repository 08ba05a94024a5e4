// The playbook's beats of a thank-you, looked for leniently so a user's own paraphrase still counts.
import type { Debrief } from "../model/interview.js";
import { parseCalendarDate } from "./calendar-day.js";
import { gatherFacts, personFacts } from "./letter-facts.js";
import type { CheckedLetter, Finding } from "./letter-types.js";
import { planLetters } from "./plan-letters.js";
import { contentStems } from "./text-tokens.js";

const THANKS = /\b(?:thank|thanks|thankful|grateful|gratitude|appreciate|appreciated|appreciation)\b/i;
const FOLLOW_UP_WORDS = /\b(?:check|follow|touch|reach|hear|heard|update|news|contact|write|email)\b/i;

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

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

/** Checks thanks, this reader's moment, the fit where it belongs and the follow-up date; thanks alone in cards and replies. */
export function checkElements(letter: CheckedLetter, d: Debrief): Finding[] {
  const findings: Finding[] = [];
  const body = letter.body;
  if (letter.kind !== "checkin" && !THANKS.test(body)) findings.push({ code: "element.thanks", message: "Say thank you: the note should thank them for their time." });
  if (letter.kind !== "thanks") return findings;
  const stems = contentStems(body);
  const f = gatherFacts({ debrief: d });
  const index = d.interviewers.findIndex((p) => p.id === letter.interviewerId);
  const moment = index >= 0 ? f.material.moments.get(d.interviewers[index]!.id) : undefined;
  if (moment) {
    const wanted = stemsBeyondNames(moment.about, d);
    if (wanted.size > 0 && !overlaps(wanted, stems)) {
      findings.push({ code: "element.specific", message: `Recall the moment with ${d.interviewers[index]!.name} (${moment.about}); it shows the note was written for them.` });
    }
  }
  const people = d.interviewers.map((p, i) => personFacts(p, i, f));
  const plan = people.length ? planLetters(f, people)[index] : { fit: f.interest !== "no" };
  const fit = [f.material.need?.text, f.material.example].filter(Boolean).join(" ");
  if (plan?.fit && fit && !overlaps(stemsBeyondNames(fit, d), stems)) {
    findings.push({ code: "element.fit", message: `Say why you fit what the team needs${f.material.need ? ` (${f.material.need.text})` : ""}, with your own example.` });
  }
  if (d.interest !== "no" && d.checkinDate && parseCalendarDate(d.checkinDate) && !namesDay(body, d.checkinDate)) {
    const day = parseCalendarDate(d.checkinDate)!.setLocale("en-GB").toFormat("cccc d LLLL");
    findings.push({ code: "element.follow-up", message: `Say when you'll check in if you haven't heard: ${day}.` });
  }
  return findings;
}
