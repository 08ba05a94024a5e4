// One Slack user talking to a server in another process: signed deliveries over HTTP, the bot's
// replies read from the fake Slack API, waiting for what is expected instead of guessing delays.
import { baseActionId } from "../../../adapters/slack/render-block-kit.js";
import type { FakeSlackApi, RecordedCall } from "../../slack/fake-slack-api.js";
import { buttonClick, commandFields, dmEvent, letterSubmission, uid } from "../../slack/payloads.js";
import type { SendOptions, SlackSender } from "../../slack/slack-requests.js";
import { textOf } from "../../slack/slack-user.js";
import { untilFound, WAIT_CAP_MS } from "../../support/until.js";

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

/** Debrief answers typed in order after `/interview-done <Company>, <Role>, with <one name>`; markers make each one findable. */
export function typedDebrief(marker: string): { text: string; field: string; stored: string }[] {
  return [
    { text: "today 10am", field: "happenedAt", stored: "" },
    { text: "video", field: "format", stored: "video" },
    { text: `final round ${marker}`, field: "stage", stored: `final round ${marker}` },
    { text: "yes", field: "person.confirm", stored: "" },
    { text: `Manager ${marker}`, field: "person.title", stored: `Manager ${marker}` },
    { text: "skip", field: "person.email", stored: "" },
    { text: `specific ${marker}`, field: "person.specific", stored: `specific ${marker}` },
    { text: `key points ${marker}`, field: "keyPoints", stored: `key points ${marker}` },
    { text: `team needs ${marker}`, field: "teamNeeds", stored: `team needs ${marker}` },
    { text: `their answers ${marker}`, field: "theirAnswers", stored: `their answers ${marker}` },
    { text: `next steps ${marker}`, field: "nextSteps", stored: `next steps ${marker}` },
    { text: "no", field: "decisionDate", stored: "" },
    { text: `went well ${marker}`, field: "wentWell", stored: `went well ${marker}` },
    { text: `differently ${marker}`, field: "differently", stored: `differently ${marker}` },
    { text: `unsaid ${marker}`, field: "unsaid", stored: `unsaid ${marker}` },
    { text: `pluses ${marker}`, field: "pluses", stored: `pluses ${marker}` },
    { text: `minuses ${marker}`, field: "minuses", stored: `minuses ${marker}` },
    { text: "yes", field: "interest", stored: "yes" },
    { text: "no", field: "recruiter", stored: "" },
  ];
}
