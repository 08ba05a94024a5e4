#!/usr/bin/env node
// `node scripts/empty-folder.mjs <folder>`: removes a build's output folder before it is compiled
// again, so a file deleted from the sources never lingers in what ships (or in what the bench runs).
import { rmSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const target = process.argv[2];
const full = target ? resolve(ROOT, target) : "";
const inside = relative(ROOT, full);
// Only a folder strictly inside the repository: never the root itself, never a path outside it.
if (!target || !inside || inside.startsWith("..") || isAbsolute(inside)) {
  console.error(`empty-folder: refusing ${JSON.stringify(target)}; give a folder inside the repository`);
  process.exit(2);
}
rmSync(full, { recursive: true, force: true });
