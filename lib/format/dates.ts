// How dates are written on screen and in forms, in one place. Dates of a calendar day (a date
// column, an expiry) are shown in UTC so a day never slips across midnight; "en-GB" because the
// users are UK centres.

export const MS_PER_DAY = 86_400_000;

/** The instant `days` whole days after `from`. */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * MS_PER_DAY);
}

/** Midnight UTC of the day `from` falls on. */
export function startOfUtcDay(from: Date): Date {
  return new Date(Math.floor(from.getTime() / MS_PER_DAY) * MS_PER_DAY);
}

/** YYYY-MM-DD for a date column, as date inputs expect it; "" for none. */
export function isoDay(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** "22 Nov 2026": tables and lists. */
export function displayDay(date: Date | null): string {
  return date ? date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }) : "";
}

/** "22 November 2026": sentences. */
export function displayLongDay(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
