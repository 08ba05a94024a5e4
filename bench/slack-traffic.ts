// The signed traffic of figure 2: slash commands and DM debrief answers from pools of distinct users.
import type { RequestSpec } from "autocannon";
import { COMMAND_ARGS, DEBRIEF_ANSWERS, RESTART_TEXT } from "./debrief-script.js";
import { benchUser, commandBody, FORM, JSON_TYPE, messageEventBody, SLACK_PATH, signedHeaders } from "./slack-requests.js";

/** Each DM user's answers go round: the whole debrief to its summary, then a fresh debrief typed in the DM. */
const CYCLE = [...DEBRIEF_ANSWERS, RESTART_TEXT];

/**
 * One server's traffic. Command users (C…) and DM users (M…) are separate pools, so a command
 * never interrupts a debrief being answered; DM users are taken in turn, so with more users than
 * connections one user never has two answers in flight and each answer fits the question asked.
 * A command opens the debrief form (views.open), as Slack's /interview-done does; a DM answer is
 * one turn of a debrief typed in the DM, replied to with chat.postMessage.
 */
export class SlackTraffic {
  readonly path = SLACK_PATH;
  private commandSeq = 0;
  private messageSeq = 0;
  private readonly step: number[];

  constructor(
    readonly secret: string,
    readonly commandUsers: number,
    readonly messageUsers: number,
    /** Tags delivery ids so two servers' traffic never shares one. */
    readonly tag: string,
  ) {
    this.step = new Array<number>(messageUsers).fill(0);
  }

  /** The next signed `/interview-done` (trigger ids unique). */
  nextCommand(): { body: string; headers: Record<string, string> } {
    const n = this.commandSeq++;
    const { user } = benchUser("C", n % this.commandUsers);
    const body = commandBody(user, COMMAND_ARGS, `${this.tag}.trigger.${n}`);
    return { body, headers: signedHeaders(this.secret, body, FORM) };
  }

  /** The next signed DM answer (event ids unique): the next line of that user's debrief. */
  nextMessage(): { body: string; headers: Record<string, string>; channel: string } {
    const n = this.messageSeq++;
    const u = n % this.messageUsers;
    const { user, channel } = benchUser("M", u);
    const text = CYCLE[this.step[u]! % CYCLE.length]!;
    this.step[u]!++;
    const body = messageEventBody(user, channel, text, `Ev${this.tag}${n}`, n);
    return { body, headers: signedHeaders(this.secret, body, JSON_TYPE), channel };
  }

  /** What starts each DM user's debrief: `interview-done …` typed in their DM (a slash command opens the form instead), so their next answer is the interview's time. */
  startDebrief(u: number): { body: string; headers: Record<string, string> } {
    const n = this.messageSeq++;
    const { user, channel } = benchUser("M", u);
    const body = messageEventBody(user, channel, RESTART_TEXT, `Ev${this.tag}${n}`, n);
    this.step[u] = 0;
    return { body, headers: signedHeaders(this.secret, body, JSON_TYPE) };
  }

  /** autocannon's request list: each connection alternates a command and a DM answer (a 50/50 mix). */
  requests(): RequestSpec[] {
    return [
      { method: "POST", path: SLACK_PATH, setupRequest: (req) => ({ ...req, ...this.nextCommand() }) },
      { method: "POST", path: SLACK_PATH, setupRequest: (req) => ({ ...req, ...this.nextMessage() }) },
    ];
  }
}
