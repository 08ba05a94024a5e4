// `npm run teams:package`: writes dist/afterword-teams.zip, the app package to upload to Teams.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { AppPackageError, buildAppPackage } from "./build-app-package.js";
import { isGuid } from "./check-app-package.js";

/** Shown in the app's details when no AFTERWORD_PUBLIC_URL is given. */
export const PLACEHOLDER_URL = "https://afterword.example.com";

/** The repository root: the nearest folder up with Afterword's package.json (works from src and dist). */
export function findRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "afterword") return dir;
    if (dirname(dir) === dir) throw new AppPackageError("cannot find Afterword's package.json above " + from);
  }
}

/** Builds the package from the environment; returns the zip's path and any warnings. */
export function packageApp(env: NodeJS.ProcessEnv = process.env, root = findRoot()): { path: string; warnings: string[] } {
  const appId = env.MicrosoftAppId?.trim();
  if (!appId) {
    throw new AppPackageError(
      "MicrosoftAppId is not set. Set it to your Azure Bot's Microsoft App ID (a GUID), e.g. MicrosoftAppId=… npm run teams:package",
    );
  }
  if (!isGuid(appId)) throw new AppPackageError(`MicrosoftAppId "${appId}" is not a GUID; copy the Microsoft App ID from your Azure Bot's Configuration page.`);
  const warnings: string[] = [];
  const publicUrl = env.AFTERWORD_PUBLIC_URL?.trim() || PLACEHOLDER_URL;
  if (publicUrl === PLACEHOLDER_URL) warnings.push(`AFTERWORD_PUBLIC_URL is not set; the app's website and privacy links show ${PLACEHOLDER_URL}.`);
  const dir = join(root, "adapters/teams/appPackage");
  const template = readFileSync(join(dir, "manifest.json"), "utf8");
  const icons = { "color.png": readFileSync(join(dir, "color.png")), "outline.png": readFileSync(join(dir, "outline.png")) };
  const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version as string;
  const { zip } = buildAppPackage(template, icons, { MicrosoftAppId: appId, APP_VERSION: version, AFTERWORD_PUBLIC_URL: publicUrl });
  const out = join(root, "dist/afterword-teams.zip");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  return { path: out, warnings };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { path, warnings } = packageApp();
    for (const w of warnings) console.warn(`warning: ${w}`);
    console.log(`Wrote ${relative(process.cwd(), path) || path}. Upload it in Teams: Apps → Manage your apps → Upload an app.`);
  } catch (err) {
    console.error(`Cannot build the Teams app package: ${(err as Error).message}`);
    process.exit(1);
  }
}
