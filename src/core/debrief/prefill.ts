import { splitNames } from "./read-answer.js";

/** What the text after `/interview-done` told us. */
export interface Prefill {
  company?: string;
  role?: string;
  names: string[];
}

/**
 * Reads "/interview-done Acme, Staff Engineer, with Dana Li and Omar Haddad":
 * the part before "with" is company then role (comma-separated), after it the interviewers.
 */
export function readPrefill(args: string): Prefill {
  const text = args.replace(/\s+/g, " ").trim().slice(0, 500);
  if (!text) return { names: [] };
  const withAt = text.search(/(^|[\s,])with\s/i);
  const head = (withAt >= 0 ? text.slice(0, withAt) : text).replace(/[,\s]+$/, "");
  const tail = withAt >= 0 ? text.slice(withAt).replace(/^[\s,]*with\s/i, "") : "";
  const parts = head
    .split(/\s*,\s*|\s+[-–—]\s+|\s+for\s+(?:the\s+)?|\s+as\s+(?:an?\s+)?/i)
    .map((p) => p.trim())
    .filter(Boolean);
  const prefill: Prefill = { names: tail ? splitNames(tail) : [] };
  if (parts[0]) prefill.company = parts[0].slice(0, 150);
  if (parts[1]) prefill.role = parts.slice(1).join(", ").slice(0, 150);
  return prefill;
}
