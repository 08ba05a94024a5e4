import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { Actions } from "../../src/core/actions.js";
import type { CoachApi } from "../../src/core/coach-api.js";
import type { SweepOnce } from "../../src/core/adapter-contract.js";
import { formatUserRef, type Address, type ChatPort, type Inbound, type Outbound, type UserRef } from "../../src/core/types.js";
import { formatLocal, safeZone } from "../../src/core/plan/index.js";
import { DevClock } from "./dev-clock.js";
import { ChoiceBook } from "./choice-book.js";
import { ErrorCode, hasCode } from "../../src/core/errors.js";

/** What the terminal coach runs on. */
export interface ConsoleOptions {
  coach: CoachApi;
  /** The sweeper, delivering through this terminal's port: the same sweep the server's cron runs. */
  sweeperFor: (port: ChatPort) => SweepOnce;
  clock: DevClock;
  user: string;
  tz: string;
  input: Readable;
  output: Writable;
  interactive: boolean;
  /** Settles once what start-up loads in the background (the grammar checker) is ready; lines wait for it. */
  ready?: Promise<void>;
}

const HELP = `What I understand here:
  /interview-next [details]  log an interview ahead (e.g. /interview-next Acme, Staff Engineer, Thursday 3pm, with Dana Li)
  /interview-done [details]  start a debrief (e.g. /interview-done Acme, Staff Engineer, with Dana Li)
  a number or a label        press the button shown as [n] Label
  skip / back / done / cancel  steer a debrief
  /advance 3h | 1d | 2w      move this terminal's clock forward and deliver any nudges that come due
  /heard-back                tell me you heard back about an interview (or just say so)
  /letters                   every letter of your open interviews, with its buttons
  /reminders                 what's scheduled, in your time
  /settings                  what's coming, your interviews and debriefs, time zone, holidays, hours
  /export                    print everything stored about you (JSON)
  /forget                    delete everything stored about you
  /help                      this list
  /quit                      leave (your progress is saved)`;

/** The terminal coach: the same engine and database as Slack and Teams, in a readline session. */
export class ConsoleCoach {
  private readonly book = new ChoiceBook();
  private pasting: { letterId: string; lines: string[] } | undefined;
  private readonly ref: UserRef;
  private readonly address: Address;
  private busy: Promise<void> = Promise.resolve();

  constructor(private readonly o: ConsoleOptions) {
    this.ref = { platform: "console", tenant: "local", user: o.user };
    this.address = `console:${o.user}`;
  }

  /** The ChatPort that delivers nudges into this terminal. */
  readonly port: ChatPort = {
    platform: "console",
    send: async (_to: Address, msg: Outbound) => {
      this.write(`\n── a nudge from Afterword (${formatLocal(this.o.clock.now(), this.zone())}) ──`);
      this.show([msg]);
      return { id: randomUUID() };
    },
  };

  private write(text: string): void {
    this.o.output.write(`${text}\n`);
  }

  private show(messages: Outbound[]): void {
    if (!messages.length) return;
    this.write(this.book.render(messages));
  }

  private turn(event: Omit<Inbound, "from" | "at" | "id" | "address" | "tz"> & Record<string, unknown>): void {
    const full = { ...event, from: this.ref, at: this.o.clock.now(), id: randomUUID(), address: this.address, tz: this.o.tz, displayName: this.o.user } as Inbound;
    this.show(this.o.coach.handle(full));
  }

  /** The zone the engine holds for this user (one chosen in /settings wins over --tz). */
  private zone(): string {
    return this.o.coach.profile(this.ref)?.tz ?? this.o.tz;
  }

  /** Runs the session until the input ends or the user quits. */
  async run(): Promise<void> {
    // This terminal's zone, told to the engine before anything is listed: planned nudges move with it (unless a zone was chosen in /settings).
    this.o.coach.rememberProfile(this.ref, { tz: this.o.tz });
    this.write(`Afterword, your interview follow-up coach. Signed in as ${formatUserRef(this.ref)}, time zone ${this.zone()}. Type /help for commands.`);
    const resumed = this.o.coach.resume(this.ref);
    if (resumed.length) this.show(resumed);
    else this.write("After an interview, type /interview-done to debrief it while it's fresh.");
    const rl = createInterface({ input: this.o.input, terminal: false });
    if (this.o.interactive) this.o.output.write("you › ");
    for await (const line of rl) {
      this.busy = this.busy.then(() => this.onLine(line));
      await this.busy;
      if (this.quit) break;
      if (this.o.interactive) this.o.output.write(this.pasting ? "… " : "you › ");
    }
    rl.close();
  }

