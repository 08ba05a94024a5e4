// The built `afterword serve` on its socket: a taken port stops start-up with a clear line and a
// non-zero exit; silent and trickling connections are closed within seconds; a flood of idle
// connections under a low open-file limit cannot keep /healthz from answering.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, connect, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen } from "../../../src/server/listen.js";
import { killAllServers, serveEnv, startServe, until } from "../../support/serve-child.js";
import { WAIT_CAP_MS } from "../../support/until.js";
import { MAIN, ROOT } from "../../support/build-once.js";
import { closingFetch } from "../../support/http.js";
import { startProcess } from "../../support/spawn.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "afterword-listen-"));
});
afterAll(() => {
  killAllServers();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a TCP connection to the server; resolves once connected, with a flag that turns true when the server closes it. */
function openSocket(port: number): Promise<{ socket: Socket; closed: () => boolean }> {
  return new Promise((resolve, reject) => {
    let closed = false;
    const socket = connect(port, "127.0.0.1");
    socket.on("close", () => (closed = true));
    socket.on("error", () => undefined);
    // Read (and drop) whatever comes: a socket nobody reads may never see the server's FIN as 'end',
    // so it never closes on this side (seen under load: the server in FIN-WAIT-2, this side in CLOSE-WAIT).
    socket.resume();
    socket.once("connect", () => resolve({ socket, closed: () => closed }));
    socket.once("error", reject);
  });
}

/** GET /healthz, given up after `timeoutMs` (0 then): a request queued behind a flood must not hold a poll forever. */
async function healthStatus(url: string, timeoutMs = WAIT_CAP_MS): Promise<number> {
  try {
    const res = await closingFetch(`${url}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
    return res.status;
  } catch {
    return 0;
  }
}

describe("afterword serve on its socket", () => {
  it("stops with a clear line and exit code 1 when its port is taken, instead of claiming to listen", async () => {
    const squatter: Server = createServer();
    await new Promise<void>((r) => squatter.listen(0, "127.0.0.1", r));
    const port = (squatter.address() as { port: number }).port;
    try {
      const started = startServe({ DATABASE_PATH: join(dir, "busy.db"), PORT: String(port), SWEEP_INTERVAL_SECONDS: "1" });
      const failure = (await started.then(
        () => undefined,
        (err: { output: string; exited: Promise<{ code: number | null }> }) => err,
      ))!;
      expect(failure, "the server must not report that it listens").toBeDefined();
      expect((await failure.exited).code).toBe(1);
      expect(failure.output).not.toMatch(/Afterword is listening/);
      expect(failure.output).toMatch(/"msg":"cannot listen; stopping"/);
      expect(failure.output).toMatch(new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      squatter.close();
    }
  });

  // The next three wait on the server's own clocks (5 s idle, a 6.5 s answer), so they wait side by side.
  it.concurrent("closes a connection that sends nothing, and one that trickles its headers, within seconds", async ({ expect }) => {
    const server = await startServe({ DATABASE_PATH: join(dir, "idle.db") });
    try {
      const silent = await Promise.all(Array.from({ length: 5 }, () => openSocket(server.port)));
      const slow = await openSocket(server.port);
      slow.socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
      // One header byte a second: never idle, never finished.
      const drip = setInterval(() => !slow.closed() && slow.socket.write("X"), 1_000);
      try {
        // The server closes them after 5 s; before, a silent socket stayed open for good and a
        // trickling one for about 30 s. 20 s leaves room for a busy machine.
        await until(() => silent.every((s) => s.closed()), "the silent connections to be closed");
        await until(() => slow.closed(), "the trickling connection to be closed");
      } finally {
        clearInterval(drip);
        for (const s of [...silent, slow]) s.socket.destroy();
      }
      // The server itself is fine.
      expect(await healthStatus(server.url)).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it.concurrent("starts under a file limit well below 256: loading its modules never opens too many files at once", async ({ expect }) => {
    // Node's module loader reads a whole import graph in parallel; chrono-node's root module alone
    // brought some 270 files (sixteen locales), and start-up failed now and then under 256 with
    // EMFILE, reported as "Cannot find package". 192 leaves room for the graph to grow a little.
    const p = startProcess(["-c", 'ulimit -n 192 && exec "$0" "$@"', process.execPath, MAIN, "serve"], { command: "sh", cwd: ROOT, env: serveEnv({ DATABASE_PATH: join(dir, "low-limit.db") }) });
    try {
      await until(() => /Afterword is listening/.test(p.output()) || p.proc.exitCode !== null || p.proc.signalCode !== null, "the server to listen");
      expect(p.output(), `it printed:\n${p.output().slice(-2000)}`).toMatch(/Afterword is listening/);
      expect(p.output()).not.toMatch(/EMFILE|Cannot find (package|module)/);
    } finally {
      p.proc.kill("SIGKILL");
    }
  });

  it.concurrent("keeps /healthz answering while 400 idle connections are held open under a low file limit", async ({ expect }) => {
    const db = join(dir, "flood.db");
    // `ulimit -n` is the shell's; exec hands it to node.
    const p = startProcess(["-c", 'ulimit -n 256 && exec "$0" "$@"', process.execPath, MAIN, "serve"], { command: "sh", cwd: ROOT, env: serveEnv({ DATABASE_PATH: db }) });
    const out = p.output;
    const sockets: Socket[] = [];
    try {
      // A server that stopped instead (or a shell that could not lower the limit), or that is still
      // starting after the wait, fails here with what it printed.
      const ended = () => p.proc.exitCode !== null || p.proc.signalCode !== null;
      await until(() => /Afterword is listening/.test(out()) || ended(), "the server to listen").catch((err: Error) => {
        throw new Error(`${err.message}; it printed:\n${out().slice(-2000)}`);
      });
      expect(out(), `the server did not listen (exit ${p.proc.exitCode ?? p.proc.signalCode}); it printed:\n${out().slice(-2000)}`).toMatch(/Afterword is listening/);
      const port = Number(/"port":(\d+)[^\n]*Afterword is listening/.exec(out())![1]);
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 400; i++) {
        const s = connect(port, "127.0.0.1");
        s.on("error", () => undefined);
        sockets.push(s);
      }
      // Before, the idle sockets used up the process's descriptors for good and /healthz never
      // answered again. Now the extra ones are refused and the idle ones closed within seconds.
      let status = 0;
      await until(async () => (status = await healthStatus(url, 5_000)) === 200, "/healthz to answer 200");
      expect(status).toBe(200);
      expect(p.proc.exitCode).toBeNull();
      expect(out()).not.toMatch(/EMFILE/);
    } finally {
      for (const s of sockets) s.destroy();
      p.proc.kill("SIGKILL");
    }
  });

  it.concurrent("does not cut off a request whose answer takes longer than the idle timeout (a slow turn is not an idle client)", async ({ expect }) => {
    const server = await listen((_req, res) => void setTimeout(() => res.end("done"), 6_500), 0, "127.0.0.1");
    try {
      const res = await closingFetch(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
      expect(await res.text()).toBe("done");
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
