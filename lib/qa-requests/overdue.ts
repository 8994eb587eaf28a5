// When a quality-assurance request is overdue, and how late an answer came: one reading for the
// assessor's page, the staff's pages and the register's counts.
import { isoDay } from "@/lib/format/dates";
import { daysBetween, type IsoDate } from "@/lib/rules/dates";

/**
 * Days an open request is past its due date on `asOf` with no answer from the assessor; 0 when
 * answered (the body has it now), not open, or not yet due.
 */
export function qaRequestOverdueDays(request: { status: string; dueOn: Date; respondedAt: Date | null }, asOf: IsoDate): number {
  if (request.status !== "OPEN" || request.respondedAt !== null) return 0;
  const due = isoDay(request.dueOn);
  return due < asOf ? daysBetween(due, asOf) : 0;
}

/** Days after the due date the assessor's answer came (0 on or before it); null when not answered. */
export function qaRequestAnsweredDaysLate(request: { dueOn: Date; respondedAt: Date | null }): number | null {
  if (request.respondedAt === null) return null;
  const due = isoDay(request.dueOn);
  const answered = isoDay(request.respondedAt);
  return answered > due ? daysBetween(due, answered) : 0;
}
