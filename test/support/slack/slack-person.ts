// One Slack user talking to Afterword, the one simulator every Slack test uses: types the slash
// command, answers in the DM, presses the buttons the bot actually posted, fills its modals, edits
// a letter, opens App Home. Deliveries go over signed HTTP (to an app in this process or a server
// in another) or as Socket Mode envelopes; the bot's replies are read from the fake Slack API.
// In-process (`settle` given) every delivery is followed by the app going idle and comes back with
// its replies; against another process, tests wait for what they expect (waitForPost).
import { expect } from "vitest";
import { baseActionId } from "../../../adapters/slack/render-block-kit.js";
import { untilFound, WAIT_CAP_MS } from "../until.js";
import type { FakeSlackApi, RecordedCall } from "./fake-slack-api.js";
import { buttonClick, commandFields, dmEvent, homeOpened, letterSubmission, uid, viewSubmission } from "./payloads.js";
import type { SendOptions, SlackSender } from "./slack-requests.js";

/** How the app answered one delivery. */
export interface Answer {
  status: number;
  json?: any;
}

/** How deliveries reach the app: signed HTTP or Socket Mode envelopes. */
export interface Transport {
  command(fields: Record<string, string>, o?: SendOptions): Promise<Answer>;
  event(body: unknown, o?: SendOptions): Promise<Answer>;
  interaction(payload: unknown, o?: SendOptions): Promise<Answer>;
}

/** Signed HTTP deliveries, answered with whatever status the app chose. */
export function httpTransport(slack: SlackSender): Transport {
  return {
    command: (f, o) => slack.command(f, o),
    event: (b, o) => slack.event(b, o),
    interaction: (p, o) => slack.interaction(p, o),
  };
}

/** Socket Mode envelopes from the fake's WebSocket: a 200 with the ack's payload once acknowledged. */
export function socketTransport(fake: FakeSlackApi): Transport {
  const acked = async (ack: Promise<unknown>): Promise<Answer> => ({ status: 200, json: await ack });
  return {
    command: (f) => acked(fake.sendEnvelope("slash_commands", f)),
    event: (b, o) => acked(fake.sendEnvelope("events_api", b, { retryAttempt: o?.retryNum ?? 0 })),
    interaction: (p) => acked(fake.sendEnvelope("interactive", p)),
  };
}

/** What one delivery got back. */
export interface Delivery extends Answer {
  ms: number;
  /** The event or trigger id, to redeliver the same thing. */
  id: string;
  body: any;
  /** The DM posts that followed (settled persons only; empty otherwise). */
  replies: RecordedCall[];
  /** The modal the app opened for this delivery's trigger, if any (settled persons only). */
  view?: any;
}

/** A button found on a posted message. */
export interface FoundButton {
  action_id: string;
  value?: string;
  text: string;
  url?: string;
}

/** How a person is wired up. */
export interface PersonOptions {
  /** Waits until the app has finished with a delivery (in-process: the adapter's idle()); each delivery then returns its replies and must be answered 200. */
  settle?: () => Promise<void>;
}

/** One Slack user. */
export class SlackPerson {
  readonly channel: string;
  /** How deliveries reach the app (replaceable, e.g. after the server restarts on a new port). */
  transport: Transport;
  private seen = 0;

  constructor(
    transport: Transport | SlackSender,
    readonly fake: FakeSlackApi,
    readonly team: string,
    readonly user: string,
    private readonly o: PersonOptions = {},
  ) {
    this.transport = "post" in transport ? httpTransport(transport) : transport;
    this.channel = `D${user.replace(/^[UW]/, "")}`;
  }

  /** Every message the bot posted to this user's DM. */
  posts(): RecordedCall[] {
    return this.fake.callsOf("chat.postMessage").filter((c) => c.args.channel === this.channel);
  }

  /** The DM posts since the last take (or settled delivery). */
  take(): RecordedCall[] {
    const posts = this.posts();
    const out = posts.slice(this.seen);
    this.seen = posts.length;
    return out;
  }

  /** Marks everything posted so far as read. */
  skip(): void {
    this.take();
  }

  /** Waits for a post after the first `after` ones whose text matches. */
  waitForPost(pattern: RegExp, after = 0, timeoutMs = WAIT_CAP_MS): Promise<RecordedCall> {
    return untilFound(
      () => this.posts().slice(after).find((p) => pattern.test(textOf([p]))),
      () => `a post matching ${pattern} in ${this.channel}; last: ${textOf(this.posts().slice(-1)).slice(0, 300)}`,
      timeoutMs,
    );
  }

  /** The modal the bot opened for a delivery (by its trigger id), once it is there. */
  waitForView(trigger: string, timeoutMs = WAIT_CAP_MS): Promise<any> {
    return untilFound(() => this.viewFor(trigger), () => `a modal opened for ${trigger}`, timeoutMs);
  }

