// Calendar dates for the rules: ISO "YYYY-MM-DD" strings, always UTC.
// Rules take the date as a parameter and never read the clock, so a rule gives the same answer
// today, in a test, and when a report is re-run for a past date. Strings rather than Date objects
// because a rule is about a calendar day, not an instant, and ISO strings compare and serialise
// without time-zone surprises.

/** A calendar day written "YYYY-MM-DD". */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
import { MS_PER_DAY } from "@/lib/format/dates";

/** Whether `value` is a real calendar day in "YYYY-MM-DD" form (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return toIso(date) === value;
}

/** Days since 1970-01-01 (UTC). Throws on a malformed date: a rule fed a bad date must not guess. */
export function dayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date in YYYY-MM-DD form: "${date}"`);
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return toIso(new Date(day * MS_PER_DAY));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * How a month or year addition treats a day that does not exist in the target month
 * (31 January + 1 month, 29 February + 1 year):
 * - "clamp": the last day of the target month (28 February);
 * - "roll-forward": the first day of the next month (1 March). Retention uses this so that a
 *   record is never destroyable a day before the full period has passed.
 */
export type MonthOverflow = "clamp" | "roll-forward";

export function addMonths(date: IsoDate, months: number, overflow: MonthOverflow = "clamp"): IsoDate {
  dayNumber(date);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  if (d <= lastDay) return toIso(new Date(Date.UTC(targetYear, targetMonth, d)));
  if (overflow === "clamp") return toIso(new Date(Date.UTC(targetYear, targetMonth, lastDay)));
  return toIso(new Date(Date.UTC(targetYear, targetMonth + 1, 1)));
}

export function addYears(date: IsoDate, years: number, overflow: MonthOverflow = "clamp"): IsoDate {
  return addMonths(date, years * 12, overflow);
}

/** Whole months completed from `from` to `to` (0 when `to` is earlier). */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return 0;
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (addMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}

/** Age in whole years on a day; someone born on 29 February turns a year older on 1 March. */
export function ageOn(dateOfBirth: IsoDate, onDate: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [oy, om, od] = onDate.split("-").map(Number) as [number, number, number];
  dayNumber(dateOfBirth);
  dayNumber(onDate);
  let age = oy - by;
  if (om < bm || (om === bm && od < bd)) age -= 1;
  return age;
}

export function latestDate(dates: readonly IsoDate[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const date of dates) if (latest === null || date > latest) latest = date;
  return latest;
}

function toIso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}
