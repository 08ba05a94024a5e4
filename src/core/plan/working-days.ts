import Holidays from "date-holidays";
import { addCalendarDays, weekdayOf } from "./local-time.js";

/** Where the user works, for public holidays: an ISO 3166 country code and, optionally, the library's state code. */
export interface HolidayPlace {
  country?: string;
  region?: string;
}

// One calendar per country/region, and per year the set of its public-holiday dates with their
// English names: a plan asks about the same few weeks again and again.
const calendars = new Map<string, Holidays | null>();
const years = new Map<string, Map<string, string>>();

function calendarFor(place: HolidayPlace): Holidays | null {
  const country = place.country?.toUpperCase();
  if (!country) return null;
  const key = `${country}/${place.region?.toUpperCase() ?? ""}`;
  if (!calendars.has(key)) {
    const hd = new Holidays();
    const region = place.region?.toUpperCase();
    // init answers true when it knows the place (its typings say void); a region it does not list is refused.
    const listed = country in hd.getCountries() && (!region || Object.keys(hd.getStates(country) ?? {}).includes(region));
    const ok = listed && Boolean((region ? hd.init(country, region) : hd.init(country)) as unknown);
    if (ok) hd.setLanguages("en");
    calendars.set(key, ok ? hd : null);
  }
  return calendars.get(key)!;
}

function publicHolidays(place: HolidayPlace, year: number): Map<string, string> {
  const key = `${place.country?.toUpperCase()}/${place.region?.toUpperCase() ?? ""}/${year}`;
  let days = years.get(key);
  if (!days) {
    days = new Map();
    // Only days off for everyone: "bank" half-days (24 Dec from 14:00) and observances are working days.
    for (const h of calendarFor(place)?.getHolidays(year) ?? []) {
      if (h.type === "public" && !days.has(h.date.slice(0, 10))) days.set(h.date.slice(0, 10), h.name);
    }
    years.set(key, days);
  }
  return days;
}

/** The public holiday on a YYYY-MM-DD date in that place, by its English name, or undefined. */
export function holidayOn(isoDate: string, place: HolidayPlace): string | undefined {
  if (!place.country) return undefined;
  return publicHolidays(place, Number(isoDate.slice(0, 4))).get(isoDate);
}

/** True on Monday–Friday when the date is no public holiday in that place. */
export function isWorkingDay(isoDate: string, place: HolidayPlace): boolean {
  return weekdayOf(isoDate) <= 5 && holidayOn(isoDate, place) === undefined;
}

/** The date itself when it is a working day, else the next one; with the holidays passed over, in order. */
export function nextWorkingDay(isoDate: string, place: HolidayPlace): { date: string; passed: string[] } {
  let day = isoDate;
  const passed: string[] = [];
  for (let i = 0; i < 60 && !isWorkingDay(day, place); i++) {
    const name = holidayOn(day, place);
    if (name && !passed.includes(name)) passed.push(name);
    day = addCalendarDays(day, 1);
  }
  return { date: day, passed };
}

/** The date `n` working days after a YYYY-MM-DD date (weekends and that place's public holidays skipped). */
export function addWorkingDays(isoDate: string, n: number, place: HolidayPlace = {}): string {
  let day = isoDate;
  for (let left = n; left > 0; ) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day, place)) left--;
  }
  return day;
}

let zoneCountries: Map<string, string> | undefined;

/** The country a time zone belongs to, from the holiday library's own zone lists (undefined for UTC and the like). */
export function countryForZone(tz: string): string | undefined {
  if (!zoneCountries) {
    const found = new Map<string, { code: string; rank: number }>();
    for (const code of Object.keys(new Holidays().getCountries())) {
      // A zone shared by several countries (Europe/Zurich: CH and LI) belongs to the one that lists it first.
      (new Holidays(code).getTimezones() ?? []).forEach((zone, rank) => {
        const seen = found.get(zone);
        if (!seen || rank < seen.rank) found.set(zone, { code, rank });
      });
    }
    zoneCountries = new Map([...found].map(([zone, { code }]) => [zone, code]));
  }
  return zoneCountries.get(tz);
}

/** The user's holiday place: the country (and region) they set, else the country of their time zone. */
export function placeOf(user: { country?: string | null; region?: string | null }, tz: string): HolidayPlace {
  if (user.country) return user.region ? { country: user.country, region: user.region } : { country: user.country };
  const country = countryForZone(tz);
  return country ? { country } : {};
}

/** The country's name in English, or the code when the library does not know it. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** True when the holiday library knows this country (and region, when given). */
export function knownPlace(place: HolidayPlace): boolean {
  return calendarFor(place) !== null;
}
