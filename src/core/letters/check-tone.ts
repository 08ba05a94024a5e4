// Tone: brief, cordial and calm. Flags gushing, exclamation runs, desperation, pushiness and over-familiarity.
import type { Finding } from "./letter-types.js";

interface Rule {
  code: string;
  patterns: RegExp[];
  advice: string;
}

const RULES: Rule[] = [
  {
    code: "tone.hyperbole",
    patterns: [
      /\bthrilled\b/i, /\becstatic\b/i, /\bbeyond words\b/i, /\bamazing(?:ly)?\b/i, /\bawesome\b/i, /\bincredibl[ey]\b/i,
      /\bfantastic\b/i, /\bphenomenal\b/i, /\bunbelievabl[ey]\b/i, /\bdream (?:job|role|company|team|position)\b/i,
      /\bover the moon\b/i, /\bblown away\b/i, /\blife[- ]changing\b/i, /\bmind[- ]blowing\b/i, /\bsuper (?:excited|happy|keen|interested)\b/i,
      /\b(?:extremely|insanely|hugely|immensely|beyond) (?:excited|grateful|honou?red|passionate|interested|happy)\b/i,
      /\bperfect (?:fit|candidate|match)\b/i, /\bbest (?:interview|conversation|company|team)\b[^.]*\bever\b/i,
      /\b(?:can't|cannot) wait\b/i, /\blove (?:this|the|your) (?:company|role|job|team)\b/i, /\bso+ excited\b/i,
    ],
    advice: "reads as gushing; a calm, specific sentence carries more weight",
  },
  {
    code: "tone.desperate",
    patterns: [
      /\b(?:really|desperately|badly|truly|so) need (?:this|the|a) (?:job|role|position|work)\b/i, /\bneed this (?:job|role|position)\b/i,
      /\bbeg(?:ging)?\b/i, /\bdesperate(?:ly)?\b/i, /\bplease\s*,/i,
      /\bplease\s+(?:please|consider me|hire|give me|choose me|pick me|reconsider|don't|do not)\b/i,
      /\bi(?:'ll| will) do anything\b/i, /\bwhatever it takes\b/i, /\bmy (?:last|only) (?:chance|hope)\b/i, /\bi can't afford\b/i,
    ],
    advice: "sounds desperate; let your fit for the role speak for you",
  },
  {
    code: "tone.pushy",
    patterns: [
      /\bi expect (?:to hear|an answer|a response|a reply|a decision|an offer)\b/i, /\bASAP\b/i, /\bas soon as possible\b/i,
      /\bfollow(?:ing)? up (?:daily|every day|each day|every morning|again and again)\b/i, /\b(?:call|email|write to|ping) you (?:daily|every day|each day)\b/i,
      /\bi need (?:an answer|a decision|to hear back)\b/i, /\bimmediately\b/i, /\burgent(?:ly)?\b/i, /\bby (?:the )?end of (?:the )?day\b/i,
      /\bi(?:'ll| will) keep (?:calling|emailing|checking in|following up)\b/i, /\byou (?:must|need to) (?:reply|respond|answer|get back)\b/i,
      /\bwhen (?:can|will|do) i start\b/i, /\blook forward to (?:your|the|receiving an) offer\b/i, /\bwhy haven't you\b/i, /\bi(?:'m| am) still waiting\b/i,
    ],
    advice: "comes across as pushy; a calm note about timing is enough",
  },
  {
    code: "tone.familiar",
    patterns: [
      /\bhey+\b/i, /\bhiya\b/i, /^\s*yo\b/im, /\b(?:buddy|pal|dude|mate|bro|bestie)\b/i, /\bxo(?:xo)*\b/i, /\bxx+\b/i,
      /\b(?:hugs|love you|lol|lmao|rofl|omg|ttyl)\b/i, /\bha(?:ha)+\b/i, /^\s*love,/im, /\p{Extended_Pictographic}/u,
      /(?:^|\s)[:;]-?[)(DPp](?=\s|$|[.,])/, /<3/,
    ],
    advice: "is too familiar for a note to an interviewer",
  },
];

/** Flags tone problems: one finding per kind of problem, quoting the words to change. */
export function checkTone(subject: string, body: string): Finding[] {
  const text = `${subject}\n${body}`;
  const findings: Finding[] = [];
  const marks = (text.match(/!/g) ?? []).length;
  if (marks > 1 || /!{2,}|!\?|\?!/.test(text)) {
    findings.push({ code: "tone.exclamation", message: `The letter has ${marks} exclamation marks; use one at most, and never in a row.` });
  }
  for (const rule of RULES) {
    const hits = [...new Set(rule.patterns.map((p) => p.exec(text)?.[0].trim()).filter((h): h is string => !!h))];
    if (hits.length > 0) findings.push({ code: rule.code, message: `${hits.map((h) => `"${h}"`).join(", ")} ${rule.advice}.` });
  }
  return findings;
}
