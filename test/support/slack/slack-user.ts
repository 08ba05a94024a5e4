// A person using Afterword in Slack, over either transport: types the slash command, answers in
// the DM, presses buttons on the messages the bot actually posted, edits a letter, opens App Home.
import { expect } from "vitest";
import { baseActionId } from "../../../adapters/slack/render-block-kit.js";
import type { FakeSlackApi, RecordedCall } from "./fake-slack-api.js";
import { buttonClick, commandFields, dmEvent, homeOpened, letterSubmission, uid, viewSubmission } from "./payloads.js";
import type { SlackSender } from "./slack-requests.js";

/** How deliveries reach the app: signed HTTP or Socket Mode envelopes. */
export interface Transport {
  command(fields: Record<string, string>): Promise<unknown>;
  event(body: unknown, retryNum?: number): Promise<unknown>;
  interaction(payload: unknown): Promise<unknown>;
}

/** Signed HTTP deliveries; every answer must be a 200. */
export function httpTransport(slack: SlackSender): Transport {
  const ok = async (p: Promise<{ status: number; json?: unknown }>) => {
    const res = await p;
    expect(res.status).toBe(200);
    return res.json;
  };
  return {
    command: (f) => ok(slack.command(f)),
    event: (b, retryNum) => ok(slack.event(b, retryNum === undefined ? {} : { retryNum })),
    interaction: (p) => ok(slack.interaction(p)),
  };
}

/** Socket Mode envelopes from the fake's WebSocket; resolves with the ack's payload. */
export function socketTransport(fake: FakeSlackApi): Transport {
  return {
    command: (f) => fake.sendEnvelope("slash_commands", f),
    event: (b, retryNum) => fake.sendEnvelope("events_api", b, { retryAttempt: retryNum ?? 0 }),
    interaction: (p) => fake.sendEnvelope("interactive", p),
  };
}

/** A button found on a posted message. */
export interface FoundButton {
  action_id: string;
  value?: string;
  text: string;
  url?: string;
}

/** One Slack user talking to the bot. */
export class SlackUser {
  private seen = 0;
  readonly channel: string;

  constructor(
    private readonly t: Transport,
    private readonly fake: FakeSlackApi,
    private readonly idle: () => Promise<void>,
    readonly team: string,
    readonly user: string,
  ) {
    this.channel = `D${user.replace(/^[UW]/, "")}`;
  }

  /** Messages posted to this user's DM since the last take (or action). */
  take(): RecordedCall[] {
    const posts = this.fake.callsOf("chat.postMessage").filter((c) => c.args.channel === this.channel);
    const out = posts.slice(this.seen);
    this.seen = posts.length;
    return out;
  }

  /** Everything the bot has posted to this DM so far. */
  allPosts(): RecordedCall[] {
    return this.fake.callsOf("chat.postMessage").filter((c) => c.args.channel === this.channel);
  }

  /** `/interview-done <text>` (or `command`); returns the ack payload, the modal it opened (if any) and the DM messages that followed. */
  async command(text: string, command?: string): Promise<{ ack: unknown; posts: RecordedCall[]; view?: any }> {
    const fields = commandFields({ team: this.team, user: this.user, text, ...(command ? { command } : {}) });
    const ack = await this.t.command(fields);
    await this.idle();
    const view = this.fake.callsOf("views.open").find((c) => c.args.trigger_id === fields.trigger_id)?.args.view;
    return { ack, posts: this.take(), view };
  }

  /** Submits a modal the bot opened, with its prefilled answers changed where `answers` says; returns the ack and the replies. */
  async submitView(view: any, answers: Record<string, string | null> = {}): Promise<{ ack: unknown; posts: RecordedCall[] }> {
    const ack = await this.t.interaction(viewSubmission({ team: this.team, user: this.user, view, answers }));
    await this.idle();
    return { ack, posts: this.take() };
  }

  /** Types a DM message; returns the bot's replies. */
  async say(text: string): Promise<RecordedCall[]> {
    await this.t.event(dmEvent({ team: this.team, user: this.user, channel: this.channel, text }));
    await this.idle();
    return this.take();
  }

  /** Finds a button the bot posted in this DM (newest first) by engine action id and value. */
  findButton(action: string, value?: string): FoundButton {
    for (const post of [...this.allPosts()].reverse()) {
      for (const block of [...(post.args.blocks ?? [])].reverse()) {
        if (block.type !== "actions") continue;
        for (const el of block.elements) {
          if (baseActionId(el.action_id) === action && (value === undefined || el.value === value)) {
            return { action_id: el.action_id, value: el.value, text: el.text.text, url: el.url };
          }
        }
      }
    }
    throw new Error(`no ${action}${value ? `=${value}` : ""} button in ${this.channel}`);
  }

  /** Presses a button the bot posted; returns the replies. */
  async press(action: string, value?: string): Promise<RecordedCall[]> {
    const b = this.findButton(action, value);
    await this.t.interaction(buttonClick({ team: this.team, user: this.user, channel: this.channel, actionId: b.action_id, ...(b.value ? { value: b.value } : {}) }));
    await this.idle();
    return this.take();
  }

  /** Presses a settings button in App Home (not on a DM message). */
  async pressInHome(action: string, value?: string): Promise<RecordedCall[]> {
    await this.t.interaction(buttonClick({ team: this.team, user: this.user, channel: "", actionId: action, fromHome: true, ...(value ? { value } : {}) }));
    await this.idle();
    return this.take();
  }

  /** Submits the letter editor with new text; returns the replies. */
  async submitLetter(letterId: string, parts: string[]): Promise<RecordedCall[]> {
    await this.t.interaction(letterSubmission({ team: this.team, user: this.user, letterId, channel: this.channel, parts, trigger: uid("trig.") }));
    await this.idle();
    return this.take();
  }

  /** Opens the App Home tab; returns the view published for this user. */
  async openHome(): Promise<any> {
    await this.t.event(homeOpened({ team: this.team, user: this.user }));
    await this.idle();
    const published = this.fake.callsOf("views.publish").filter((c) => c.args.user_id === this.user);
    return published.at(-1)?.args.view;
  }

  /** Marks everything posted so far as read. */
  skip(): void {
    this.take();
  }
}

/** All the visible text of posted messages, for assertions. */
export function textOf(posts: RecordedCall[]): string {
  return posts
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
