import { addDays, addYears, type IsoDate } from "./dates";

// The calendar bounds of the IQA's records (sampling, risk ratings, RD07, standardisation): a day
// something happened (sampled, rated, feedback given, a meeting held) is from 1 January 2000 to
// today; an action's due date is from today to two years ahead. Pure, so the schemas (against the clock) and the
// actions (against the action's own `now`) give the same messages.

export const earliestRecordDay: IsoDate = "2000-01-01";
export const maximumDueYears = 2;

export const dateBoundMessages = {
  tooEarly: "The date cannot be before 1 January 2000.",
  dueInPast: "The due date cannot be in the past.",
  dueTooFar: `The due date must be within ${maximumDueYears} years of today.`,
} as const;

/**
 * The problem with the day something happened, or null: not before 2000-01-01 and not after
 * `latest` (today, or today plus a day's slack where the person's day and UTC's can differ).
 */
export function happenedOnProblem(value: IsoDate, latest: IsoDate, futureMessage: string): string | null {
  if (value < earliestRecordDay) return dateBoundMessages.tooEarly;
  if (value > latest) return futureMessage;
  return null;
}

/**
 * The problem with an action's due date, or null: not before yesterday (a day's slack, as the
 * person's day and UTC's can differ) and not more than two years after today.
 */
export function dueOnProblem(value: IsoDate, today: IsoDate): string | null {
  if (value < addDays(today, -1)) return dateBoundMessages.dueInPast;
  if (value > addYears(today, maximumDueYears)) return dateBoundMessages.dueTooFar;
  return null;
}
