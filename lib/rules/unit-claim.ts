// Whether a unit may be claimed for certification (OCR handbook 4.4, 5.20.1; RD03, RD10, RD11):
// only once a summative "achieved" decision is signed off (countersigned where the assessor is
// still working towards their qualification), its latest IQA sampling is not a "disagree" (a
// disagreement is resolved only when, after the assessor changed the decision and signed it again,
// the IQA samples it again and agrees), and no appeal against it is open. Every unmet condition is reported, in words the centre can act on. Pure:
// the caller reads the latest decision, its latest sampling and its appeals.
import type { IsoDate } from "./dates";
import { problem, type RuleFinding } from "./findings";

export type ClaimDecisionStatus = "recorded" | "awaitingCountersignature" | "signedOff" | "reopened";
export type ClaimSamplingOutcome = "agree" | "agreeWithAction" | "disagree";

export interface UnitClaimRequest {
  /** The unit's latest summative decision (or, failing one, its latest decision); null when none. */
  readonly decision: {
    readonly type: "formative" | "summative";
    readonly status: ClaimDecisionStatus;
    readonly outcome: "achieved" | "notYetAchieved";
    /** Why it was reopened (the IQA's reasons), when it was. */
    readonly reopenedReason?: string | null;
  } | null;
  /**
   * The IQA's latest sampling of that decision (the one recorded last), if it was sampled. Without
   * `rationale` (and without `reopenedReason`), the findings quote nothing the IQA wrote: what a
   * candidate is shown.
   */
  readonly latestSampling: { readonly outcome: ClaimSamplingOutcome; readonly sampledOn: IsoDate; readonly rationale?: string } | null;
  readonly openAppeal: boolean;
}

const SOURCE_SIGN_OFF = "OCR handbook 4.2; RD03, RD10";
const SOURCE_IQA = "OCR handbook 4.4, 5.20.1; RD11";

/** The text without its closing full stop (one is added after it). */
function sentence(text: string): string {
  return text.trim().replace(/[.\s]+$/, "");
}

/** "IQA disagreed on 2026-10-02: <reasons>" for the latest disagreement, or null. */
function disagreement(request: UnitClaimRequest): string | null {
  const sampling = request.latestSampling;
  if (sampling?.outcome !== "disagree") return null;
  const reason = sampling.rationale ?? request.decision?.reopenedReason ?? null;
  return `IQA disagreed on ${sampling.sampledOn}${reason ? `: ${sentence(reason)}` : ""}.`;
}

/** Problems that stop the unit being claimed; no problem (warnings at most) means it can be claimed. */
export function unitClaimBlocks(request: UnitClaimRequest): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const { decision } = request;
  const disagreed = disagreement(request);
  if (decision === null) {
    findings.push(problem("claim.no-decision", "No assessment decision has been recorded for this unit.", SOURCE_SIGN_OFF));
  } else if (decision.status === "reopened") {
    const said =
      disagreed ??
      (decision.reopenedReason ? `The decision was reopened: ${sentence(decision.reopenedReason)}.` : "The decision was reopened.");
    findings.push(
      problem(
        "claim.reopened",
        `${said} The assessor must change the decision and sign it again before the unit can be claimed.`,
        SOURCE_IQA,
      ),
    );
  } else if (decision.type !== "summative") {
    findings.push(
      problem("claim.formative-only", "Only a formative decision has been recorded: the unit has not been signed off.", SOURCE_SIGN_OFF),
    );
  } else if (decision.outcome !== "achieved") {
    findings.push(problem("claim.not-achieved", 'The unit\'s summative decision is "not yet achieved".', SOURCE_SIGN_OFF));
  } else if (decision.status === "awaitingCountersignature") {
    findings.push(
      problem(
        "claim.awaiting-countersignature",
        `${disagreed ? `${disagreed} ` : ""}The sign-off awaits countersignature by a qualified assessor: it does not count until then.`,
        SOURCE_SIGN_OFF,
      ),
    );
  } else if (decision.status === "recorded") {
    findings.push(
      problem(
        "claim.not-signed",
        `${disagreed ? `${disagreed} ` : ""}The sign-off was changed and has not been signed again.`,
        SOURCE_SIGN_OFF,
      ),
    );
  } else if (request.latestSampling?.outcome === "disagree") {
    // Signed off again after the disagreement: resolved only once the IQA samples it again and agrees.
    findings.push(
      problem(
        "claim.awaiting-iqa-resample",
        `Changed and signed again after the IQA disagreed on ${request.latestSampling.sampledOn}; waiting for the IQA to sample it again.`,
        SOURCE_IQA,
      ),
    );
  }
  if (request.openAppeal) {
    findings.push(
      problem("claim.open-appeal", "An appeal against this decision is open: it must be decided first.", "OCR appeals process"),
    );
  }
  return findings;
}
