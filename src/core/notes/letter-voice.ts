// Whose voice the letters are in: the name they are signed with (asked once in the terminal, editable in settings on
// every platform) and how they greet people. The user's choice is kept apart from the platform's display name.
import { Actions } from "../actions.js";
import type { UserRow } from "../model/user.js";
import { quoteUser, say } from "../messages.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Outbound } from "../types.js";

const MAX_NAME = 80;

/** The name that signs the user's letters: their own choice, else the platform's real name (never a terminal login). */
export function signingNameOf(user: Pick<UserRow, "signingName" | "displayName" | "platform">): string | undefined {
  if (user.signingName?.trim()) return user.signingName.trim();
  return user.platform !== "console" && user.displayName?.trim() ? user.displayName.trim() : undefined;
}

/**
 * True when the coach should ask for the signing name: in the terminal (Slack and Teams give the person's real name),
 * with no name chosen yet, and never asked before.
 */
export function shouldAskSigningName(user: UserRow): boolean {
  return user.platform === "console" && user.signingNameAskedAt === null && signingNameOf(user) === undefined;
}

/** Asks, once and on its own, for the name that signs letters; `plan` says which saved debrief's plan to describe after. */
export function askSigningName(ctx: TurnContext, plan?: { interviewId: number; movedPast?: string[] }): Outbound {
  const interviewId = plan?.interviewId;
  ctx.store.users.updateLetterVoice(ctx.user.id, { signingNameAskedAt: ctx.now.getTime() });
  const movedPast = plan?.movedPast?.length ? { movedPast: plan.movedPast.slice(0, 10) } : {};
  ctx.store.conversations.set(ctx.user.id, { flow: "signing-name", ...(interviewId ? { interviewId, ...movedPast } : {}) }, ctx.now.getTime());
  const lead = interviewId ? "Saved. One quick thing first: " : "";
  return say(`${lead}What name should I sign your letters with? For example _Sam Carter_.`, [{ action: Actions.signingName, label: "Skip", value: "skip" }]);
}

/** Reads a name the user typed: trimmed, one line, a sensible length; undefined when it is not a name. */
export function readSigningName(text: string): string | undefined {
  const name = text.replace(/\s+/g, " ").trim().replace(/^["'“]+|["'”.]+$/g, "");
  if (!name || name.length > MAX_NAME || !/\p{L}/u.test(name) || /^(?:skip|no|none|cancel)$/i.test(name)) return undefined;
  return name;
}

/** Drops unsent, unedited drafts of every open interview so they are written again in the user's new voice. */
export function redraftOpenLetters(ctx: TurnContext): void {
  for (const i of ctx.store.interviews.list(ctx.user.id)) {
    if (i.status === "active") ctx.store.letters.dropDrafts(i.id, ["thanks", "card", "checkin", "rejection"]);
  }
}

/** Stores the signing name; returns what to say, or undefined when the text was not a name. */
export function saveSigningName(ctx: TurnContext, text: string): string | undefined {
  const name = readSigningName(text);
  if (!name) return undefined;
  ctx.store.users.updateLetterVoice(ctx.user.id, { signingName: name, signingNameAskedAt: ctx.now.getTime() });
  redraftOpenLetters(ctx);
  return `Thanks. Your letters will be signed *${quoteUser(name)}*.`;
}

/** Sets how letters greet people and redrafts open letters. */
export function setGreetingStyle(ctx: TurnContext, style: string | undefined): Outbound[] {
  if (style !== "first" && style !== "formal") return [say("I don't recognise that greeting. Choose first names or formal.")];
  ctx.store.users.updateLetterVoice(ctx.user.id, { greetingStyle: style });
  redraftOpenLetters(ctx);
  return [say(style === "formal" ? "Done. Your letters will greet people formally: _Dear Dr. Okafor,_ or _Dear Dana Li,_." : "Done. Your letters will greet people by first name: _Dear Dana,_.")];
}

/** The letters part of the settings: how letters are signed and greet people, with the buttons to change both. */
export function letterSettingsBlocks(user: UserRow): Block[] {
  const name = signingNameOf(user);
  const greeting = user.greetingStyle === "formal" ? "formally (_Dear Dr. Okafor,_)" : "by first name (_Dear Dana,_)";
  return [
    { type: "text", markdown: `*Letters*\nSigned ${name ? `*${quoteUser(name)}*` : "without a name yet"}; they greet people ${greeting}.` },
    {
      type: "buttons",
      buttons: [
        { action: Actions.signingName, label: name ? "Change my name" : "Add my name" },
        user.greetingStyle === "formal"
          ? { action: Actions.greeting, label: "Greet by first name", value: "first" }
          : { action: Actions.greeting, label: "Greet formally", value: "formal" },
      ],
    },
  ];
}
