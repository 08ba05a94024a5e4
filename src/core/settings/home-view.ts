import { Actions } from "../actions.js";
import { compose, quoteUser } from "../messages.js";
import { describeUpcoming, upcomingNudges } from "../nudges/upcoming-nudges.js";
import type { Repositories } from "../ports.js";
import type { UserRow } from "../model/user.js";
import type { Block, Outbound } from "../types.js";
import { letterSettingsBlocks } from "../notes/letter-voice.js";
import { describeHours } from "./settings-actions.js";
import { upcomingSection } from "../upcoming/upcoming-section.js";

const STATES: Record<string, string> = { upcoming: "coming up", draft: "debrief in progress", active: "following up", closed: "closed" };
const OUTCOMES: Record<string, string> = { next_round: "next round", offer: "offer", rejected: "not this time", no_answer: "let go", withdrawn: "nudges stopped" };

/** The user's home: upcoming nudges, interviews and their state, and the settings. */
export function homeView(store: Repositories, user: UserRow | undefined, tz: string): Outbound {
  const blocks: Block[] = [{ type: "text", markdown: "*Afterword* keeps your interview follow-ups on track: debrief, reflect, thank, check in once, let go." }];
  if (!user) {
    blocks.push({ type: "text", markdown: "Nothing here yet. After your next interview, type `/interview-done` and we'll debrief it together." });
    return compose(blocks, "Afterword home");
  }
  const names = new Map(store.interviews.list(user.id).map((i) => [i.id, i]));
  const upcoming = upcomingNudges(store, user).slice(0, 10);
  blocks.push({
    type: "text",
    markdown:
      "*Coming up*\n" +
      (upcoming.length
        ? upcoming.map((n) => `• ${describeUpcoming({ ...n, about: quoteUser(n.about) }, tz)}`).join("\n")
        : "Nothing scheduled.") +
      (user.paused ? "\n_Nudges are paused._" : ""),
  });
  blocks.push(...upcomingSection(store, user, tz));
  const list = [...names.values()].slice(0, 15);
  blocks.push({
    type: "text",
    markdown:
      "*Your interviews*\n" +
      (list.length
        ? list
            .map((i) => `• ${quoteUser(i.company ?? "Untitled")}${i.role ? `, ${quoteUser(i.role)}` : ""}: ${i.outcome ? OUTCOMES[i.outcome] ?? i.outcome : STATES[i.status]}`)
            .join("\n")
        : "None yet. Type `/interview-done` after your next interview."),
  });
  blocks.push({
    type: "text",
    markdown: `*Settings*\nNudges arrive between ${describeHours(user.nudgeStart, user.nudgeEnd)} (${tz}). They are ${user.paused ? "paused" : "on"}.`,
  });
  blocks.push({
    type: "buttons",
    buttons: [
      user.paused ? { action: Actions.resumeNudges, label: "Resume nudges", style: "primary" } : { action: Actions.pause, label: "Pause nudges" },
      { action: Actions.hours, label: "Earlier (8–17)", value: "8-17" },
      { action: Actions.hours, label: "Standard (9–19)", value: "9-19" },
      { action: Actions.hours, label: "Later (10–20)", value: "10-20" },
    ],
  });
  blocks.push(...letterSettingsBlocks(user));
  blocks.push({
    type: "buttons",
    buttons: [
      { action: Actions.exportData, label: "Export my data" },
      { action: Actions.forget, label: "Delete my data", style: "danger" },
    ],
  });
  return compose(blocks, "Afterword home: upcoming nudges, interviews and settings.");
}
