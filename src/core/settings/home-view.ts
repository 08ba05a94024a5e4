import { Actions } from "../actions.js";
import { homeLetters } from "../follow-up/letters-view.js";
import { undoBlocks } from "../follow-up/undo-list.js";
import { compose, quoteUser } from "../messages.js";
import { describeUpcoming, upcomingNudges } from "../nudges/upcoming-nudges.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Outbound } from "../types.js";
import { letterSettingsBlocks } from "../notes/letter-voice.js";
import { describeHours } from "./settings-actions.js";
import { interviewsSection } from "./interviews-section.js";
import { placeSettingsBlocks } from "./place-settings.js";
import { upcomingSection } from "../upcoming/upcoming-section.js";

const INTRO: Block = { type: "text", markdown: "*Afterword* keeps your interview follow-ups on track: debrief, reflect, thank, check in once, let go." };

/** The home of someone Afterword holds nothing about yet. */
export function emptyHome(): Outbound {
  return compose([INTRO, { type: "text", markdown: "Nothing here yet. After your next interview, type `/interview-done` and we'll debrief it together." }], "Afterword home");
}

function comingUp(ctx: TurnContext): Block {
  const upcoming = upcomingNudges(ctx.store, ctx.user).slice(0, 10);
  return {
    type: "text",
    markdown:
      "*Coming up*\n" +
      (upcoming.length ? upcoming.map((n) => `• ${describeUpcoming({ ...n, about: quoteUser(n.about) }, ctx.tz)}`).join("\n") : "Nothing scheduled.") +
      (ctx.user.paused ? "\n_Nudges are paused._" : ""),
  };
}

function settings(ctx: TurnContext): Block[] {
  const { user } = ctx;
  return [
    { type: "text", markdown: `*Settings*\nNudges arrive between ${describeHours(user.nudgeStart, user.nudgeEnd)}, your time. They are ${user.paused ? "paused" : "on"}.` },
    {
      type: "buttons",
      buttons: [
        user.paused ? { action: Actions.resumeNudges, label: "Resume nudges", style: "primary" } : { action: Actions.pause, label: "Pause nudges" },
        { action: Actions.hours, label: "Earlier (8–17)", value: "8-17" },
        { action: Actions.hours, label: "Standard (9–19)", value: "9-19" },
        { action: Actions.hours, label: "Later (10–20)", value: "10-20" },
      ],
    },
    ...placeSettingsBlocks(user, ctx.tz, ctx.place),
  ];
}

/** The user's home: what is coming, their interviews (each with its debrief and "heard back"), letters, what can be undone, and the settings. */
export function homeView(ctx: TurnContext): Outbound {
  const blocks: Block[] = [
    INTRO,
    comingUp(ctx),
    ...upcomingSection(ctx.store, ctx.user, ctx.tz),
    ...interviewsSection(ctx),
    ...homeLetters(ctx),
    ...undoBlocks(ctx),
    ...settings(ctx),
    ...letterSettingsBlocks(ctx.user),
    {
      type: "buttons",
      buttons: [
        { action: Actions.exportData, label: "Export my data" },
        { action: Actions.forget, label: "Delete my data", style: "danger" },
      ],
    },
  ];
  return compose(blocks, "Afterword home: upcoming nudges, interviews, letters and settings.");
}
