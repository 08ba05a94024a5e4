import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { AfterwordError, ErrorCode } from "../core/errors.js";

/** How long a connection may sit without sending a byte (or between requests) before it is closed. */
export const IDLE_TIMEOUT_MS = 5_000;
/** How long a client has to send a request's headers. */
export const HEADERS_TIMEOUT_MS = 5_000;
/** How long a client has to send a whole request, body included. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** Connections served at once when the file limit allows it; more are closed on arrival. */
export const DEFAULT_MAX_CONNECTIONS = 1_000;

/** The server could not take its port (already in use, not allowed, no such address). */
export class ListenError extends AfterwordError {
  constructor(
    message: string,
    readonly cause: NodeJS.ErrnoException,
  ) {
    super(ErrorCode.ListenFailed, message, { cause });
    this.name = "ListenError";
  }
}

/** The soft limit on open files of this process (Linux), if it can be read. */
export function openFileLimit(read: () => string = () => readFileSync("/proc/self/limits", "utf8")): number | undefined {
  try {
    const m = /^Max open files\s+(\d+)/m.exec(read());
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The connection cap: `wanted`, but never more than half the open-file limit, so idle or
 * hostile clients can never take the descriptors the database, the log and the calls to
 * Slack and Teams need.
 */
export function connectionCap(wanted = DEFAULT_MAX_CONNECTIONS, fileLimit = openFileLimit()): number {
  return fileLimit ? Math.max(16, Math.min(wanted, Math.floor(fileLimit / 2))) : wanted;
}

/**
 * Closes a connection that has been silent for IDLE_TIMEOUT_MS, one that never sent a byte
 * included, unless a response on it is still being worked on (a slow turn is not an idle client).
 */
function closeIdleSockets(server: Server): void {
  const busy = new WeakSet<Socket>();
  server.timeout = IDLE_TIMEOUT_MS;
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    busy.add(req.socket);
    const done = () => busy.delete(req.socket);
    res.once("finish", done);
    res.once("close", done);
  });
  server.on("timeout", (socket: Socket) => {
    if (!busy.has(socket)) socket.destroy();
  });
}

function explain(err: NodeJS.ErrnoException, host: string, port: number): string {
  const where = `${host}:${port}`;
  if (err.code === "EADDRINUSE") return `port ${port} on ${host} is already in use (another Afterword, or another program): stop it or set PORT to a free port`;
  if (err.code === "EACCES") return `not allowed to listen on ${where}: ports below 1024 need privileges; set PORT to 1024 or above`;
  if (err.code === "EADDRNOTAVAIL") return `${host} is not an address of this machine: set HOST to one of its addresses, or 0.0.0.0`;
  return `could not listen on ${where} (${err.code ?? err.message})`;
}

/**
 * Listens with timeouts that hold: a connection that sends nothing, or stalls between requests
 * or inside one, is closed within seconds (Node checks header and request deadlines only as
 * often as `connectionsCheckingInterval`, 30 s by default, so that is shortened too), and at
 * most `maxConnections` are open at once. Rejects with ListenError when the port cannot be taken.
 */
export function listen(handler: RequestListener, port: number, host: string, maxConnections = connectionCap()): Promise<Server> {
  const server = createServer(
    { requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS, keepAliveTimeout: IDLE_TIMEOUT_MS, connectionsCheckingInterval: 1_000 },
    handler,
  );
  closeIdleSockets(server);
  server.maxConnections = maxConnections;
  return new Promise((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException) => reject(new ListenError(explain(err, host, port), err));
    server.once("error", failed);
    server.listen(port, host, () => {
      server.off("error", failed);
      resolve(server);
    });
  });
}
