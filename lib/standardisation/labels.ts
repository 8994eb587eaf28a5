import type { StandardisationExerciseStatus, UnitOutcome } from "@/lib/db/generated/client";

// The words of standardisation, the same on every screen and in audit entries.

export const outcomeLabels: Record<UnitOutcome, string> = {
  ACHIEVED: "Achieved",
  NOT_YET_ACHIEVED: "Not yet achieved",
};

export const exerciseStatusLabels: Record<StandardisationExerciseStatus, string> = {
  OPEN: "Open for judgements",
  CLOSED: "Closed: agreed judgement recorded",
};

/** The comparison rule's name for a stored outcome. */
export function toRuleOutcome(outcome: UnitOutcome): "achieved" | "notYetAchieved" {
  return outcome === "ACHIEVED" ? "achieved" : "notYetAchieved";
}
