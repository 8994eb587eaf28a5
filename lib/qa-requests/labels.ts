import type { BadgeTone } from "@/components/ui/badge";

// How quality-assurance requests (ICS A5) read on screen, the same everywhere.

export const qaRequestKindLabels: Record<"REVIEW_CPD_LOG" | "SAMPLE_DECISIONS" | "OBSERVE_ASSESSMENT", string> = {
  REVIEW_CPD_LOG: "Review the CPD log",
  SAMPLE_DECISIONS: "Sample assessment decisions",
  OBSERVE_ASSESSMENT: "Observe an assessment",
};

export const qaRequestKindOptions = Object.entries(qaRequestKindLabels).map(([value, label]) => ({ value, label }));

/** A request's standing: completed, cancelled, open, or open past its due date. */
export function qaRequestStanding(request: { status: "OPEN" | "COMPLETED" | "CANCELLED"; overdueByDays: number }): {
  label: string;
  tone: BadgeTone;
} {
  if (request.status === "COMPLETED") return { label: "Completed", tone: "success" };
  if (request.status === "CANCELLED") return { label: "Cancelled", tone: "neutral" };
  if (request.overdueByDays > 0) {
    return { label: `Overdue by ${request.overdueByDays} ${request.overdueByDays === 1 ? "day" : "days"}`, tone: "danger" };
  }
  return { label: "Open", tone: "info" };
}
