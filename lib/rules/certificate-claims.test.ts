import { describe, expect, it } from "vitest";
import { certificateClaims, type ClaimFacts } from "./certificate-claims";
import type { UnitClaimRequest } from "./unit-claim";

const signedOff: UnitClaimRequest = {
  decision: { type: "summative", status: "signedOff", outcome: "achieved" },
  latestSampling: null,
  openAppeal: false,
};
const spec = {
  units: [
    { urn: "A/1", title: "Mandatory", credit: 4, level: 3, glh: 30, group: "A" },
    { urn: "B/2", title: "Optional", credit: 3, level: 3, glh: 20, group: "B" },
  ],
  groups: [
    { id: "A", name: "Mandatory" },
    { id: "B", name: "Optional" },
  ],
  rules: [
    { kind: "allOfGroup", group: "A" },
    { kind: "minimumTotalCredit", credit: 7 },
  ],
} satisfies ClaimFacts["spec"];

function facts(overrides: Omit<Partial<ClaimFacts>, "candidate"> & { candidate?: Partial<ClaimFacts["candidate"]> } = {}): ClaimFacts {
  return {
    spec,
    units: [
      { id: "a", urn: "A/1", request: signedOff, inBatch: false },
      { id: "b", urn: "B/2", request: null, inBatch: false },
    ],
    awardInBatch: false,
    certificationEndDate: null,
    asOf: "2026-11-23",
    ...overrides,
    candidate: {
      status: "active",
      withdrawnOn: null,
      entryType: "fullAward",
      entryUnitIds: [],
      uln: "1000000000",
      publiclyFunded: false,
      ...overrides.candidate,
    },
  };
}
const codes = (findings: readonly { code: string }[]) => findings.map((finding) => finding.code);

describe("what can be claimed for a candidate (handbook 7.3.2, 7.4, 8)", () => {
  it("a full-award entry short of the rule of combination claims unit certificates for cleared units; the award says what is missing", () => {
    const answer = certificateClaims(facts());
    expect(answer.units.get("a")).toEqual({ claimable: true, reasons: [] });
    expect(answer.units.has("b")).toBe(false);
    expect(answer.fullAward.claimable).toBe(false);
    expect(codes(answer.fullAward.reasons)).toEqual(["claim.award-not-achieved"]);
    expect(answer.fullAward.reasons[0]!.message).toMatch(/credit/);
  });

  it("once the award is met, the award is claimed and its units come on its unit certificate", () => {
    const answer = certificateClaims(
      facts({
        units: [
          { id: "a", urn: "A/1", request: signedOff, inBatch: false },
          { id: "b", urn: "B/2", request: signedOff, inBatch: true },
        ],
      }),
    );
    expect(answer.fullAward).toEqual({ claimable: true, reasons: [] });
    expect(codes(answer.units.get("a")!.reasons)).toEqual(["claim.included-in-award"]);
    expect(answer.units.get("b")).toEqual({ claimable: false, reasons: [] });
  });

  it("a unit entry claims only its entered units, never the award; an entered unit with no decision says so", () => {
    const answer = certificateClaims(facts({ candidate: { entryType: "units", entryUnitIds: ["b"] } }));
    expect([...answer.units.keys()]).toEqual(["b"]);
    expect(codes(answer.units.get("b")!.reasons)).toEqual(["claim.no-decision"]);
    expect(codes(answer.fullAward.reasons)).toEqual(["claim.unit-entry"]);
  });

  it("a withdrawn candidate, or a qualification past its certification end date, cannot be claimed", () => {
    const withdrawn = certificateClaims(facts({ candidate: { status: "withdrawn", withdrawnOn: "2026-06-01" } }));
    expect(withdrawn.units.get("a")!.claimable).toBe(false);
    expect(withdrawn.units.get("a")!.reasons[0]!.message).toBe(
      "The candidate was withdrawn on 2026-06-01: nothing can be claimed for them.",
    );
    const ended = certificateClaims(facts({ certificationEndDate: "2026-11-22" }));
    expect(codes(ended.units.get("a")!.reasons)).toEqual(["claim.certification-ended"]);
  });

  it("no ULN is a warning, never a block, funded or not", () => {
    const funded = certificateClaims(facts({ candidate: { uln: null, publiclyFunded: true } }));
    expect(funded.warnings).toMatchObject([{ code: "uln.missing-publicly-funded", severity: "warning" }]);
    expect(funded.units.get("a")!.claimable).toBe(true);
    expect(certificateClaims(facts({ candidate: { uln: null } })).warnings).toMatchObject([{ code: "uln.missing", severity: "warning" }]);
    expect(certificateClaims(facts()).warnings).toEqual([]);
  });
});
