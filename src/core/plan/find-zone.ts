// A time zone from what a person types: an IANA name in any case ("europe/berlin"), or a city
// ("New York", "Kolkata", "São Paulo").
import { safeZone } from "./local-time.js";

const REGIONS = ["Europe", "America", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian", "Antarctica"];
const UTC = /^(?:utc|gmt|z|zulu|universal)$/i;

function plain(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[\s_-]+/g, " ").trim();
}

// "Port_of_Spain", "Dar_es_Salaam": the small words of zone names stay small.
const SMALL = new Set(["of", "es"]);

function titleCase(segment: string): string {
  return segment
    .replace(/[\s-]+/g, "_")
    .split("_")
    .map((w) => (SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join("_");
}

let cities: Map<string, string> | undefined;

/** The zones the runtime lists, by their city in plain words ("new york" → America/New_York). */
function cityIndex(): Map<string, string> {
  if (!cities) {
    cities = new Map();
    for (const zone of Intl.supportedValuesOf("timeZone")) {
      const city = plain(zone.split("/").pop()!);
      if (!cities.has(city)) cities.set(city, zone);
    }
  }
  return cities;
}

/** The IANA zone a person means by `text`, or undefined when it names none. */
export function findZone(text: string): string | undefined {
  const t = text.trim().slice(0, 64);
  if (!t || !/^[\p{L}\s/_+\-.'0-9]+$/u.test(t)) return undefined;
  if (UTC.test(t)) return "UTC";
  if (t.includes("/")) {
    const listed = Intl.supportedValuesOf("timeZone").find((z) => z.toLowerCase() === t.toLowerCase().replace(/\s+/g, "_"));
    if (listed) return listed;
    const named = t.split("/").map(titleCase).join("/");
    return safeZone(named, "") === named ? named : undefined;
  }
  const city = cityIndex().get(plain(t));
  if (city) return city;
  // Zones the runtime lists under an older name ("Asia/Calcutta") are still valid by the new one.
  const guess = REGIONS.map((r) => `${r}/${titleCase(plain(t).replace(/ /g, "_"))}`).find((z) => safeZone(z, "") === z);
  return guess;
}