  private viewFor(trigger: string): any {
    return this.fake.callsOf("views.open").find((c) => c.args.trigger_id === trigger)?.args.view;
  }

  private async deliver(id: string, body: any, send: () => Promise<Answer>): Promise<Delivery> {
    const started = Date.now();
    const res = await send();
    const ms = Date.now() - started;
    if (!this.o.settle) return { status: res.status, json: res.json, ms, id, body, replies: [] };
    expect(res.status, `the app's answer to ${id}`).toBe(200);
    await this.o.settle();
    return { status: res.status, json: res.json, ms, id, body, replies: this.take(), view: this.viewFor(id) };
  }

  /** `/interview-done <text>` (or the slash command given in `o.command`). */
  command(text: string, o?: SendOptions & { command?: string }): Promise<Delivery> {
    const fields = commandFields({ team: this.team, user: this.user, text, ...(o?.command ? { command: o.command } : {}) });
    return this.deliver(fields.trigger_id!, fields, () => this.transport.command(fields, o));
  }

  /** Submits a modal the bot opened: its prefilled answers, changed where `answers` says. */
  submitView(view: any, answers: Record<string, string | null> = {}, o?: SendOptions): Promise<Delivery> {
    const body = viewSubmission({ team: this.team, user: this.user, view, answers });
    return this.deliver(body.trigger_id, body, () => this.transport.interaction(body, o));
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
    return this.deliver(body.event_id, body, () => this.transport.event(body, o));
  }

  /** Redelivers an event as Slack would after a failure: same body, new signature, X-Slack-Retry-Num. */
  redeliver(d: Pick<Delivery, "id" | "body">, retryNum: number): Promise<Delivery> {
    return this.deliver(d.id, d.body, () => this.transport.event(d.body, { retryNum }));
  }

  /** The newest button the bot posted here for this engine action (and value). */
  findButton(action: string, value?: string): FoundButton {
    for (const post of [...this.posts()].reverse()) {
      for (const block of [...(post.args.blocks ?? [])].reverse()) {
        if (block.type !== "actions") continue;
        for (const el of block.elements) {
          if (baseActionId(el.action_id) === action && (value === undefined || el.value === value)) {
            return { action_id: el.action_id, value: el.value, text: el.text?.text, url: el.url };
          }
        }
      }
    }
    throw new Error(`no ${action}${value ? `=${value}` : ""} button in ${this.channel}`);
  }

  /** Clicks a button the bot posted (or any action id and value, when `raw`). */
  press(action: string, value?: string, raw = false): Promise<Delivery> {
    const b = raw ? { action_id: action, value } : this.findButton(action, value);
    const click = buttonClick({ team: this.team, user: this.user, channel: this.channel, actionId: b.action_id, ...(b.value !== undefined ? { value: b.value } : {}) });
    return this.deliver(click.trigger_id, click, () => this.transport.interaction(click));
  }

  /** Presses a settings button in App Home (not on a DM message). */
  pressInHome(action: string, value?: string): Promise<Delivery> {
    const click = buttonClick({ team: this.team, user: this.user, channel: "", actionId: action, fromHome: true, ...(value ? { value } : {}) });
    return this.deliver(click.trigger_id, click, () => this.transport.interaction(click));
  }

  /** Submits the letter editor. */
  submitLetter(letterId: string, parts: string[]): Promise<Delivery> {
    const body = letterSubmission({ team: this.team, user: this.user, letterId, channel: this.channel, parts, trigger: uid("trig.") });
    return this.deliver(body.trigger_id, body, () => this.transport.interaction(body));
  }

  /** Opens the App Home tab; returns the view published for this user (once it is there). */
  async openHome(): Promise<any> {
    const before = this.fake.callsOf("views.publish").filter((c) => c.args.user_id === this.user).length;
    const event = homeOpened({ team: this.team, user: this.user });
    await this.deliver(event.event_id, event, () => this.transport.event(event));
    return untilFound(() => this.fake.callsOf("views.publish").filter((c) => c.args.user_id === this.user)[before]?.args.view, () => `App Home published for ${this.user}`);
  }
}

/** All the visible text of posted messages (or of a delivery's replies), for assertions. */
export function textOf(posts: RecordedCall[] | Pick<Delivery, "replies">): string {
  const list = Array.isArray(posts) ? posts : posts.replies;
  return list
    .map((p) =>
      [
        p.args.text,
        ...(p.args.blocks ?? []).flatMap((b: any) => [b.text?.text, ...(b.fields ?? []).map((f: any) => f.text), ...(b.elements ?? []).map((e: any) => e.text?.text ?? e.text)]),
      ]
        .filter((s) => typeof s === "string")
        .join("\n"),
    )
    .join("\n");
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
