import { describe, expect, it } from "vitest";
import { hasProblems } from "./findings";
import { unitClaimBlocks, type UnitClaimRequest } from "./unit-claim";

const signedOff: NonNullable<UnitClaimRequest["decision"]> = { type: "summative", status: "signedOff", outcome: "achieved" };
const claim = (overrides: Partial<UnitClaimRequest>) =>
  unitClaimBlocks({ decision: signedOff, latestSampling: null, openAppeal: false, ...overrides });
const codes = (request: Partial<UnitClaimRequest>) => claim(request).map((finding) => [finding.code, finding.severity]);

describe("unitClaimBlocks", () => {
  it("a signed-off achieved decision, not sampled or sampled with agreement, can be claimed", () => {
    expect(claim({})).toEqual([]);
    expect(claim({ latestSampling: { outcome: "agree", sampledOn: "2026-10-02" } })).toEqual([]);
    expect(claim({ latestSampling: { outcome: "agreeWithAction", sampledOn: "2026-10-02" } })).toEqual([]);
  });

  it("no decision, a formative one only, or a not-yet-achieved one blocks the claim", () => {
    expect(codes({ decision: null })).toEqual([["claim.no-decision", "problem"]]);
    expect(codes({ decision: { type: "formative", status: "recorded", outcome: "achieved" } })).toEqual([
      ["claim.formative-only", "problem"],
    ]);
    expect(codes({ decision: { ...signedOff, outcome: "notYetAchieved" } })).toEqual([["claim.not-achieved", "problem"]]);
  });

  it("a sign-off awaiting countersignature, or changed and not signed again, blocks the claim", () => {
    expect(codes({ decision: { ...signedOff, status: "awaitingCountersignature" } })).toEqual([
      ["claim.awaiting-countersignature", "problem"],
    ]);
    expect(codes({ decision: { ...signedOff, status: "recorded" } })).toEqual([["claim.not-signed", "problem"]]);
  });

  it("a decision reopened by an IQA's disagreement blocks the claim, saying when and why", () => {
    const findings = claim({
      decision: { ...signedOff, status: "reopened", reopenedReason: "Criterion 1.2 rests on an unauthenticated log." },
      latestSampling: { outcome: "disagree", sampledOn: "2026-10-02", rationale: "Criterion 1.2 rests on an unauthenticated log." },
    });
    expect(hasProblems(findings)).toBe(true);
    expect(findings.map((finding) => finding.message)).toEqual([
      "IQA disagreed on 2026-10-02: Criterion 1.2 rests on an unauthenticated log. The assessor must change the decision and sign it again before the unit can be claimed.",
    ]);
    // Without the sampling at hand, the stored reason still explains it.
    expect(claim({ decision: { ...signedOff, status: "reopened", reopenedReason: "Weak evidence" } })[0]?.message).toMatch(
      /^The decision was reopened: Weak evidence\. The assessor must change/,
    );
  });

  it("after the disagreement, a changed decision still blocks until signed again; signed again it waits for the IQA to sample it again", () => {
    const latestSampling = { outcome: "disagree" as const, sampledOn: "2026-10-02", rationale: "Weak evidence" };
    expect(claim({ decision: { ...signedOff, status: "recorded" }, latestSampling })[0]?.message).toBe(
      "IQA disagreed on 2026-10-02: Weak evidence. The sign-off was changed and has not been signed again.",
    );
    const resigned = claim({ decision: signedOff, latestSampling });
    expect(hasProblems(resigned)).toBe(true);
    expect(resigned.map((finding) => [finding.code, finding.message])).toEqual([
      [
        "claim.awaiting-iqa-resample",
        "Changed and signed again after the IQA disagreed on 2026-10-02; waiting for the IQA to sample it again.",
      ],
    ]);
    expect(codes({ decision: { ...signedOff, status: "awaitingCountersignature" }, latestSampling })).toEqual([
      ["claim.awaiting-countersignature", "problem"],
    ]);
    // Sampled again and agreed (the latest record): resolved, the claim may go ahead.
    expect(claim({ decision: signedOff, latestSampling: { outcome: "agree", sampledOn: "2026-10-20" } })).toEqual([]);
  });

  it("without the IQA's words (what a candidate sees), the findings quote nothing the IQA wrote", () => {
    const findings = claim({
      decision: { ...signedOff, status: "reopened" },
      latestSampling: { outcome: "disagree", sampledOn: "2026-10-02" },
    });
    expect(findings.map((finding) => finding.message)).toEqual([
      "IQA disagreed on 2026-10-02. The assessor must change the decision and sign it again before the unit can be claimed.",
    ]);
  });

  it("an open appeal blocks the claim on top of anything else", () => {
    expect(codes({ openAppeal: true })).toEqual([["claim.open-appeal", "problem"]]);
    expect(codes({ decision: { ...signedOff, status: "awaitingCountersignature" }, openAppeal: true })).toEqual([
      ["claim.awaiting-countersignature", "problem"],
      ["claim.open-appeal", "problem"],
    ]);
  });
});
