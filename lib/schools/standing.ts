import { isoDay } from "@/lib/format/dates";
import { ictMarkStanding, type IctMarkPolicy, type IctMarkStanding } from "@/lib/rules/ict-mark";

// A school row's ICT Mark standing, from its stored dates and the body's policy: the one place
// the schools list, the school page, the reminder action and the dashboard ask the rule.

export type SchoolDates = { ictMarkAwardedOn: Date | null; renewalReminderSentAt: Date | null };

export function schoolStanding(school: SchoolDates, now: Date, policy: IctMarkPolicy): IctMarkStanding {
  return ictMarkStanding(
    school.ictMarkAwardedOn ? isoDay(school.ictMarkAwardedOn) : null,
    isoDay(now),
    policy,
    school.renewalReminderSentAt ? isoDay(school.renewalReminderSentAt) : null,
  );
}
