import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Coach } from "../../src/core/coach.js";
import type { Inbound, Outbound, UserRef } from "../../src/core/types.js";
import { Store } from "../../src/store/store.js";

/** A real SQLite file with the real migrations, in a fresh temp directory. */
export function tempStore(): { store: Store; dir: string; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "afterword-test-"));
  const path = join(dir, "afterword.db");
  const store = Store.open(path);
  return { store, dir, path, cleanup: () => (store.close(), rmSync(dir, { recursive: true, force: true })) };
}

/** A settable clock. */
export class TestClock {
  constructor(public t: Date) {}
  now = (): Date => new Date(this.t);
  set(iso: string): void {
    this.t = new Date(iso);
  }
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms);
  }
}

let seq = 0;

/** Drives a coach as one user, the way an adapter would. */
export class Driver {
  constructor(
    readonly coach: Coach,
    readonly from: UserRef,
    readonly clock: TestClock,
    readonly tz = "Europe/London",
  ) {}

  private base() {
    return { from: this.from, at: this.clock.now(), id: `d-${++seq}`, address: `${this.from.platform}:${this.from.tenant}:${this.from.user}` as const, tz: this.tz, displayName: "Sam Rivera" };
  }
  command(args = ""): Outbound[] {
    return this.coach.handle({ ...this.base(), kind: "command", name: "interview-done", args } as Inbound);
  }
  /** `/interview-next [args]`: logs an interview ahead (`forms`: as a platform with forms sends it). */
  next(args = "", forms = false): Outbound[] {
    return this.coach.handle({ ...this.base(), kind: "command", name: "interview-next", args, ...(forms ? { forms } : {}) } as Inbound);
  }
  say(text: string): Outbound[] {
    return this.coach.handle({ ...this.base(), kind: "text", text } as Inbound);
  }
  /** Sends a form back, as an adapter does with a submitted modal or card. */
  pressForm(token: string, fields: Record<string, unknown>): Outbound[] {
    return this.coach.handle({ ...this.base(), kind: "action", action: "debrief-form.submit", value: token, fields } as Inbound);
  }
  press(action: string, value?: string, text?: string): Outbound[] {
    return this.coach.handle({ ...this.base(), kind: "action", action, value, text } as Inbound);
  }
}

/** All the text a set of messages shows, blocks included, for assertions. */
export function textOf(messages: Outbound[]): string {
  return messages
    .flatMap((m) =>
      m.blocks.map((b) => {
        if (b.type === "text") return b.markdown;
        if (b.type === "fields") return b.fields.map((f) => `${f.label}: ${f.value}`).join("\n");
        if (b.type === "letter") return `To: ${b.to}\nSubject: ${b.subject}\n${b.body}`;
        if (b.type === "buttons") return b.buttons.map((x) => `[${x.label}]`).join(" ");
        if (b.type === "form") return [b.form.intro ?? b.form.title, ...b.form.fields.map((f) => `${f.label}: ${f.value ?? ""}`)].join("\n");
        return b.content;
      }),
    )
    .join("\n");
}

/** The buttons a set of messages offers. */
export function buttonsOf(messages: Outbound[]) {
  return messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === "buttons" ? b.buttons : [])));
}

/** Makes a coach on a temp store. */
export function tempCoach(at = "2026-11-17T15:00:00Z", tz = "Europe/London") {
  const t = tempStore();
  const clock = new TestClock(new Date(at));
  const coach = new Coach({ store: t.store, clock: clock.now, defaultTz: tz });
  return { ...t, clock, coach };
}
