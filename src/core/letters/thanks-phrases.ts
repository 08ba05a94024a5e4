// The wording of a thank-you letter, one pool per beat of the playbook. Pools hold five phrasings (a prime), which
// pick-phrase relies on so up to five interviewers each get their own; the facts inside come from the gate.
import type { MomentKind } from "./capture-moment.js";

type Say = (x: string) => string;

/** Thanks for the time, naming the role (`r`, "the Data Engineer role at Acme") and the day (`on`, " on Tuesday"). */
export const THANKS_LINES: ((r: string, on: string) => string)[] = [
  (r, on) => `Thank you for meeting with me${on} about ${r}.`,
  (r, on) => `Thank you for taking the time to talk with me${on} about ${r}.`,
  (r, on) => `Thanks for speaking with me${on} about ${r}.`,
  (r, on) => `I appreciated the time you gave me${on} to talk about ${r}.`,
  (r, on) => `Thank you for our conversation${on} about ${r}.`,
];

const QUESTION: Say[] = [
  (x) => `Your question about ${x} has stayed with me since.`,
  (x) => `I've kept thinking about your question on ${x}.`,
  (x) => `I enjoyed working through your question about ${x}.`,
  (x) => `Your question about ${x} is the one I thought about most afterwards.`,
  (x) => `I appreciated your question about ${x}.`,
];
const TOPIC: Say[] = [
  (x) => `I especially enjoyed our conversation about ${x}.`,
  (x) => `It was good to hear your thinking on ${x}.`,
  (x) => `Our discussion of ${x} is the part I've thought about most since.`,
  (x) => `I appreciated the time we spent on ${x}.`,
  (x) => `I'm glad we had the chance to talk about ${x}.`,
];
const POINT: Say[] = [
  (x) => `It was useful to hear that ${x}.`,
  (x) => `I've been thinking about your point that ${x}.`,
  (x) => `I appreciated you being candid that ${x}.`,
  (x) => `Your remark that ${x} has stayed with me.`,
  (x) => `I took note when you said that ${x}.`,
];

/** Recalling the moment with this reader, in the shape the gate captured. */
export function momentPool(kind: MomentKind): Say[] {
  return { question: QUESTION, topic: TOPIC, point: POINT }[kind];
}

/** A second thing from the same conversation, kept short. */
export const ALSO_TOPIC: Say[] = [
  (x) => `We also covered ${x}, which I found useful.`,
  (x) => `I'm glad we also covered ${x}.`,
  (x) => `I also appreciated our time on ${x}.`,
  (x) => `We also spent some time on ${x}.`,
  (x) => `We also touched on ${x}, which helped.`,
];
export const ALSO_POINT: Say[] = [
  (x) => `It was also helpful to hear that ${x}.`,
  (x) => `I also noted that ${x}.`,
  (x) => `It helped to learn that ${x}.`,
  (x) => `I was interested to hear that ${x}.`,
  (x) => `It was good to learn that ${x}.`,
];

/** The user's own answer to this reader's question, restated. */
export const ANSWER_LINES: Say[] = [
  (a) => `As I mentioned, ${a}.`,
  (a) => `My answer still stands: ${a}.`,
  (a) => `To sum up what I said then, ${a}.`,
  (a) => `In short, ${a}.`,
  (a) => `As I said in the interview, ${a}.`,
];

/** When the notes hold no moment but the person's title is known: a true, modest line built around them. */
export const TITLE_LINES: Say[] = [
  (t) => `It was helpful to hear how the work looks from your side as ${t}.`,
  (t) => `I valued hearing your perspective as ${t}.`,
  (t) => `Hearing from you as ${t} gave me a fuller picture of the team.`,
  (t) => `I appreciated getting your view of the work ahead, as ${t}.`,
  (t) => `It was good to hear how you see the role as ${t}.`,
];

/** What the team wants, stated as the user's understanding (never as the reader's words). */
export const NEED_WANTS: Say[] = [
  (n) => `I understand the team needs ${n}.`,
  (n) => `From what I heard, the team needs ${n}.`,
  (n) => `As I understood it, the team needs ${n}.`,
  (n) => `It sounds like the team needs ${n}.`,
  (n) => `I came away understanding that the team needs ${n}.`,
];
export const NEED_STATED: Say[] = [
  (n) => `I understood that ${n}.`,
  (n) => `I heard that ${n}.`,
  (n) => `I came away understanding that ${n}.`,
  (n) => `From what I heard, ${n}.`,
  (n) => `As I understood it, ${n}.`,
];

/** The user's example after the need; it is their own sentence, so the frame stays light. */
export const EXAMPLE_LINES: Say[] = [
  (e) => `${e}, and I'd bring that experience here.`,
  (e) => `It's familiar ground for me: ${e}.`,
  (e) => `${e}, so it's work I know well.`,
  (e) => `${e}.`,
  (e) => `For example, ${e}.`,
];

