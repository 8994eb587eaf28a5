import type { BadgeTone } from "@/components/ui/badge";
import { displayDay } from "@/lib/format/dates";

// How quality-assurance requests (ICS A5) read on screen, the same everywhere.

export const qaRequestKindLabels: Record<"REVIEW_CPD_LOG" | "SAMPLE_DECISIONS" | "OBSERVE_ASSESSMENT", string> = {
  REVIEW_CPD_LOG: "Review the CPD log",
  SAMPLE_DECISIONS: "Sample assessment decisions",
  OBSERVE_ASSESSMENT: "Observe an assessment",
};

export const qaRequestKindOptions = Object.entries(qaRequestKindLabels).map(([value, label]) => ({ value, label }));

/**
 * A request's standing: completed, cancelled, answered (open, with the awarding body to complete
 * it), open, or open past its due date with no answer.
 */
export function qaRequestStanding(request: {
  status: "OPEN" | "COMPLETED" | "CANCELLED";
  overdueByDays: number;
  respondedAt: Date | null;
}): {
  label: string;
  tone: BadgeTone;
} {
  if (request.status === "COMPLETED") return { label: "Completed", tone: "success" };
  if (request.status === "CANCELLED") return { label: "Cancelled", tone: "neutral" };
  if (request.respondedAt !== null) return { label: "Answered", tone: "info" };
  if (request.overdueByDays > 0) {
    return { label: `Overdue by ${request.overdueByDays} ${request.overdueByDays === 1 ? "day" : "days"}`, tone: "danger" };
  }
  return { label: "Open", tone: "info" };
}

/** "Answered 22 Nov 2026 (12 days after the due date)" or "Answered 5 Nov 2026 (by the due date)"; null when not answered. */
export function qaRequestAnsweredLine(request: { respondedAt: Date | null; answeredDaysLate: number | null }): string | null {
  if (request.respondedAt === null) return null;
  const late = request.answeredDaysLate ?? 0;
  const when = late > 0 ? `${late} ${late === 1 ? "day" : "days"} after the due date` : "by the due date";
  return `Answered ${displayDay(request.respondedAt)} (${when})`;
}

/** An awarding body's name inside a sentence: "waiting for the Institute of Customer Service", "waiting for OCR". */
export function bodyInSentence(name: string): string {
  return name.replace(/^The /, "the ");
}
