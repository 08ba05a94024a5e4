import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { buildAppPackage } from "../../../../adapters/teams/build-app-package.js";
import { checkAppPackage } from "../../../../adapters/teams/check-app-package.js";
import { drawColorIcon, drawOutlineIcon } from "../../../../adapters/teams/draw-icons.js";
import { packageApp } from "../../../../adapters/teams/package-app.js";
import { ROOT } from "../../../support/build-once.js";

const DIR = join(ROOT, "adapters/teams/appPackage");
const APP_ID = "0b6c5a3e-8f1d-4c2a-9e7b-3d5f1a2c4e6b";
const template = readFileSync(join(DIR, "manifest.json"), "utf8");
const icons = { "color.png": readFileSync(join(DIR, "color.png")), "outline.png": readFileSync(join(DIR, "outline.png")) };
const values = { MicrosoftAppId: APP_ID, APP_VERSION: "0.1.0", AFTERWORD_PUBLIC_URL: "https://afterword.test" };
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Reads a PNG the long way: header, then the pixels (unfiltered rows, as our encoder writes them). */
function readPng(bytes: Uint8Array) {
  const buf = Buffer.from(bytes);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString("ascii", 12, 16)).toBe("IHDR");
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let i = 8; i < buf.length; ) {
    const n = buf.readUInt32BE(i);
    if (buf.toString("ascii", i + 4, i + 8) === "IDAT") idat.push(buf.subarray(i + 8, i + 8 + n));
    i += 12 + n;
  }
  return { width, height, colorType: buf[25], pixels: inflateSync(Buffer.concat(idat)) };
}

describe("the Teams app package", () => {
  const { manifest, zip } = buildAppPackage(template, icons, values);
  const files = unzipSync(zip);

  it("zips manifest.json and both icons at the root", () => {
    expect(Object.keys(files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    expect(JSON.parse(strFromU8(files["manifest.json"]!))).toEqual(manifest);
  });

  it("has the manifest's required fields, the bot id from configuration and the command list", () => {
    expect(manifest.manifestVersion).toBe("1.17");
    expect(manifest.$schema).toBe("https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json");
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.version).toBe("0.1.0");
    expect(manifest.developer).toMatchObject({ name: "Afterword", websiteUrl: "https://afterword.test", privacyUrl: "https://afterword.test", termsOfUseUrl: "https://afterword.test" });
    expect(manifest.name.short).toBe("Afterword");
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.bots).toEqual([
      expect.objectContaining({
        botId: APP_ID,
        scopes: ["personal"],
        commandLists: [{ scopes: ["personal"], commands: [expect.objectContaining({ title: "interview-done" }), expect.objectContaining({ title: "interview-next" }), expect.objectContaining({ title: "settings" }), expect.objectContaining({ title: "help" })] }],
      }),
    ]);
    expect(template).toContain("${{MicrosoftAppId}}");
    expect(checkAppPackage(manifest, files, APP_ID)).toEqual([]);
  });

  it("ships a 192×192 colour icon and a 32×32 white-on-transparent outline icon", () => {
    const color = readPng(files[manifest.icons.color]!);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(files[manifest.icons.outline]!);
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    let opaque = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const at = y * (32 * 4 + 1) + 1 + x * 4;
        const [r, g, b, a] = outline.pixels.subarray(at, at + 4);
        if (a! > 0) {
          opaque++;
          expect([r, g, b]).toEqual([255, 255, 255]);
        }
      }
    }
    expect(opaque).toBeGreaterThan(50);
    expect(outline.pixels[1 + 3]).toBe(0); // the top-left corner is transparent
  });

  it("keeps the committed icons in step with the script that draws them", () => {
    expect(readPng(drawColorIcon()).pixels).toEqual(readPng(icons["color.png"]).pixels);
    expect(readPng(drawOutlineIcon()).pixels).toEqual(readPng(icons["outline.png"]).pixels);
  });

  it("refuses a package Teams would reject", () => {
    const swapped = { "color.png": icons["outline.png"], "outline.png": icons["color.png"] };
    expect(() => buildAppPackage(template, swapped, values)).toThrow(/icons.color must be 192×192 pixels, not 32×32/);
    expect(() => buildAppPackage(template, icons, { ...values, MicrosoftAppId: "not-a-guid" })).toThrow(/id must be a GUID/);
    expect(() => buildAppPackage(template, icons, { MicrosoftAppId: APP_ID, APP_VERSION: "0.1.0" })).toThrow(/AFTERWORD_PUBLIC_URL/);
    const noCommands = { ...manifest, bots: [{ ...manifest.bots[0], commandLists: [] }] };
    expect(checkAppPackage(noCommands, files)).toContain("bots[0].commandLists must list interview-done");
    expect(checkAppPackage(manifest, files, "11111111-1111-1111-1111-111111111111")).toContain("bots[0].botId must be MicrosoftAppId");
  });

  it("npm run teams:package's script fills the bot id from MicrosoftAppId, and refuses clearly without it", () => {
    const root = mkdtempSync(join(tmpdir(), "afterword-pkg-"));
    temps.push(root);
    mkdirSync(join(root, "adapters/teams"), { recursive: true });
    cpSync(DIR, join(root, "adapters/teams/appPackage"), { recursive: true });
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "afterword", version: "1.2.3" }));
    expect(() => packageApp({}, root)).toThrow(/MicrosoftAppId is not set/);
    const { path, warnings } = packageApp({ MicrosoftAppId: APP_ID }, root);
    expect(path).toBe(join(root, "dist/afterword-teams.zip"));
    expect(warnings.join()).toMatch(/AFTERWORD_PUBLIC_URL is not set/);
    const written = JSON.parse(strFromU8(unzipSync(readFileSync(path))["manifest.json"]!));
    expect(written).toMatchObject({ id: APP_ID, version: "1.2.3", bots: [{ botId: APP_ID }] });
  });
});
