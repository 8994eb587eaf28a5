// Whether a planned decision may be sampled now, given the item's sampling records (RD11 entries)
// and the decision as it stands. Pure: shared by the sampling action and the item page.
//
// Product decision: a "disagree" is resolved only when, after the assessor has changed the
// decision and signed it again, the IQA samples it again on the same plan item and agrees. So a
// plan item has one sampling record, or more when each earlier latest one disagreed and the
// decision was signed again since.

export type DecisionForSamplingNow = {
  decisionType: "FORMATIVE" | "SUMMATIVE";
  status: "RECORDED" | "AWAITING_COUNTERSIGNATURE" | "SIGNED_OFF" | "REOPENED";
  /** The decision record's latest signed version (0 when it has none, e.g. a formative decision). */
  latestVersion: number;
};

export type ItemRecordForSamplingNow = {
  outcome: "AGREE" | "AGREE_WITH_ACTION" | "DISAGREE";
  decisionVersion: number;
  sampledOn: string;
};

export type SamplingNow =
  | { allowed: true; followUp: boolean }
  | { allowed: false; code: "already-sampled" | "awaiting-assessor" | "reopened" | "not-signed-again"; message: string };

/** Whether the decision was changed and signed again after the IQA's disagreement (the follow-up case). */
export function signedAgainSince(decision: DecisionForSamplingNow, disagreement: ItemRecordForSamplingNow): boolean {
  if (decision.decisionType === "FORMATIVE") return decision.status !== "REOPENED"; // formative decisions are not signed: changed is enough
  return (
    (decision.status === "SIGNED_OFF" || decision.status === "AWAITING_COUNTERSIGNATURE") &&
    decision.latestVersion > disagreement.decisionVersion
  );
}

/** The latest record is the last of `records` (in the order they were recorded). */
export function samplingNow(decision: DecisionForSamplingNow, records: readonly ItemRecordForSamplingNow[]): SamplingNow {
  const latest = records[records.length - 1];
  if (latest) {
    if (latest.outcome !== "DISAGREE") {
      return {
        allowed: false,
        code: "already-sampled",
        message: "This decision has already been sampled for this plan: its sampling record is below. Reload to see it.",
      };
    }
    if (!signedAgainSince(decision, latest)) {
      return {
        allowed: false,
        code: "awaiting-assessor",
        message: `You disagreed with this decision on ${latest.sampledOn}: the assessor must change it and sign it again before you sample it again.`,
      };
    }
    return { allowed: true, followUp: true };
  }
  if (decision.status === "REOPENED") {
    return {
      allowed: false,
      code: "reopened",
      message:
        "This decision was reopened after an IQA disagreed with it: it can be sampled once the assessor has changed it and signed it again.",
    };
  }
  if (decision.decisionType === "SUMMATIVE" && decision.status === "RECORDED") {
    return {
      allowed: false,
      code: "not-signed-again",
      message: "This sign-off was changed and has not been signed again: it can be sampled once the assessor signs it again.",
    };
  }
  return { allowed: true, followUp: false };
}
