// Idea (a bench-only patch; production code is not changed): group commit. Turns that arrive in the same event-loop turn share one BEGIN IMMEDIATE … COMMIT
// (one disk flush), each in its own savepoint so a failing turn rolls back alone; every HTTP
// response written meanwhile is held until that COMMIT, so no request is acknowledged before
// what it changed is durable.
import { ServerResponse } from "node:http";
import { Store } from "../../src/store/store.js";

let open: Store | undefined;
let depth = 0;
const held: { res: ServerResponse; args: unknown[] }[] = [];
const end = ServerResponse.prototype.end;
const write = Store.prototype.write;

function commit(): void {
  if (!open) return;
  const store = open;
  open = undefined;
  try {
    store.db.exec("COMMIT");
  } catch (err) {
    // Nothing in the batch is durable: fail every held request so Slack retries it.
    if (store.db.inTransaction) store.db.exec("ROLLBACK");
    for (const h of held.splice(0)) {
      if (!h.res.headersSent) h.res.statusCode = 500;
      (end as (...a: unknown[]) => void).apply(h.res, []);
    }
    process.stderr.write(`group commit failed: ${(err as Error).message}\n`);
    return;
  }
  for (const h of held.splice(0)) (end as (...a: unknown[]) => void).apply(h.res, h.args);
}

function groupedWrite<T>(this: Store, fn: () => T): T {
  if (depth > 0) return fn();
  if (!open) {
    this.db.exec("BEGIN IMMEDIATE");
    open = this;
    setImmediate(commit);
  }
  depth++;
  try {
    // Nested inside the open transaction, better-sqlite3 runs this as a SAVEPOINT.
    return this.db.transaction(fn)();
  } finally {
    depth--;
  }
}

function heldEnd(this: ServerResponse, ...args: unknown[]) {
  if (open) {
    held.push({ res: this, args });
    return this;
  }
  return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
}

/** Turns Store.write into a group commit and holds HTTP responses until it; returns the undo (after the last commit). */
export function groupCommits(): () => void {
  Store.prototype.write = groupedWrite;
  ServerResponse.prototype.end = heldEnd as typeof ServerResponse.prototype.end;
  return () => {
    if (open) commit();
    Store.prototype.write = write;
    ServerResponse.prototype.end = end;
  };
}
