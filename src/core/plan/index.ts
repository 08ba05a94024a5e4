// The follow-up plan: which nudges, when, in the user's time zone and nudge hours. Pure time logic.
export { addWorkingDays, computeCheckinDate, moveToWeekday, planCheckinDay, type CheckinDay } from "./compute-checkin-date.js";
export { computeReflectAt, computeThanksAt } from "./compute-first-nudges.js";
export { formatLocal, formatLocalDay } from "./format-local.js";
export { letGoAt, thanksReminderAt } from "./later-nudges.js";
export { addCalendarDays, isCalendarDate, localDate, safeZone, weekdayOf, zoneOffsetAt } from "./local-time.js";
export {
  clampToNudgeHours,
  DEFAULT_HOURS,
  endOfNudgeHoursOn,
  isQuietTime,
  nextNudgeMorning,
  normalizeNudgeHours,
  startOfNudgeHoursOn,
  type NudgeHours,
} from "./nudge-hours.js";
export { DEFAULT_REFLECT_DELAY_HOURS, type PlanInput, type PlannedNudge } from "./plan-input.js";
export { planFollowUp } from "./plan-follow-up.js";
export { countryForZone, countryName, holidayOn, isWorkingDay, knownPlace, nextWorkingDay, placeOf, type HolidayPlace } from "./working-days.js";
export { afterInterviewAt, DEFAULT_LENGTH_MINUTES, eveningBefore } from "./upcoming-times.js";