/** When the reader's own question already named the need: the example tied to it, without saying the need twice. */
export const TIE_LINES: Say[] = [
  (e) => `It's close to my own experience: ${e}.`,
  (e) => `It's a problem I've worked on before: ${e}.`,
  (e) => `It's something I've done: ${e}.`,
  (e) => `I've tackled the same problem: ${e}.`,
  (e) => `It's familiar ground: ${e}.`,
];

/** Something that never came up, offered because it fits what this reader raised. */
export const UNSAID_LINES: Say[] = [
  (u) => `One thing that didn't come up in the interview: ${u}.`,
  (u) => `Something we didn't get to: ${u}.`,
  (u) => `I'd also like to add something we didn't cover: ${u}.`,
  (u) => `There's one more thing I'd like to add: ${u}.`,
  (u) => `It didn't come up, but it seems relevant: ${u}.`,
];

/** A point that came out weakly in the interview, shored up. */
export const SHORE_UP_LINES: Say[] = [
  (s) => `I'd like to add to one of my answers: ${s}.`,
  (s) => `To round out one of my answers: ${s}.`,
  (s) => `One point I could have made more clearly: ${s}.`,
  (s) => `Looking back, I'd add one thing to my answer: ${s}.`,
  (s) => `To be clearer on one point: ${s}.`,
];

/** Restated interest: only for a user who still wants the job. */
export const INTEREST_YES: string[] = [
  "I remain very interested in the role.",
  "I'd welcome the chance to keep the conversation going.",
  "I'm still keen on the role and the team.",
  "I'd be glad to hear about next steps.",
  "The role is one I would be glad to take on.",
];

/** Warm but neutral: for a user who is unsure, or who has not said. */
export const INTEREST_NEUTRAL: string[] = [
  "It was helpful to learn more about how the team works.",
  "I came away with a lot to think about.",
  "I'm glad to have a better sense of the team's priorities.",
  "Hearing about the team's plans was useful.",
  "I appreciated the chance to learn more about the work.",
];

/** The promise that matches the planned check-in; `c` is "Friday 5 December". */
export const FOLLOW_UP_LINES: Say[] = [
  (c) => `If I haven't heard by ${c}, I'll send a short note to check in.`,
  (c) => `I'll get in touch on ${c} if I've had no update by then.`,
  (c) => `If nothing has come through by ${c}, I'll follow up then.`,
  (c) => `I know these decisions take time; if I've not heard by ${c}, I'll check back with you that day.`,
  (c) => `Unless I hear sooner, I'll reach out on ${c} to see where things stand.`,
];

/** Sincere thanks to close. */
export const CLOSINGS: string[] = [
  "Thank you again for your time.",
  "Thanks again for the conversation.",
  "I appreciate your time and consideration.",
  "Many thanks again for making the time.",
  "Thank you once more for speaking with me.",
];

/** A plain courtesy for the thinnest letters. */
export const MEETING_LINES: string[] = [
  "It was a pleasure to meet you.",
  "I'm glad we got the chance to talk.",
  "It was good to meet you.",
  "I'm glad we had the chance to meet.",
  "It was a pleasure to talk with you.",
];

/** An offer to help further, for a letter that would otherwise be thin. */
export const OFFER_LINES: string[] = [
  "If there's anything else I can share, I'd be glad to.",
  "Please let me know if I can send anything that would help.",
  "I'm happy to share more about my background if useful.",
  "If any questions come up, I'd be glad to help.",
  "Let me know if there is anything more I can send.",
];

/** When a letter would be thin, one modest line about the work (never a claim of interest). */
export const WORK_LINES: Say[] = [
  (r) => `It was good to learn more about ${r}.`,
  (r) => `I came away with a clearer picture of ${r}.`,
  (r) => `I now have a much better sense of ${r}.`,
  (r) => `It helped to hear more about ${r}.`,
  (r) => `I valued the chance to learn about ${r}.`,
];

/** Subjects; `role` may be missing, `day` is "Tuesday" or undefined. */
export const SUBJECTS: ((role: string | undefined, day: string | undefined) => string)[] = [
  (role) => (role ? `Thank you: ${role} interview` : "Thank you for the interview"),
  (_, day) => (day ? `Thank you for ${day}'s conversation` : "Thank you for our conversation"),
  (role) => (role ? `Our conversation about the ${role} role` : "Our conversation about the role"),
  (_, day) => (day ? `Thank you for your time on ${day}` : "Thank you for your time"),
  (role) => (role ? `Thanks for meeting about the ${role} role` : "Thanks for meeting with me"),
];
