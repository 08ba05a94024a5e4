// One registry of Afterword's error codes. Code compares codes, never messages; every message is a
// sentence the reader can act on.

/** Every stable error code Afterword throws, by name. */
export const ErrorCode = {
  /** An environment variable or command-line option is missing or malformed. */
  Config: "AFTERWORD_CONFIG",
  /** The database's migration ledger disagrees with the shipped migrations. */
  MigrationDrift: "AFTERWORD_MIGRATION_DRIFT",
  /** The shipped migrations folder cannot be found. */
  MigrationsMissing: "AFTERWORD_MIGRATIONS_MISSING",
  /** The database cannot be used at start-up (read-only, full, corrupt). */
  DatabaseUnusable: "AFTERWORD_DATABASE_UNUSABLE",
  /** The database cannot take a write right now (busy, read-only, full): nothing was changed. */
  StorageUnavailable: "AFTERWORD_STORAGE_UNAVAILABLE",
  /** The server could not take its port (in use, not allowed, not this machine's address). */
  ListenFailed: "AFTERWORD_LISTEN_FAILED",
  /** A backup could not be made, or did not check out. */
  BackupFailed: "AFTERWORD_BACKUP_FAILED",
  /** A text that should name a user (`platform:tenant:user`) does not. */
  BadUserRef: "AFTERWORD_BAD_USER_REF",
  /** A calendar date is not a real `YYYY-MM-DD` date. */
  BadCalendarDate: "AFTERWORD_BAD_CALENDAR_DATE",
  /** A stored interview the conversation points at is gone. */
  InterviewMissing: "AFTERWORD_INTERVIEW_MISSING",
  /** A conversation is at a step the engine does not know. */
  UnknownStep: "AFTERWORD_UNKNOWN_STEP",
  /** A letter was asked for a person who is not one of the interview's interviewers. */
  NotAnInterviewer: "AFTERWORD_NOT_AN_INTERVIEWER",
  /** A proactive send failed; see the error's `kind` for whether to retry. */
  SendFailed: "AFTERWORD_SEND_FAILED",
  /** AFTERWORD_ENCRYPTION_KEY (or _PREVIOUS) is missing or not 32 bytes in hex or base64. */
  EncryptionKey: "AFTERWORD_ENCRYPTION_KEY",
  /** A stored token cannot be decrypted with the key given (another key, or a damaged value). */
  TokenUnreadable: "AFTERWORD_TOKEN_UNREADABLE",
  /** No Slack installation holds a usable token for this workspace (not installed, removed, refresh refused). */
  SlackNotInstalled: "AFTERWORD_SLACK_NOT_INSTALLED",
  /** Slack is not configured, so the Slack adapter cannot start. */
  SlackOff: "AFTERWORD_SLACK_OFF",
  /** A signed Slack payload is not shaped as Slack sends it. */
  SlackMalformedPayload: "AFTERWORD_SLACK_MALFORMED_PAYLOAD",
  /** A Slack id holds characters Slack never uses. */
  SlackBadId: "AFTERWORD_SLACK_BAD_ID",
  /** A stored Teams address cannot be decoded. */
  TeamsAddress: "AFTERWORD_TEAMS_ADDRESS",
  /** The Bot Connector could not be reached or refused a request. */
  TeamsConnector: "AFTERWORD_TEAMS_CONNECTOR",
  /** The Teams app package cannot be built. */
  TeamsPackage: "AFTERWORD_TEAMS_PACKAGE",
  /** Teams is not configured, so the Teams adapter cannot start. */
  TeamsOff: "AFTERWORD_TEAMS_OFF",
  /** Unauthenticated Teams was asked to listen beyond loopback. */
  TeamsUnauthenticatedHost: "AFTERWORD_TEAMS_UNAUTHENTICATED_HOST",
} as const;

/** One of the registered codes. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error with a registered code and a message its reader can act on. */
export class AfterwordError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "AfterwordError";
  }
}

/** The code an error carries (Afterword's or a library's, such as SQLITE_BUSY), or undefined. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** True when `err` carries this registered code. */
export function hasCode(err: unknown, code: ErrorCode): boolean {
  return errorCode(err) === code;
}

/** What is wrong with storage, in an operator's words. */
export type StorageCondition = "locked" | "read-only" | "full" | "io-error" | "corrupt" | "unavailable";

/** Thrown when the database cannot be read or written (locked, read-only, full, damaged): the adapter answers so the platform retries. */
export class StorageUnavailableError extends AfterwordError {
  constructor(
    readonly cause: unknown,
    readonly condition: StorageCondition = "unavailable",
  ) {
    super(ErrorCode.StorageUnavailable, "The database is unavailable right now; nothing was changed.", { cause });
    this.name = "StorageUnavailableError";
  }

  /** True when another process only holds the lock: worth trying again in a moment. */
  get locked(): boolean {
    return this.condition === "locked";
  }
}

/** True when `err` says storage is unavailable (whatever the store's technology). */
export function isStorageUnavailable(err: unknown): err is StorageUnavailableError {
  return err instanceof StorageUnavailableError;
}
