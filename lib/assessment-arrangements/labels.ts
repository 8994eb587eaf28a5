import type { AssessmentArrangementKind } from "@/lib/db/generated/client";

// Display names for reasonable adjustments and special consideration (handbook 9.10).

export const arrangementKindLabels: Record<AssessmentArrangementKind, string> = {
  REASONABLE_ADJUSTMENT: "Reasonable adjustment",
  SPECIAL_CONSIDERATION: "Special consideration",
};

export const arrangementKindHints: Record<AssessmentArrangementKind, string> = {
  REASONABLE_ADJUSTMENT: "Agreed before assessment so the candidate can show what they can do.",
  SPECIAL_CONSIDERATION: "After an assessment, for illness, injury or other circumstances at the time.",
};

export const arrangementKinds = ["REASONABLE_ADJUSTMENT", "SPECIAL_CONSIDERATION"] as const satisfies readonly AssessmentArrangementKind[];
