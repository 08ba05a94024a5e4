import type { CoachApi } from "../../src/core/coach-api.js";
import type { Form, UserRef } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import { slackErrorCode } from "./classify-slack-error.js";
import { slackTextToPlain } from "./mrkdwn.js";
import { renderFormModal } from "./render-form-modal.js";
import type { SlackClients } from "./slack-clients.js";

/** What opening a form needs: the engine (which knows the user's zone) and the workspace's Web API client. */
export interface FormModalDeps {
  coach: CoachApi;
  clients: SlackClients;
  logger: Logger;
}

/** The engine's forms as Slack modals, opened on a command's trigger. */
export class FormModals {
  constructor(private readonly deps: FormModalDeps) {}

  /** The coach's debrief form for a slash command, read without writing; undefined when the chat should start instead. */
  debriefForm(from: UserRef, cmd: { text?: unknown }): Form | undefined {
    const args = slackTextToPlain(typeof cmd.text === "string" ? cmd.text : "").trim();
    const out = this.deps.coach.debriefForm?.(from, args);
    const block = out?.blocks.find((b) => b.type === "form");
    return block?.type === "form" ? block.form : undefined;
  }

  /** The coach's form for logging an interview ahead (`/interview-next`), read without writing; undefined when the engine offers none. */
  upcomingForm(from: UserRef, cmd: { text?: unknown }): Form | undefined {
    const args = slackTextToPlain(typeof cmd.text === "string" ? cmd.text : "").trim();
    const block = this.deps.coach.upcomingForm?.(from, args).blocks.find((b) => b.type === "form");
    return block?.type === "form" ? block.form : undefined;
  }

  /** Opens a form as a modal on the command's trigger; false when Slack refused it (the chat takes over). */
  async open(from: UserRef, form: Form, triggerId: string): Promise<boolean> {
    const tz = this.deps.coach.profile(from)?.tz;
    try {
      const web = await this.deps.clients.forTeam(from.tenant);
      await web.views.open({ trigger_id: triggerId, view: renderFormModal(form, tz) });
      return true;
    } catch (err) {
      this.deps.logger.warn({ err, code: slackErrorCode(err) }, "could not open the form; carrying on in the DM instead");
      return false;
    }
  }
}
