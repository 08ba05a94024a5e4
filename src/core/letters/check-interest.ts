// Interest as the user stated it: no claim of interest when they said no, nothing effusive when unsure, no promised follow-up when done.
import type { Debrief } from "../model/interview.js";
import type { CheckedLetter, Finding } from "./letter-types.js";

const CLAIMS = [
  /\b(?:still|remain|remains|very|really|genuinely|truly|keenly|highly|deeply|definitely)\s+(?:very\s+)?(?:much\s+)?interested\b/i,
  /\binterested in (?:the|this|your) (?:role|position|job|opportunity|team)\b/i,
  /\b(?:excited|eager|keen|enthusiastic|thrilled)\b/i,
  /\blook(?:ing)? forward to (?:joining|working|being part|the next|next steps|hearing|continuing|our next)\b/i,
  /\b(?:want|hope|love|like|glad|chance|opportunity) to (?:join|be part of|work (?:with|on|for|alongside) (?:you|the team)|contribute|keep the conversation|continue the conversation)\b/i,
  /\bmy interest\b/i,
  /\bspeak again soon\b/i,
  /\bthe (?:role|position|job) (?:is|remains|feels like) (?:exactly )?what i\b/i,
];

const OVERSTATED = [
  /\b(?:very|really|extremely|so|incredibly|truly)\s+(?:much\s+)?(?:interested|excited|keen|eager)\b/i,
  /\b(?:can't|cannot) wait\b/i,
  /\b(?:excited|eager|keen) to (?:join|start|get started)\b/i,
  /\bthe (?:role|job|position) for me\b/i,
];

const FOLLOW_UP = /\b(?:check(?:ing)? in|check back|follow(?:ing)? up|get in touch|reach out|be in touch)\b/i;

function firstHit(patterns: RegExp[], text: string): string | undefined {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/** Flags interest the user does not have, and a follow-up promise when they are not pursuing the job. */
export function checkInterest(letter: CheckedLetter, d: Debrief): Finding[] {
  const findings: Finding[] = [];
  const text = `${letter.subject}\n${letter.body}`;
  if (d.interest === "no") {
    const claim = firstHit(CLAIMS, text);
    if (claim) findings.push({ code: "interest.claimed", message: `You said you no longer want this job, so drop "${claim}": the note should not claim interest.` });
    const promise = letter.kind === "thanks" || letter.kind === "card" ? FOLLOW_UP.exec(letter.body)?.[0] : undefined;
    if (promise) findings.push({ code: "follow-up.unwanted", message: `You're not pursuing this job, so the note shouldn't promise to "${promise}".` });
  } else if (d.interest === "unsure") {
    const strong = firstHit(OVERSTATED, text);
    if (strong) findings.push({ code: "interest.overstated", message: `You're still unsure about this job; "${strong}" promises more than you feel. Stay warm but neutral.` });
  }
  return findings;
}
