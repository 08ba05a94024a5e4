// The user's own judgement of the interview (what went well, what they'd say differently, the job's pluses and
// minuses) feeds the coaching around the check-in, never a letter: shown back to them, in their words.
import { quoteUser } from "../messages.js";
import type { Debrief } from "../model/interview.js";

function short(note: string | undefined): string | undefined {
  const flat = (note ?? "").replace(/\s+/g, " ").trim();
  if (!flat) return undefined;
  return quoteUser(flat.length > 80 ? `${flat.slice(0, 77)}…` : flat);
}

/** At most two lines of check-in advice drawn from the user's own reflection; none when they gave none. */
export function checkInCoaching(d: Debrief): string[] {
  const lines: string[] = [];
  const plus = short(d.pluses);
  const minus = short(d.minuses);
  if (plus || minus) {
    const lists = [plus ? `what draws you ("${plus}")` : undefined, minus ? `what gives you pause ("${minus}")` : undefined].filter(Boolean).join(" and ");
    lines.push(`Before you send it, read your own lists once more: ${lists}. If the pause has grown, it's fine to let this one go instead.`);
  }
  const differently = short(d.differently);
  const well = short(d.wentWell);
  if (differently) lines.push(`Keep the check-in to timing: the answer you'd give differently ("${differently}") is for the next conversation, not this note.`);
  else if (well) lines.push(`If they ask for anything more, lead with what went well for you: "${well}".`);
  return lines.slice(0, 2);
}
