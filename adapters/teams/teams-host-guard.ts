import type { Config } from "../../src/config.js";
import { AfterwordError, ErrorCode } from "../../src/core/errors.js";

/** True for hosts only this machine can reach: 127.x, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

/** The server would expose an unauthenticated Teams endpoint beyond this machine. */
export class TeamsHostError extends AfterwordError {
  constructor(host: string) {
    super(
      ErrorCode.TeamsUnauthenticatedHost,
      `TEAMS_UNAUTHENTICATED=true turns off Bot Framework authentication, so Afterword only binds to loopback, but HOST is ${host}. ` +
        "Set HOST=127.0.0.1 for emulator testing, or set MicrosoftAppId and MicrosoftAppPassword to run Teams for real.",
    );
    this.name = "TeamsHostError";
  }
}

/** Throws TeamsHostError when Teams runs unauthenticated and HOST is not loopback; call before binding. */
export function assertTeamsHostAllowed(config: Pick<Config, "teams" | "HOST">): void {
  if (config.teams === "unauthenticated" && !isLoopbackHost(config.HOST)) throw new TeamsHostError(config.HOST);
}
