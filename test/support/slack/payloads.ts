// Payload builders cut from the recorded fixtures: real Slack shapes, Afterword's ids.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../build-once.js";

const DIR = join(ROOT, "test/fixtures/slack");

/** One recorded fixture file, parsed. */
export function fixture(name: string): any {
  return JSON.parse(readFileSync(join(DIR, name), "utf8"));
}

let counter = 0;
/** A fresh id with a prefix, unique within the test run. */
export function uid(prefix: string): string {
  return `${prefix}${Date.now().toString(36).toUpperCase()}${(counter++).toString(36).toUpperCase()}`;
}

/** A `/interview-done` (or `command`) slash command as Slack posts it (recorded shape). */
export function commandFields(o: { team: string; user: string; text?: string; trigger?: string; channel?: string; command?: string }): Record<string, string> {
  const base = fixture("slash-commands-slack.json").slashCommandWithArgs as Record<string, string>;
  return {
    ...base,
    team_id: o.team,
    user_id: o.user,
    channel_id: o.channel ?? "C00FAKECHAN3",
    command: o.command ?? "/interview-done",
    text: o.text ?? "",
    trigger_id: o.trigger ?? uid("trig."),
  };
}

/** A DM `message` event_callback (recorded shape from dm-slack-direct.json). */
export function dmEvent(o: { team: string; user: string; channel: string; text: string; eventId?: string; botId?: string; subtype?: string }): any {
  const body = structuredClone(fixture("dm-slack-direct.json").directDM);
  const ts = `${Math.floor(Date.now() / 1000)}.${String(counter++).padStart(6, "0")}`;
  body.team_id = o.team;
  body.context_team_id = o.team;
  body.event_id = o.eventId ?? uid("Ev");
  body.authorizations[0].team_id = o.team;
  Object.assign(body.event, { user: o.user, channel: o.channel, text: o.text, team: o.team, ts, event_ts: ts });
  body.event.blocks[0].elements[0].elements[0].text = o.text;
  if (o.botId) body.event.bot_id = o.botId;
  if (o.subtype) body.event.subtype = o.subtype;
  return body;
}

/** A block_actions click on a button in the DM (recorded shape from modals-slack.json). */
export function buttonClick(o: { team: string; user: string; channel: string; actionId: string; value?: string; trigger?: string; fromHome?: boolean }): any {
  const body = structuredClone(fixture("modals-slack.json").action);
  body.team = { id: o.team, domain: "afterword-test" };
  body.user = { ...body.user, id: o.user, team_id: o.team };
  body.trigger_id = o.trigger ?? uid("trig.");
  if (o.fromHome) {
    body.container = { type: "view", view_id: "VHOME" };
    delete body.channel;
    delete body.message;
  } else {
    body.container = { ...body.container, channel_id: o.channel, thread_ts: undefined };
    body.channel = { id: o.channel, name: "directmessage" };
  }
  const action = { ...body.actions[0], action_id: o.actionId, block_id: "b1" };
  if (o.value !== undefined) action.value = o.value;
  body.actions = [action];
  return body;
}

/** A view_submission of the letter editor (recorded shape from modals-slack.json). */
export function letterSubmission(o: { team: string; user: string; letterId: string; channel?: string; parts: string[]; trigger?: string }): any {
  const body = structuredClone(fixture("modals-slack.json").viewSubmission);
  body.team = { id: o.team, domain: "afterword-test" };
  body.user = { ...body.user, id: o.user, team_id: o.team };
  body.trigger_id = o.trigger ?? uid("trig.");
  body.view.callback_id = "afterword.letter-edit";
  body.view.private_metadata = JSON.stringify({ letterId: o.letterId, ...(o.channel ? { channel: o.channel } : {}) });
  body.view.state = {
    values: Object.fromEntries(o.parts.map((p, i) => [`letter-body-${i}`, { body: { type: "plain_text_input", value: p } }])),
  };
  return body;
}

/** An app_home_opened event_callback. */
export function homeOpened(o: { team: string; user: string }): any {
  return {
    token: "x",
    team_id: o.team,
    api_app_id: "AAFTERWORD",
    type: "event_callback",
    event_id: uid("Ev"),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: o.team, user_id: "UAFTERWORD", is_bot: true, is_enterprise_install: false }],
    event: { type: "app_home_opened", user: o.user, channel: `D${o.user}`, tab: "home", event_ts: `${Date.now() / 1000}` },
  };
}

/** An app_uninstalled or tokens_revoked event_callback. */
export function uninstallEvent(team: string, type: "app_uninstalled" | "tokens_revoked" = "app_uninstalled"): any {
  return {
    token: "x",
    team_id: team,
    api_app_id: "AAFTERWORD",
    type: "event_callback",
    event_id: uid("Ev"),
    event_time: Math.floor(Date.now() / 1000),
    event: type === "app_uninstalled" ? { type, event_ts: "1" } : { type, tokens: { bot: ["UAFTERWORD"] }, event_ts: "1" },
  };
}

/** One input's state as Slack sends it back: the user's answer, else what the view prefilled. */
function inputState(el: any, given: string | null | undefined): Record<string, unknown> {
  switch (el.type) {
    case "datepicker":
      return { type: el.type, selected_date: given !== undefined ? given : (el.initial_date ?? null) };
    case "timepicker":
      return { type: el.type, selected_time: given !== undefined ? given : (el.initial_time ?? null), ...(el.timezone ? { timezone: el.timezone } : {}) };
    case "static_select": {
      const value = given !== undefined ? given : el.initial_option?.value;
      const option = el.options.find((o: any) => o.value === value);
      return { type: el.type, selected_option: option ?? (value ? { text: { type: "plain_text", text: value }, value } : null) };
    }
    default:
      return { type: el.type, value: given !== undefined ? given : (el.initial_value ?? null) };
  }
}

/** A view_submission of a modal Afterword opened: the prefilled values, changed where `answers` says (by block id). */
export function viewSubmission(o: { team: string; user: string; view: any; answers?: Record<string, string | null>; trigger?: string }): any {
  const body = structuredClone(fixture("modals-slack.json").viewSubmission);
  body.team = { id: o.team, domain: "afterword-test" };
  body.user = { ...body.user, id: o.user, team_id: o.team };
  body.trigger_id = o.trigger ?? uid("trig.");
  body.view.id = uid("V");
  body.view.hash = uid("h.");
  // Bolt authorizes a submission by the workspace the view belongs to.
  body.view.team_id = o.team;
  body.view.app_installed_team_id = o.team;
  body.view.callback_id = o.view.callback_id;
  body.view.private_metadata = o.view.private_metadata;
  const values: Record<string, Record<string, unknown>> = {};
  for (const b of o.view.blocks ?? []) {
    if (b.type === "input") values[b.block_id] = { [b.element.action_id]: inputState(b.element, o.answers?.[b.block_id]) };
  }
  body.view.state = { values };
  return body;
}
