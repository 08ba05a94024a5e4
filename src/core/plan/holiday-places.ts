// Where a person works, for public holidays, from what they type: "Germany", "DE", "US, California",
// "Germany, BY", "England". Names come from the holiday library (its states in their own language)
// and from English country names.
import Holidays from "date-holidays";
import { countryName, knownPlace, type HolidayPlace } from "./working-days.js";

// Names people use that are not the library's or the English one.
const ALIASES: Record<string, HolidayPlace> = {
  uk: { country: "GB" },
  britain: { country: "GB" },
  "great britain": { country: "GB" },
  england: { country: "GB", region: "ENG" },
  scotland: { country: "GB", region: "SCT" },
  wales: { country: "GB", region: "WLS" },
  "northern ireland": { country: "GB", region: "NIR" },
  usa: { country: "US" },
  us: { country: "US" },
  america: { country: "US" },
  "united states": { country: "US" },
};

function plain(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

let countries: Map<string, string> | undefined;

/** Every country the library knows, by code, by its English name and by the library's own name. */
function countryIndex(): Map<string, string> {
  if (!countries) {
    countries = new Map();
    const hd = new Holidays();
    const own = hd.getCountries();
    for (const [code, english] of Object.entries(hd.getCountries("en"))) {
      for (const name of [code, english, own[code] ?? code, countryName(code)]) countries.set(plain(name), code);
    }
  }
  return countries;
}

/** The library's regions (states) of a country, code → name; empty when it has none. */
export function regionsOf(country: string): Record<string, string> {
  return new Holidays().getStates(country.toUpperCase(), "en") ?? {};
}

function findRegion(country: string, text: string): string | undefined {
  const wanted = plain(text);
  return Object.entries(regionsOf(country)).find(([code, name]) => plain(code) === wanted || plain(name) === wanted)?.[0];
}

/** The place a person means ("Germany, Bayern", "DE-BY", "England"), or undefined when it names none the library knows. */
export function findPlace(text: string): HolidayPlace | undefined {
  const t = text.trim().slice(0, 80);
  const [head, ...rest] = t.split(/\s*(?:,|\s-\s|\/)\s*|(?<=^[A-Za-z]{2})-(?=[A-Za-z0-9]{1,3}$)/);
  const alias = ALIASES[plain(head ?? "")];
  const country = alias?.country ?? countryIndex().get(plain(head ?? ""));
  if (!country) return undefined;
  const regionText = rest.join(" ").trim();
  if (!regionText) return alias ?? { country };
  const region = findRegion(country, regionText);
  if (!region) return undefined;
  const place = { country, region };
  return knownPlace(place) ? place : undefined;
}

/** "Germany (Bayern)", "United Kingdom (England)", "Japan". */
export function describePlace(place: HolidayPlace): string {
  if (!place.country) return "none (weekends only)";
  const region = place.region ? regionsOf(place.country)[place.region] ?? place.region : undefined;
  return region ? `${countryName(place.country)} (${region})` : countryName(place.country);
}
