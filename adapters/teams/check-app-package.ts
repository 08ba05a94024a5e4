// The Teams app manifest's required fields and limits, checked before a package is written.

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number; colorType: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 26 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20), colorType: bytes[25]! };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HTTPS = /^https:\/\/[^\s/$.?#][^\s]*$/;

/** True for an Azure AD application (client) id. */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** Problems with a manifest and its files, one sentence each; empty when Teams would accept it. */
export function checkAppPackage(manifest: any, files: Record<string, Uint8Array>, expectedBotId?: string): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, problem: string) => void (ok ? undefined : problems.push(problem));
  const text = (v: unknown, max: number) => typeof v === "string" && v.trim().length > 0 && v.length <= max;
  need(typeof manifest?.manifestVersion === "string" && /^1\.(1[7-9]|[2-9]\d)$/.test(manifest.manifestVersion), "manifestVersion must be 1.17 or later");
  need(typeof manifest?.$schema === "string" && manifest.$schema.includes(`/v${manifest.manifestVersion}/`), "$schema must match manifestVersion");
  need(typeof manifest?.id === "string" && GUID.test(manifest.id), "id must be a GUID");
  need(typeof manifest?.version === "string" && SEMVER.test(manifest.version), "version must be MAJOR.MINOR.PATCH");
  const dev = manifest?.developer ?? {};
  need(text(dev.name, 32), "developer.name is required (at most 32 characters)");
  for (const key of ["websiteUrl", "privacyUrl", "termsOfUseUrl"]) need(typeof dev[key] === "string" && HTTPS.test(dev[key]), `developer.${key} must be an https URL`);
  need(text(manifest?.name?.short, 30), "name.short is required (at most 30 characters)");
  need(manifest?.name?.full === undefined || text(manifest.name.full, 100), "name.full must be at most 100 characters");
  need(text(manifest?.description?.short, 80), "description.short is required (at most 80 characters)");
  need(text(manifest?.description?.full, 4000), "description.full is required (at most 4000 characters)");
  need(typeof manifest?.accentColor === "string" && /^#[0-9a-f]{6}$/i.test(manifest.accentColor), "accentColor must be a #RRGGBB colour");
  const icons = manifest?.icons ?? {};
  for (const [kind, size] of [["color", 192], ["outline", 32]] as const) {
    const file = typeof icons[kind] === "string" ? files[icons[kind]] : undefined;
    const png = file && pngSize(file);
    need(png, `icons.${kind} must name a PNG in the package`);
    if (png) need(png.width === size && png.height === size, `icons.${kind} must be ${size}×${size} pixels, not ${png.width}×${png.height}`);
    if (png && kind === "outline") need(png.colorType === 6 || png.colorType === 4, "icons.outline needs an alpha channel (white on transparent)");
  }
  const bots = Array.isArray(manifest?.bots) ? manifest.bots : [];
  need(bots.length === 1, "bots must hold exactly one bot");
  const bot = bots[0] ?? {};
  need(typeof bot.botId === "string" && GUID.test(bot.botId), "bots[0].botId must be a GUID");
  if (expectedBotId) need(bot.botId === expectedBotId, "bots[0].botId must be MicrosoftAppId");
  need(Array.isArray(bot.scopes) && bot.scopes.length === 1 && bot.scopes[0] === "personal", 'bots[0].scopes must be ["personal"]');
  const commands = (bot.commandLists ?? []).flatMap((l: any) => l.commands ?? []);
  for (const title of ["interview-done", "interview-next", "settings"]) need(commands.some((c: any) => c.title === title), `bots[0].commandLists must list ${title}`);
  for (const c of commands) need(text(c.title, 32) && text(c.description, 128), `command "${c.title}" needs a title (≤ 32) and a description (≤ 128)`);
  const left = JSON.stringify(manifest).match(/\$\{\{[^}]*\}\}/g);
  need(!left, `placeholders left unfilled: ${left?.join(", ")}`);
  return problems;
}
