// One Slack user talking to a server in another process: signed deliveries over HTTP, the bot's
// replies read from the fake Slack API, waiting for what is expected instead of guessing delays.
import { baseActionId } from "../../../adapters/slack/render-block-kit.js";
import type { FakeSlackApi, RecordedCall } from "./fake-slack-api.js";
import { buttonClick, commandFields, dmEvent, letterSubmission, uid, viewSubmission } from "./payloads.js";
import type { SendOptions, SlackSender } from "./slack-requests.js";
import { textOf } from "./slack-user.js";
import { untilFound, WAIT_CAP_MS } from "../until.js";

/** What one delivery got back. */
export interface Delivery {
  status: number;
  json?: any;
  ms: number;
  /** The event or trigger id, to redeliver the same thing. */
  id: string;
  body: any;
}

export class SlackPerson {
  readonly channel: string;

  constructor(
    public slack: SlackSender,
    readonly fake: FakeSlackApi,
    readonly team: string,
    readonly user: string,
  ) {
    this.channel = `D${user.replace(/^[UW]/, "")}`;
  }

  /** Messages the bot posted to this user's DM. */
  posts(): RecordedCall[] {
    return this.fake.callsOf("chat.postMessage").filter((c) => c.args.channel === this.channel);
  }

  /** Waits for a post after the first `after` ones whose text matches. */
  waitForPost(pattern: RegExp, after = 0, timeoutMs = WAIT_CAP_MS): Promise<RecordedCall> {
    return untilFound(
      () => this.posts().slice(after).find((p) => pattern.test(textOf([p]))),
      () => `a post matching ${pattern} in ${this.channel}; last: ${textOf(this.posts().slice(-1)).slice(0, 300)}`,
      timeoutMs,
    );
  }

  private async timed(id: string, body: any, send: () => Promise<{ status: number; json?: any }>): Promise<Delivery> {
    const started = Date.now();
    const res = await send();
    return { status: res.status, json: res.json, ms: Date.now() - started, id, body };
  }

  /** `/interview-done <text>`. */
  command(text: string, o?: SendOptions): Promise<Delivery> {
    const fields = commandFields({ team: this.team, user: this.user, text });
    return this.timed(fields.trigger_id!, fields, () => this.slack.command(fields, o));
  }

  /** The modal the bot opened for a command (by its trigger id), once it is there. */
  async waitForView(trigger: string, timeoutMs = 10_000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const call = this.fake.callsOf("views.open").find((c) => c.args.trigger_id === trigger);
      if (call) return call.args.view;
      if (Date.now() > deadline) throw new Error(`no modal opened for ${trigger}`);
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  /** Submits a modal the bot opened: its prefilled answers, changed where `answers` says. */
  submitView(view: any, answers: Record<string, string | null> = {}, o?: SendOptions): Promise<Delivery> {
    const body = viewSubmission({ team: this.team, user: this.user, view, answers });
    return this.timed(body.trigger_id, body, () => this.slack.interaction(body, o));
  }

  /** `/interview-done <text>`, then the debrief form sent as prefilled with the time set: the debrief goes on in the DM. */
  async startDebrief(text: string): Promise<Delivery> {
    const command = await this.command(text);
    if (command.status !== 200) throw new Error(`the command got ${command.status}`);
    return this.submitView(await this.waitForView(command.id), { time: "10:00" });
  }

  /** A DM message event (pass `body` to redeliver one). */
  say(text: string, o?: SendOptions & { body?: any }): Promise<Delivery> {
    const body = o?.body ?? dmEvent({ team: this.team, user: this.user, channel: this.channel, text });
    return this.timed(body.event_id, body, () => this.slack.event(body, o));
  }

  /** Redelivers an event as Slack would after a failure: same body, new signature, X-Slack-Retry-Num. */
  redeliver(d: Delivery, retryNum: number): Promise<Delivery> {
    return this.timed(d.id, d.body, () => this.slack.event(d.body, { retryNum }));
  }

  /** The newest button the bot posted here for this engine action (and value). */
  findButton(action: string, value?: string): { action_id: string; value?: string } {
    for (const post of [...this.posts()].reverse()) {
      for (const block of [...(post.args.blocks ?? [])].reverse()) {
        if (block.type !== "actions") continue;
        for (const el of block.elements) {
          if (baseActionId(el.action_id) === action && (value === undefined || el.value === value)) return { action_id: el.action_id, value: el.value };
        }
      }
    }
    throw new Error(`no ${action}${value ? `=${value}` : ""} button in ${this.channel}`);
  }

  /** Clicks a button the bot posted (or any action id and value, when `raw`). */
  press(action: string, value?: string, raw = false): Promise<Delivery> {
    const b = raw ? { action_id: action, value } : this.findButton(action, value);
    const click = buttonClick({ team: this.team, user: this.user, channel: this.channel, actionId: b.action_id, ...(b.value !== undefined ? { value: b.value } : {}) });
    return this.timed(click.trigger_id, click, () => this.slack.interaction(click));
  }

  /** Submits the letter editor. */
  submitLetter(letterId: string, parts: string[]): Promise<Delivery> {
    const body = letterSubmission({ team: this.team, user: this.user, letterId, channel: this.channel, parts, trigger: uid("trig.") });
    return this.timed(body.trigger_id, body, () => this.slack.interaction(body));
  }
}

/** The first question after the debrief form is sent with company, role, day, time and one name. */
export const AFTER_FORM = /How did it happen/;

/**
 * Debrief answers typed in order after the form (`<Company>, <Role>, with <one name>`, time set);
 * markers make each one findable. The last answer lands on the summary.
 */
export function typedDebrief(marker: string): { text: string; field: string; stored: string }[] {
  return [
    { text: `video, final round ${marker}`, field: "stage", stored: `final round ${marker}` },
    { text: "yes", field: "readback", stored: "" },
    { text: `specific ${marker}`, field: "person.specific", stored: `specific ${marker}` },
    { text: `team needs ${marker}`, field: "teamNeeds", stored: `team needs ${marker}` },
    { text: `next steps ${marker}`, field: "nextSteps", stored: `next steps ${marker}` },
    { text: "no", field: "decisionDate", stored: "" },
    { text: "no", field: "recruiter", stored: "" },
    { text: `unsaid ${marker}`, field: "unsaid", stored: `unsaid ${marker}` },
  ];
}
