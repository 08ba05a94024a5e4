// The wording pools of a thank-you letter, one pool per beat of the playbook. Every pool holds a prime number of
// phrasings (five, or seven for the beats even a thin letter has), which pick-phrase relies on; up to five
// interviewers each get their own wording.
import type { Fragment } from "./text-fragment.js";

type Say = (x: string) => string;

/** Greetings, by call name ("Dana") or full name ("Dana Li"). */
export const GREETINGS: ((call: string, full: string) => string)[] = [
  (c) => `Dear ${c},`,
  (c) => `Hello ${c},`,
  (_, f) => `Dear ${f},`,
  (c) => `Hi ${c},`,
  (_, f) => `Hello ${f},`,
];

/** Thanks for the time, with the day (`on`, " on Tuesday" or ""). */
export const THANKS_LINES: ((on: string) => string)[] = [
  (on) => `Thank you for taking the time to meet with me${on}.`,
  (on) => `I appreciated the time you gave me${on}.`,
  (on) => `Thanks for speaking with me${on}.`,
  (on) => `I'm grateful for the time you spent with me${on}.`,
  (on) => `Thank you for our conversation${on}.`,
];

/** Names the role (`r`, "the X role at Y"); picked apart from the thanks so two letters rarely share both. */
export const ROLE_LINES: ((r: string) => string)[] = [
  (r) => `I came away with a better sense of ${r}.`,
  (r) => `It was good to hear more about ${r}.`,
  (r) => `I now have a much clearer picture of ${r}.`,
  (r) => `It was a useful chance to talk about ${r}.`,
  (r) => `I valued the chance to discuss ${r}.`,
];

const QUESTION: Say[] = [
  (x) => `Your question about ${x} has stayed with me since.`,
  (x) => `I've kept thinking about your question on ${x}.`,
  (x) => `Since we spoke, I've given more thought to your question about ${x}.`,
  (x) => `I've reflected further on your question about ${x}.`,
  (x) => `Of everything we covered, your question about ${x} is the one I keep coming back to.`,
];
const TOPIC: Say[] = [
  (x) => `I especially valued our exchange about ${x}.`,
  (x) => `I've kept thinking about what you said about ${x}.`,
  (x) => `It was useful to hear your thoughts on ${x}.`,
  (x) => `The part of our conversation I've thought about most since is ${x}.`,
  (x) => `I'm glad we had time to discuss ${x}.`,
];
const STATEMENT: Say[] = [
  (x) => `I've thought more about your point that ${x}.`,
  (x) => `Your remark that ${x} has stayed with me.`,
  (x) => `One thing I took away was your point that ${x}.`,
  (x) => `It was useful to hear you say that ${x}.`,
  (x) => `I've reflected on your observation that ${x}.`,
];
const OPEN: Say[] = [
  (x) => `One moment from our conversation has stayed with me: ${x}.`,
  (x) => `I keep returning to something you raised: ${x}.`,
  (x) => `I especially valued one part of our talk: ${x}.`,
  (x) => `Since we spoke, I've thought most about one point you raised: ${x}.`,
  (x) => `One part of the conversation stands out for me: ${x}.`,
];

/** Recalling the one thing this person raised, in the shape their answer allows. */
export function specificPool(f: Fragment): Say[] {
  return { question: QUESTION, topic: TOPIC, that: STATEMENT, open: OPEN }[f.shape];
}

/** When nothing specific is known but the person's title is: a true, modest line built around them. */
export const TITLE_LINES: Say[] = [
  (t) => `It was helpful to hear how the work looks from your side as ${t}.`,
  (t) => `I valued hearing your perspective as ${t}.`,
  (t) => `It was good to hear how you see the role from where you sit as ${t}.`,
  (t) => `Hearing from you as ${t} gave me a fuller picture of the team.`,
  (t) => `I appreciated getting your view of the work ahead, as ${t}.`,
  (t) => `Your view as ${t} was a helpful part of the day.`,
  (t) => `I was glad to hear your perspective as ${t}.`,
];

/** What the team needs; the need follows a colon so any shape of answer reads well. */
export const NEED_LINES: Say[] = [
  (n) => `I came away with a clear sense of what the team needs: ${n}.`,
  (n) => `From what I heard, the team's focus right now is this: ${n}.`,
  (n) => `One need stood out to me from the interview: ${n}.`,
  (n) => `As I understood it, this is where the team needs support: ${n}.`,
  (n) => `What I learned about the team's needs stayed with me: ${n}.`,
];

