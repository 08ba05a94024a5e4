import { defineConfig } from "vitest/config";

// Three projects, all run by `npm test`:
//   unit         test/unit/<path of the file under test>.test.ts, beside nothing but the code it tests
//   integration  in-process: the engine on a real SQLite file, the real Bolt app and CloudAdapter on
//                loopback against fake Slack and Teams servers
//   system       the built server and CLI as their own processes: serve, sweep, doctor, faults, crashes
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // Name lookups stay on this machine in every test process (test/support/loopback-only.ts).
    setupFiles: ["test/support/loopback-only.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"], isolate: false } },
      // Time limits far above the work, so only a hang fails on time: a busy two-core machine runs
      // these several times slower than a quiet one.
      { extends: true, test: { name: "integration", include: ["test/integration/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000, isolate: false } },
      {
        extends: true,
        test: {
          name: "system",
          include: ["test/system/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Builds dist/ once per run (when a source changed): these tests spawn the built server and CLI.
          globalSetup: ["test/support/global-setup.ts"],
        },
      },
    ],
  },
});
