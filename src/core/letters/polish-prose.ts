// The last step of the gate: the user's words as careful prose writes them. Small numbers in words ("three years"),
// "30+" and "12k" spelled out, and the compounds notes leave open ("mid market", "month end", "AB testing") joined.

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

// Compounds notes type open or run together, as a letter writes them (matched as whole words, any case).
const COMPOUNDS: readonly [RegExp, string | ((...m: string[]) => string)][] = [
  [/\bfor mid[ -]market\b/gi, "for the mid-market"],
  [/\bmid[ -]market\b/gi, "mid-market"],
  [/\b(month|quarter|year)[ -]end\b/gi, "$1-end"],
  [/\ba\/?b[ -]?(test(?:s|ing)?)\b/gi, "A/B $1"],
  [/\bmulti[ -]?(tenant|region|cloud)\b/gi, "multi-$1"],
  [/\bself[ -]?(serve|service)\b/gi, "self-$1"],
  [/\b(usage|cloud|data|event|risk|value|account|team)[ -]based\b/gi, "$1-based"],
  [/\bdual[ -]write\b/gi, "dual-write"],
  [/\bon[ -]?call\b/gi, "on-call"],
  [/\breal[ -]time\b/gi, "real-time"],
  [/\bcross[ -]functional\b/gi, "cross-functional"],
  [/\bdouble[ -]entry\b/gi, "double-entry"],
  [/\bfull[ -]stack\b/gi, "full-stack"],
  [/\be[ -]?commerce\b/gi, "e-commerce"],
  [/\bthird[ -]party\b/gi, "third-party"],
  [/\bhand[ -]?off\b/gi, "handoff"],
  // Where a note is casual and a letter is not: "my old place", "fed court".
  [/\bmy old place\b/gi, "my last job"],
  [/\bsuper users?\b/gi, "superuser"],
  [/\bself[ -]schedul(ing|e)\b/gi, "self-schedul$1"],
  [/\bcross[ -]dock(ing)?\b/gi, "cross-dock$1"],
  // Epic the health-records system, not the adjective, where a go-live or a build is about it.
  [/\bepic (go-live|go live|rollout|implementation|upgrade|build|training|certification|ehr|emr)\b/gi, "Epic $1"],
  [/\b(after|in|by|until|from|since|through) (jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!\.)/gi, (_: string, p: string, m: string) => `${p} ${MONTHS[m.slice(0, 3).toLowerCase()]}`],
  [/\b(\d+)x (a|per) (day|week|month|year)\b/gi, "$1 times a $3"],
  [/\bfed (court|courts|government|agency|agencies|level)\b/gi, "federal $1"],
  [/\b1st\b/g, "first"], [/\b2nd\b/g, "second"], [/\b3rd\b/g, "third"], [/\b([4-9])th\b/g, (_: string, n: string) => `${ORDINALS[Number(n)]}`],
];
const MONTHS: Record<string, string> = { jan: "January", feb: "February", mar: "March", apr: "April", jun: "June", jul: "July", aug: "August", sep: "September", oct: "October", nov: "November", dec: "December" };
const ORDINALS = ["", "", "", "", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

// A count before one of these reads as a compound modifier ("a 600 person conference" → "a 600-person conference").
const UNIT = /^(?:person|people|site|day|week|month|year|hour|minute|page|word|seat|bed|step|stage|store|team|city|country|node|region)$/i;

/** "30+ interviews" → "more than 30 interviews"; "12k" → "12,000"; "3000" → "3,000" (years stay as they are). */
function spellQuantities(text: string): string {
  return text
    .replace(/(\$|£|€)?\b(\d+)\s?k\b/gi, (_, cur: string | undefined, n: string) => `${cur ?? ""}${Number(n).toLocaleString("en-US")},000`)
    .replace(/\b(\d+)\+(?=\s)/g, "more than $1")
    .replace(/(?<![\d,.])\b(\d{4,})\b(?![\d,.])/g, (n) => (/^(?:19|20)\d\d$/.test(n) ? n : Number(n).toLocaleString("en-US")));
}

/** Joins a count and a unit before a noun with a hyphen: "600 person conference" → "600-person conference". */
function hyphenateCounts(text: string): string {
  return text.replace(/\b([\d,]+|one|two|three|four|five|six|seven|eight|nine|ten) ([a-z]+) ([a-z]+)\b/gi, (all, n: string, unit: string, next: string) =>
    UNIT.test(unit) && /^[a-z]+$/i.test(next) && !/^(?:in|at|on|of|to|for|with|from|and|or|ago|later|before|after|per|a|an|the|solo|when|while|who|that|which|as|so|last|this|each|every|there|into|over|under|than|because|called|were|was|are|is|did|do|had|have)$/i.test(next) ? `${n}-${unit} ${next}` : all,
  );
}

/** One to ten in words, unless a number above ten shares the clause ("from 45 to 12 minutes" keeps its numerals). */
function smallNumbersInWords(text: string): string {
  return text
    .split(/(?<=[,;])\s+/)
    .map((clause) => {
      const counts = [...clause.matchAll(/(?<![$£€\d.,:/-])\b(\d+)\b(?![\d.,:/%])/g)].map((m) => Number(m[1]));
      if (counts.some((n) => n > 10)) return clause;
      // A number after an acronym is part of a name ("SOC 2", "IFRS 16"); one with a unit sign or a colon is data.
      return clause.replace(/(?<![$£€\d.,:/-])(?<!\b[A-Z]{2,} )\b(\d+)\b(?![\d.,:/%]|\s?(?:am|pm)\b)/g, (d) => WORDS[Number(d)] ?? d);
    })
    .join(" ");
}

/** Puts the user's words as a letter writes them: quantities, small numbers and open compounds. */
export function polishProse(text: string): string {
  let out = spellQuantities(text);
  for (const [pattern, fixed] of COMPOUNDS) out = out.replace(pattern, fixed as string);
  return hyphenateCounts(smallNumbersInWords(out));
}