/** Ties the need to the user's own example, never claiming more than the example itself. */
export const EXAMPLE_LINES: Say[] = [
  (e) => `I hope our discussion of ${e} showed how I would approach that.`,
  (e) => `That connects directly to what we covered about ${e}.`,
  (e) => `It's close to what I described when we talked about ${e}.`,
  (e) => `My answer about ${e} is the clearest example I can give of how I'd help with it.`,
  (e) => `I think our conversation about ${e} speaks directly to it.`,
];

/** Without an example of the user's own, the ground the conversation covered, stated as no more than that. */
export const POINT_LINES: Say[] = [
  (k) => `Our conversation covered ${k}, which helped me see where I could contribute.`,
  (k) => `We talked through ${k}, and that gave me a clearer view of how I could help.`,
  (k) => `Going over ${k} together made the fit clearer to me.`,
  (k) => `What we discussed (${k}) helped me picture the work.`,
  (k) => `The ground we covered, ${k}, is where I think my experience applies.`,
];

/** Something that never came up, offered because it fits the need. */
export const UNSAID_LINES: Say[] = [
  (u) => `One thing I didn't get to mention, and which bears on that: ${u}.`,
  (u) => `I'd also like to add something that didn't come up in the interview: ${u}.`,
  (u) => `There's one thing we didn't cover that seems relevant here: ${u}.`,
  (u) => `Looking back, I wish I had mentioned one more thing that fits those needs: ${u}.`,
  (u) => `It didn't come up, but I think it's relevant: ${u}.`,
];

/** Restated interest: only for a user who still wants the job. */
export const INTEREST_YES: string[] = [
  "I remain very interested in the role.",
  "I'm still keen on the role and would welcome the chance to contribute.",
  "I would be glad to join the team.",
  "I'm still very much interested in this role.",
  "I'd welcome the chance to keep the conversation going.",
  "I'm still very keen on this opportunity.",
  "I'd be glad to hear about next steps.",
];

/** Warm but neutral: for a user who is unsure, or who has not said. */
export const INTEREST_NEUTRAL: string[] = [
  "It was helpful to learn more about how the team works.",
  "I'm glad I had the chance to learn more about the work.",
  "I appreciated the chance to hear more about the team.",
  "I came away with a lot to think about.",
  "Learning more about the team's day-to-day was valuable.",
  "Hearing about the team's plans was useful.",
  "I'm glad to have a better sense of the team's priorities.",
];

/** The promise that matches the planned check-in; `c` is "Friday 5 December". */
export const FOLLOW_UP_LINES: Say[] = [
  (c) => `Should there be no news by ${c}, I'll send a brief note to check in.`,
  (c) => `I'll get in touch on ${c} if I've had no update by then.`,
  (c) => `If nothing has come through by ${c}, I'll follow up with a short note.`,
  (c) => `I know these decisions take time; if I've not heard before ${c}, I'll check back with you that day.`,
  (c) => `Unless I hear sooner, I'll reach out on ${c} to see where things stand.`,
];

/** Sincere thanks to close. */
export const CLOSINGS: string[] = [
  "Thank you again for your time.",
  "Thanks again for the conversation.",
  "I appreciate your time and consideration.",
  "Many thanks again for making the time.",
  "Thank you once more for speaking with me.",
  "Thank you for your time and for the conversation.",
  "I'm grateful for your time.",
];

/** Sign-offs; the user's name goes on the next line. */
export const SIGN_OFFS: string[] = ["Best regards,", "Kind regards,", "With thanks,", "All the best,", "Sincerely,"];

/** Subjects; `role` may be missing, `day` is "Tuesday" or undefined. */
export const SUBJECTS: ((role: string | undefined, day: string | undefined) => string)[] = [
  (role) => (role ? `Thank you: ${role} interview` : "Thank you for the interview"),
  (_, day) => (day ? `Thank you for ${day}'s conversation` : "Thank you for our conversation"),
  (role) => (role ? `Our conversation about the ${role} role` : "Our conversation about the role"),
  (_, day) => (day ? `Thank you for your time on ${day}` : "Thank you for your time"),
  (role) => (role ? `Thanks for meeting about the ${role} role` : "Thanks for meeting with me"),
];
