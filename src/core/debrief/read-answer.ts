// Turning what a user typed into a clean answer: control words, length limits, yes/no.

/** Longest free-text answer kept; longer ones are trimmed with a notice. */
export const MAX_LONG = 1500;
/** Longest short answer (company, role, title) kept. */
export const MAX_SHORT = 150;

/** Words that steer the debrief instead of answering it. */
export type ControlWord = "skip" | "back" | "cancel" | "done";

/** Recognises skip / back / cancel / done (with or without a slash, any case). */
export function controlWord(text: string): ControlWord | undefined {
  const t = text.trim().toLowerCase().replace(/^\//, "").replace(/[.!]+$/, "");
  if (t === "skip" || t === "pass" || t === "next") return "skip";
  if (t === "back" || t === "go back" || t === "undo") return "back";
  if (t === "cancel" || t === "stop" || t === "quit") return "cancel";
  if (t === "done" || t === "finish" || t === "that's all" || t === "thats all") return "done";
  return undefined;
}

/** A cleaned answer and whether it had to be shortened. */
export interface CleanAnswer {
  value: string;
  trimmed: boolean;
}

/** Collapses control characters and runs of blank lines, trims, and caps the length. */
export function cleanAnswer(text: string, max: number): CleanAnswer {
  // Control characters other than newline and tab never belong in an answer (pasted terminals, NULs).
  let value = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").replace(/\n{3,}/g, "\n\n").trim();
  let trimmed = false;
  if (value.length > max) {
    const cut = value.slice(0, max);
    const lastBreak = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("\n"));
    value = (lastBreak > max * 0.6 ? cut.slice(0, lastBreak + 1) : cut).trim();
    trimmed = true;
  }
  return { value, trimmed };
}

/** Reads yes / no from free text; undefined when it is neither. */
export function yesNo(text: string): boolean | undefined {
  const t = text.trim().toLowerCase().replace(/[.!]+$/, "");
  if (/^(y|yes|yep|yeah|yup|correct|right|that's right|thats right|ok|okay|sure|confirm|looks good|exactly)$/.test(t)) return true;
  if (/^(n|no|nope|nah|none|not really|no one|nobody)$/.test(t)) return false;
  return undefined;
}

/** Reads an email address, or undefined. */
export function readEmail(text: string): string | undefined {
  const m = /[^\s<>()@,;:"]+@[^\s<>()@,;:"]+\.[a-z]{2,}/i.exec(text.trim());
  return m ? m[0] : undefined;
}

/** Splits a list of names: "Dana Li, Omar Haddad and Zoë O'Neil-Brandt". Keeps each spelling exactly. */
export function splitNames(text: string): string[] {
  return text
    .replace(/^\s*(with|by)\s+/i, "")
    .split(/\s*(?:,|;|\n|&|\band\b|\+)\s*/i)
    .map((n) => n.trim().replace(/^(with|and)\s+/i, "").replace(/[.]+$/, "").trim())
    .filter((n) => n.length > 0 && n.length <= 100 && /\p{L}/u.test(n));
}
