// The App Home tab: the engine's home view rendered as a Slack home view and published.
import type { CoachApi } from "../../src/core/coach-api.js";
import type { UserRef } from "../../src/core/types.js";
import { renderHome } from "./render-home.js";
import type { SlackClients } from "./slack-clients.js";

/** Publishes a user's App Home. */
export class HomePublisher {
  constructor(
    private readonly coach: CoachApi,
    private readonly clients: SlackClients,
  ) {}

  /** Renders the coach's home for this user and publishes it to their App Home tab. */
  async publish(from: UserRef): Promise<void> {
    const view = renderHome(this.coach.home(from));
    await (await this.clients.forTeam(from.tenant)).views.publish({ user_id: from.user, view });
  }
}