  private quit = false;

  private async onLine(line: string): Promise<void> {
    // Start-up work (the grammar checker) began before the banner; a line typed meanwhile waits for it, never loads it.
    if (this.o.ready) await this.o.ready;
    try {
      await this.handleLine(line);
    } catch (err) {
      this.write(hasCode(err, ErrorCode.StorageUnavailable) ? "The database is busy or unavailable right now; nothing was lost. Try that again in a moment." : "Something went wrong on my side. Your saved answers are safe; try again.");
    }
  }

  private async handleLine(line: string): Promise<void> {
    if (this.pasting) {
      if (line.trim() === ".") {
        const { letterId, lines } = this.pasting;
        this.pasting = undefined;
        this.turn({ kind: "action", action: Actions.letterSave, value: letterId, text: lines.join("\n") });
      } else if (this.pasting.lines.length < 400) this.pasting.lines.push(line);
      return;
    }
    const t = line.trim();
    if (!t) return;
    const [cmd, ...rest] = t.split(/\s+/);
    const arg = rest.join(" ");
    switch (cmd!.toLowerCase()) {
      case "/help":
        return this.write(HELP);
      case "/quit":
      case "/exit":
        this.quit = true;
        return this.write("Bye for now. Everything is saved.");
      case "/interview-done":
        return this.turn({ kind: "command", name: "interview-done", args: arg });
      case "/interview-next":
        return this.turn({ kind: "command", name: "interview-next", args: arg });
      case "/advance":
        return this.advance(arg);
      case "/heard-back":
        return this.turn({ kind: "action", action: Actions.heardBack });
      case "/letters":
        return this.turn({ kind: "action", action: Actions.letters });
      case "/reminders":
        return this.reminders();
      case "/settings":
        return this.show([this.o.coach.home(this.ref)]);
      case "/export":
        return this.turn({ kind: "action", action: Actions.exportData });
      case "/forget":
        return this.turn({ kind: "action", action: Actions.forget });
    }
    const picked = this.book.pick(t);
    if (picked.kind === "stale") return this.write(`There's no choice [${picked.n}] on screen now. Type a number shown above, /letters for your letters, or /help.`);
    if (picked.kind === "none") return this.turn({ kind: "text", text: line });
    const choice = picked.choice;
    if (choice.kind === "mailto") return this.write(`Open this link in your browser or mail app:\n${choice.url}`);
    if (choice.kind === "edit") {
      this.pasting = { letterId: choice.letterId, lines: [] };
      return this.write(`Paste your edited letter to ${choice.to}. End with a line containing only a dot (.)`);
    }
    this.turn({ kind: "action", action: choice.button.action, value: choice.button.value });
  }

  /**
   * Moves the clock forward and sweeps as the server would have meanwhile: at every moment one of
   * this user's nudges comes due (or is released from quiet hours or a pause), in order, then at the end.
   */
  private async advance(spec: string): Promise<void> {
    const ms = DevClock.parse(spec || "1d");
    if (!ms) return this.write("Try /advance 3h, /advance 1d or /advance 2w.");
    const clock = this.o.clock;
    const target = clock.now().getTime() + ms;
    this.write(`Moving the clock forward to ${formatLocal(new Date(target), this.zone())}.`);
    const sweep = this.o.sweeperFor(this.port);
    let sent = 0;
    // Bounded: even a year of daily holds is a few hundred steps.
    for (let step = 0; step < 2000; step++) {
      const wake = this.o.coach.nextWake(this.ref, clock.now().getTime() - 1);
      if (wake === undefined || wake > target) break;
      clock.moveTo(new Date(wake));
      sent += (await sweep(clock.now())).sent;
      if (this.o.coach.nextWake(this.ref, clock.now().getTime() - 1) === wake) clock.moveTo(new Date(wake + 60_000));
    }
    clock.moveTo(new Date(target));
    const last = await sweep(clock.now());
    sent += last.sent;
    this.write(`It's now ${formatLocal(clock.now(), this.zone())}.${sent === 0 ? " No nudges came due." : ""}`);
  }

  private reminders(): void {
    const interviews = this.o.coach.upcomingInterviews?.(this.ref) ?? [];
    if (interviews.length) this.write(`Upcoming interviews:\n${interviews.map((l) => `  ${l}`).join("\n")}\nNudges:`);
    const lines = this.o.coach.upcoming(this.ref);
    if (!lines.length) return this.write("Nothing scheduled.");
    for (const line of lines) this.write(`  ${line}`);
  }
}
