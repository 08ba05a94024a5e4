import { format } from "node:util";
import { scrubSdkText, type Logger } from "../logger.js";
import type { StorageMonitor } from "./storage-monitor.js";

/**
 * Keeps the server's output JSON lines and its process alive through database trouble:
 * - a promise rejected with a storage error that nobody handled (a background write while the
 *   disk is full or the file locked) is logged and reported to the StorageMonitor instead of
 *   killing the process: a restart would not free the disk, it would only crash-loop;
 * - any other unhandled rejection or uncaught exception is logged as one `fatal` line and the
 *   process exits 1, as Node would, but readable by the log pipeline;
 * - `console.*` from SDKs (botbuilder prints failed turns with console.error) goes through the
 *   logger, scrubbed like every SDK line.
 * Returns a function that undoes all of it.
 */
export function installProcessGuards(logger: Logger, monitor: StorageMonitor, exit: (code: number) => void = (c) => process.exit(c)): () => void {
  const log = logger.child({ component: "process" });
  const onRejection = (reason: unknown) => {
    if (monitor.noticeError(reason)) {
      log.warn({ err: reason }, "a background task could not use the database; the server keeps running");
      return;
    }
    log.fatal({ err: reason }, "unhandled promise rejection; stopping");
    exit(1);
  };
  const onException = (err: Error) => {
    log.fatal({ err }, "uncaught exception; stopping");
    exit(1);
  };
  process.on("unhandledRejection", onRejection);
  process.on("uncaughtException", onException);

  const sdk = logger.child({ component: "console" });
  const original = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  const route = (level: "debug" | "info" | "warn" | "error") => (...args: unknown[]) => {
    const err = args.find((a) => a instanceof Error);
    const text = scrubSdkText(format(...args.filter((a) => !(a instanceof Error))));
    if (err) sdk[level]({ err }, text || "error");
    else sdk[level](text);
  };
  console.log = route("info");
  console.info = route("info");
  console.warn = route("warn");
  console.error = route("error");
  console.debug = route("debug");

  return () => {
    process.off("unhandledRejection", onRejection);
    process.off("uncaughtException", onException);
    Object.assign(console, original);
  };
}
