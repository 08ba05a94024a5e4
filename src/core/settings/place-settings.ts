// Where the user is, as settings: their time zone (planned nudges move with it) and the country
// (and region) whose public holidays the check-in and the let-go skip.
import { Actions } from "../actions.js";
import { quoteUser, say } from "../messages.js";
import { describeUpcoming, upcomingNudges } from "../nudges/upcoming-nudges.js";
import { retimeNudges } from "../nudges/retime-nudges.js";
import { formatLocal, placeOf, type HolidayPlace } from "../plan/index.js";
import { findZone } from "../plan/find-zone.js";
import { describePlace, findPlace, regionsOf } from "../plan/holiday-places.js";
import type { UserRow } from "../model/user.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Outbound } from "../types.js";

const LEAVE = /^(?:cancel|never ?mind|leave it|keep it|no)[.!]?$/i;

const SOURCE: Record<UserRow["platform"], string> = { slack: "your Slack profile", teams: "Teams", console: "this terminal's --tz" };

/** The settings lines for the time zone and public holidays, with their buttons. */
export function placeSettingsBlocks(user: UserRow, tz: string, place: HolidayPlace): Block[] {
  const zoneFrom = user.tzChosen ? "you chose it" : user.tz ? `from ${SOURCE[user.platform]}` : "until I know yours";
  const placeFrom = user.country ? "you chose it" : "from your time zone";
  return [
    { type: "text", markdown: `Time zone: ${tz} (${zoneFrom}). Public holidays: ${describePlace(place)} (${placeFrom}).` },
    {
      type: "buttons",
      buttons: [
        { action: Actions.timeZone, label: "Change time zone" },
        { action: Actions.country, label: "Change country for holidays" },
        { action: Actions.hours, label: "Other nudge hours" },
      ],
    },
  ];
}

/** Asks which time zone the user is in. */
export function askTimeZone(ctx: TurnContext): Outbound[] {
  ctx.store.conversations.set(ctx.user.id, { flow: "tz" }, ctx.now.getTime());
  const buttons = ctx.user.tzChosen ? [{ action: Actions.timeZone, label: `Follow ${SOURCE[ctx.user.platform]}`, value: "platform" }] : [];
  return [say(`Which time zone are you in? A city or a zone name works: _Berlin_, _New York_, _Asia/Kolkata_. (Now: ${ctx.tz}.)`, buttons)];
}

/** Sets the time zone from a city or zone name ("platform": follow the platform's again); planned nudges keep their local times. */
export function setTimeZone(ctx: TurnContext, text: string): Outbound[] {
  ctx.store.conversations.clear(ctx.user.id);
  if (text === "platform") {
    ctx.store.users.updateSettings(ctx.user.id, { tzChosen: false });
    return [say(`From now on your time zone follows ${SOURCE[ctx.user.platform]}. Until it says otherwise, it stays ${ctx.tz}.`)];
  }
  if (LEAVE.test(text.trim())) return [say(`All right, your time zone stays ${ctx.tz}.`)];
  const zone = findZone(text);
  if (!zone) {
    ctx.store.conversations.set(ctx.user.id, { flow: "tz" }, ctx.now.getTime());
    return [say(`I couldn't find a time zone called “${quoteUser(text.trim().slice(0, 40))}”. Try a city like _Berlin_ or _New York_, or a zone name like _Asia/Kolkata_.`)];
  }
  ctx.store.users.updateSettings(ctx.user.id, { tz: zone, tzChosen: true });
  const moved = zone === ctx.tz ? 0 : retimeNudges({ store: ctx.store, userId: ctx.user.id, tz: zone, hours: ctx.hours, now: ctx.now }, ctx.tz);
  const user = ctx.store.users.byId(ctx.user.id)!;
  const lines = [`Your time zone is now ${zone} (it's ${formatLocal(ctx.now, zone)} there).`];
  if (moved) {
    lines.push("Your planned nudges keep their local times there:", ...upcomingNudges(ctx.store, user).slice(0, 8).map((n) => `• ${describeUpcoming({ ...n, about: quoteUser(n.about) }, zone)}`));
  }
  if (!user.country) lines.push(`Public holidays follow ${describePlace(placeOf(user, zone))}, from the zone.`);
  return [say(lines.join("\n"))];
}

/** Asks which country's public holidays apply. */
export function askCountry(ctx: TurnContext): Outbound[] {
  ctx.store.conversations.set(ctx.user.id, { flow: "country" }, ctx.now.getTime());
  const buttons = ctx.user.country ? [{ action: Actions.country, label: "Follow my time zone", value: "zone" }] : [];
  return [say(`Which country do you work in? The check-in and the let-go skip its public holidays. A name or code works: _Germany_, _US_, or with a region: _Germany, Bayern_. (Now: ${describePlace(ctx.place)}.)`, buttons)];
}

/** Sets the country (and region) for public holidays from what the user typed ("zone": follow the time zone again). */
export function setCountry(ctx: TurnContext, text: string): Outbound[] {
  ctx.store.conversations.clear(ctx.user.id);
  if (LEAVE.test(text.trim())) return [say(`All right, public holidays stay those of ${describePlace(ctx.place)}.`)];
  const place = text === "zone" ? ({} as HolidayPlace) : findPlace(text);
  if (!place) {
    ctx.store.conversations.set(ctx.user.id, { flow: "country" }, ctx.now.getTime());
    return [say(`I don't know the public holidays of “${quoteUser(text.trim().slice(0, 40))}”. Try a country name or code: _Germany_, _France_, _US_, or _Germany, Bayern_ for a region.`)];
  }
  ctx.store.users.updateSettings(ctx.user.id, { country: place.country ?? null, region: place.region ?? null });
  const now = placeOf(ctx.store.users.byId(ctx.user.id)!, ctx.tz);
  const regions = now.country && !now.region ? Object.values(regionsOf(now.country)) : [];
  const hint = place.country && regions.length ? ` Some days off differ by region; name yours too if you like, for example _${describePlace(now)}, ${regions[0]}_.` : "";
  return [say(`Public holidays now follow ${describePlace(now)}${place.country ? "" : ", from your time zone"}. Check-ins already planned keep their dates; new ones skip these holidays.${hint}`)];
}
