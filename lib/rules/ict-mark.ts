// A school's ICT Mark accreditation (Naace ICT Mark principle 8; retention "3 years from the
// award"): it expires a number of years after the award, and the school is reminded to renew
// within a window before that day.
import { addDays, addYears, daysBetween, type IsoDate } from "./dates";

export interface IctMarkPolicy {
  /** Years from the award to expiry. */
  readonly validityYears: number;
  /** How many days before expiry renewal reminders start. */
  readonly renewalReminderDays: number;
  readonly source: string;
}

export type IctMarkState = "notAwarded" | "current" | "renewalDue" | "expired";

export interface IctMarkStanding {
  readonly state: IctMarkState;
  /** The last day the accreditation holds; null when never awarded. */
  readonly expiresOn: IsoDate | null;
  /** Days from the as-of date to expiry (negative once expired); null when never awarded. */
  readonly daysToExpiry: number | null;
  /** Whether a renewal reminder should go now: in the window, and none sent since it opened. */
  readonly reminderDue: boolean;
}

export function ictMarkStanding(
  awardedOn: IsoDate | null,
  asOf: IsoDate,
  policy: IctMarkPolicy,
  /** The day the last renewal reminder was sent, if any. */
  lastReminderOn: IsoDate | null = null,
): IctMarkStanding {
  if (awardedOn === null) return { state: "notAwarded", expiresOn: null, daysToExpiry: null, reminderDue: false };
  // Valid for the whole of the last day of the period: awarded 2024-03-01, 3 years → to 2027-02-28.
  const expiresOn = addDays(addYears(awardedOn, policy.validityYears), -1);
  const daysToExpiry = daysBetween(asOf, expiresOn);
  if (daysToExpiry < 0) return { state: "expired", expiresOn, daysToExpiry, reminderDue: false };
  if (daysToExpiry > policy.renewalReminderDays) return { state: "current", expiresOn, daysToExpiry, reminderDue: false };
  const windowOpened = addDays(expiresOn, -policy.renewalReminderDays);
  const reminderDue = lastReminderOn === null || lastReminderOn < windowOpened;
  return { state: "renewalDue", expiresOn, daysToExpiry, reminderDue };
}
