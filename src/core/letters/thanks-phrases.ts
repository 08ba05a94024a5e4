// The few fixed lines of a thank-you (pools of seven, a prime, so readers and versions spread over them): the thanks that opens it, the one line that closes it, the subject and the
// sign-off. Everything between comes from the notes (centre-beats.ts); these only frame it, once each.

/** Thanks for the time, naming the role and company once (`r`, "the Data Engineer role at Acme") and the day (`on`). */
export const OPENINGS: ((r: string, on: string) => string)[] = [
  (r, on) => `Thank you for talking with me${on} about ${r}.`,
  (r, on) => `Thanks for your time${on} and for the conversation about ${r}.`,
  (r, on) => `Thank you for meeting with me${on} to talk about ${r}.`,
  (r, on) => `Thank you for the conversation${on} about ${r}.`,
  (r, on) => `I appreciated the time you took${on} to talk about ${r}.`,
  (r, on) => `Thank you for taking the time to meet${on} about ${r}.`,
  (r, on) => (on ? `Many thanks for ${on.replace(/^ on /, "")}'s conversation about ${r}.` : `Many thanks for our conversation about ${r}.`),
];

type Say = (day: string) => string;

/** Still interested, with the promised check-in day ("Tuesday the 15th"): one line. */
export const KEEN_WITH_DAY: Say[] = [
  (c) => `I'm still very interested in the role, and if I haven't heard by ${c}, I'll check in then.`,
  (c) => `I'd welcome the chance to keep talking, and I'll check in on ${c} if I haven't heard by then.`,
  (c) => `I'm looking forward to hearing how things move forward, and if nothing has come through by ${c}, I'll follow up then.`,
  (c) => `I'd be glad to take this further, and if I haven't heard by ${c}, I'll get in touch.`,
  (c) => `I hope we can keep the conversation going, and I'll follow up on ${c} if I haven't heard before then.`,
  (c) => `I'd love to join the team, and I'll check in on ${c} if I haven't heard by then.`,
  (c) => `I'm very interested in joining the team, and if I haven't heard by ${c}, I'll get in touch.`,
];
/** Still interested, no check-in planned. */
export const KEEN: string[] = [
  "I'm still very interested in the role and would be glad to hear about next steps.",
  "I'd welcome the chance to keep talking.",
  "I'm looking forward to hearing how things move forward.",
  "I'd be glad to take this further.",
  "I hope we can keep the conversation going.",
  "I'd love to join the team.",
  "I'm very interested in joining you and would be glad to hear about next steps.",
];
/** Unsure or unsaid, with a check-in day: the promise alone, no claim of interest. */
export const WITH_DAY: Say[] = [
  (c) => `I look forward to hearing about next steps, and I'll check in on ${c} if I haven't heard by then.`,
  (c) => `I'll check in on ${c} if I haven't heard by then.`,
  (c) => `If nothing has come through by ${c}, I'll follow up then.`,
  (c) => `I'll get in touch on ${c} if there's no news by then.`,
  (c) => `If I haven't heard anything by ${c}, I'll send a short note.`,
  (c) => `I'll follow up on ${c} if I haven't heard before then.`,
  (c) => `I'll look forward to your news, and if I haven't heard by ${c}, I'll check in then.`,
];
/** Unsure, no check-in planned: the letter still ends, looking ahead, with no claim of interest. */
export const LOOKING_AHEAD: string[] = [
  "I look forward to hearing about next steps.",
  "I look forward to hearing from you.",
  "I'd be glad to hear how things move forward.",
  "I hope to hear about the next steps soon.",
  "I'll look forward to your news.",
  "I'd be glad to hear about next steps.",
  "I look forward to hearing how things go from here.",
];
/** No longer wanting the job: good wishes, no interest and no follow-up. */
export const WELL_WISHES: string[] = [
  "I wish you and the team all the best.",
  "All the best to you and the team.",
  "I hope the search goes well.",
  "Best of luck with the rest of the search.",
  "I wish you well with the hiring.",
  "I hope you find the right person soon.",
  "Wishing you and the team well.",
];

/** A warm, honest line for a letter whose notes hold nothing about this reader; never a claim about the team. */
export const MET_LINES: string[] = [
  "It was good to meet you.",
  "I enjoyed meeting you.",
  "It was a pleasure to meet you.",
  "I'm glad we had the chance to talk.",
  "I enjoyed our conversation.",
];

/** Subjects: the day, never the full role title the first line already names. */
export const SUBJECTS: ((day: string | undefined) => string)[] = [
  (day) => (day ? `Thank you for ${day}` : "Thank you"),
  (day) => (day ? `Thanks for your time on ${day}` : "Thanks for your time"),
  (day) => (day ? `Our conversation on ${day}` : "Our conversation"),
  (day) => (day ? `Thank you for ${day}'s conversation` : "Thank you for the conversation"),
];

/** Sign-offs, so a panel's letters do not all end alike. */
export const SIGN_OFFS: string[] = ["Best regards,", "Best,", "Kind regards,", "All the best,", "Best wishes,"];
