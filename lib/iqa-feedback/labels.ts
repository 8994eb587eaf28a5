import type { BadgeTone } from "@/components/ui/badge";

// How RD07 feedback and its actions read on screen, the same everywhere.

/** An action's standing: done, open, or open past its due date (lib/rules/iqa-sampling.ts isActionOverdue). */
export function iqaActionStanding(action: { status: "OPEN" | "DONE"; overdue: boolean; overdueByDays: number }): {
  label: string;
  tone: BadgeTone;
} {
  if (action.status === "DONE") return { label: "Done", tone: "success" };
  if (action.overdue) return { label: `Overdue by ${action.overdueByDays} ${action.overdueByDays === 1 ? "day" : "days"}`, tone: "danger" };
  return { label: "Open", tone: "info" };
}

/** Whether the assessor has acknowledged and responded. */
export function feedbackResponseStanding(feedback: { respondedAt: Date | null }): { label: string; tone: BadgeTone } {
  return feedback.respondedAt ? { label: "Responded", tone: "success" } : { label: "Awaiting response", tone: "warning" };
}
