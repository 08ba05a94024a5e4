// How letters name people: the greeting's call name, first or formal, and the team when nobody is named.
import { NAME_PARTICLES } from "../debrief/person-names.js";

/** How the user greets interviewers: by first name ("Dear Dana,"), or formally ("Dear Dr. Okafor,", "Dear Dana Li,"). */
export type GreetingStyle = "first" | "formal";

const TITLE = /^(?:dr|prof|professor|mr|mrs|ms|mx)\.?$/i;


/** A name typed all in small letters ("mike szymanski") written as a name: "Mike Szymanski"; any other name as typed. */
export function nameAsWritten(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name.replace(/\p{L}[\p{L}'’]*/gu, (w, at: number) => (at > 0 && NAME_PARTICLES.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)));
}

function words(name: string): string[] {
  return nameAsWritten(name).trim().split(/\s+/).filter((w) => w.length > 0);
}

/** True when a name starts with a title such as Dr. or Prof. */
export function hasTitle(name: string): boolean {
  return TITLE.test(words(name)[0] ?? "");
}

/** The first-name greeting: "Dana" for "Dana Li", title and surname for "Dr. Amara Okafor" ("Dr. Okafor"). */
export function callNameOf(name: string): string {
  const parts = words(name);
  if (parts.length <= 1) return parts.join(" ");
  if (hasTitle(name)) return parts.length > 2 ? `${parts[0]} ${parts[parts.length - 1]}` : parts.join(" ");
  return parts[0]!;
}

/** The name a greeting uses in the chosen style: formal keeps a title with the surname, else the full name. */
export function greetingName(name: string, style: GreetingStyle = "first"): string {
  if (style === "first" || hasTitle(name)) return callNameOf(name);
  return words(name).join(" ");
}
