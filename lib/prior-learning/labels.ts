import type { PriorLearningStatus } from "@/lib/db/generated/client";

// Display names for recognition of prior learning (handbook 9.9).

export const priorLearningStatusLabels: Record<PriorLearningStatus, string> = {
  PROPOSED: "Waiting for the assessor's decision",
  ACCEPTED: "Accepted",
  NOT_ACCEPTED: "Not accepted",
};

export const priorLearningDecisions = ["ACCEPTED", "NOT_ACCEPTED"] as const satisfies readonly PriorLearningStatus[];
