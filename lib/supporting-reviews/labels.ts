import type { BadgeTone } from "@/components/ui/badge";

// How supporting reviews read on screen, the same everywhere.

export const supportingReviewStatusLabels: Record<"OPEN" | "CLOSED" | "APPROVAL_WITHDRAWN", { label: string; tone: BadgeTone }> = {
  OPEN: { label: "Open", tone: "warning" },
  CLOSED: { label: "Closed", tone: "success" },
  APPROVAL_WITHDRAWN: { label: "Approval withdrawn", tone: "danger" },
};

export const correspondenceDirectionLabels: Record<"TO_ASSESSOR" | "FROM_ASSESSOR", string> = {
  TO_ASSESSOR: "To the assessor",
  FROM_ASSESSOR: "From the assessor",
};

export const reviewWithdrawalReasonLabels: Record<"repeatedBreaches" | "noResponseToBreachCorrespondence", string> = {
  repeatedBreaches: "Repeated breaches of the Code",
  noResponseToBreachCorrespondence: "No response to correspondence about a breach",
};

export const correspondenceDirectionOptions = Object.entries(correspondenceDirectionLabels).map(([value, label]) => ({ value, label }));
export const reviewWithdrawalReasonOptions = Object.entries(reviewWithdrawalReasonLabels).map(([value, label]) => ({ value, label }));
