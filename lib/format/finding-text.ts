import { displayDay } from "./dates";

// Rule findings are written with ISO days (the rules never format dates). Where a person reads one,
// the days are shown as everywhere else on screen ("3 Mar 2026"), the wording left as the rule wrote it.

const isoDayPattern = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** The text with every valid YYYY-MM-DD day written as `displayDay` writes it; anything else untouched. */
export function displayFindingDates(text: string): string {
  return text.replace(isoDayPattern, (match, year: string, month: string, day: string) => {
    const date = new Date(`${match}T00:00:00Z`);
    const valid =
      !Number.isNaN(date.getTime()) &&
      date.getUTCFullYear() === Number(year) &&
      date.getUTCMonth() + 1 === Number(month) &&
      date.getUTCDate() === Number(day);
    return valid ? displayDay(date) : match;
  });
}
