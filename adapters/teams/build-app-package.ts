import { strToU8, zipSync } from "fflate";
import { checkAppPackage } from "./check-app-package.js";
import { AfterwordError, ErrorCode } from "../../src/core/errors.js";

/** A Teams app package that failed its checks or could not be filled. */
export class AppPackageError extends AfterwordError {
  constructor(message: string) {
    super(ErrorCode.TeamsPackage, message);
    this.name = "AppPackageError";
  }
}

/** Replaces every `${{NAME}}` in the manifest template; an unknown name is an error. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new AppPackageError(`the manifest asks for \${{${name}}}, which has no value`);
    // Values land inside JSON strings.
    return JSON.stringify(value).slice(1, -1);
  });
}

/** Fills the manifest, checks it with its icons, and zips manifest.json and the icons at the root. */
export function buildAppPackage(template: string, icons: Record<string, Uint8Array>, values: Record<string, string>): { manifest: any; zip: Uint8Array } {
  const manifest = JSON.parse(fillTemplate(template, values));
  const problems = checkAppPackage(manifest, icons, values.MicrosoftAppId);
  if (problems.length) throw new AppPackageError(`the Teams app manifest is not valid:\n- ${problems.join("\n- ")}`);
  const zip = zipSync({ "manifest.json": strToU8(JSON.stringify(manifest, null, 2)), ...icons }, { level: 9, mtime: new Date("2026-01-01T00:00:00Z") });
  return { manifest, zip };
}
