import { describe, expect, it } from "vitest";
import { assessorStatusAtCentre, competenceClaimSha256, qualificationClaimSha256, qualificationsAtCentre } from "./verified";

const centre = { name: "Northgate College", awardingBodyName: "OCR" };

describe("the assessor record as a centre has verified it (handbook 4.2, 5.20.2)", () => {
  it("a held qualification counts as achieved only once verified; unverified it counts as working towards", () => {
    expect(
      qualificationsAtCentre([
        { code: "CAVA", held: true, verified: true },
        { code: "A1", held: true, verified: false },
        { code: "V1", held: false, verified: false },
      ]),
    ).toEqual([
      { code: "CAVA", status: "achieved", evidenceOnFile: true },
      { code: "A1", status: "workingTowards", evidenceOnFile: true },
      { code: "V1", status: "workingTowards", evidenceOnFile: true },
    ]);
  });

  it("says which centre has not verified what, and that sign-offs there need countersigning", () => {
    const status = assessorStatusAtCentre([{ code: "CAVA", held: true, verified: false }], centre);
    expect(status.status).toBe("workingTowards");
    expect(status.findings).toEqual([
      {
        code: "qualification.not-verified",
        severity: "warning",
        message:
          "Not yet verified by Northgate College: Certificate in Assessing Vocational Achievement (CAVA). Sign-offs there need countersigning until it is.",
        source: "OCR handbook 4.2, 5.20.2",
      },
    ]);
    expect(assessorStatusAtCentre([{ code: "CAVA", held: true, verified: true }], centre)).toMatchObject({
      status: "qualified",
      findings: [],
    });
    // Working towards needs no verification to count as working towards.
    expect(assessorStatusAtCentre([{ code: "CAVA", held: false, verified: false }], centre)).toMatchObject({
      status: "workingTowards",
      findings: [],
    });
    expect(assessorStatusAtCentre([], centre).status).toBe("notQualified");
  });

  it("a changed claim hashes differently, so a verification of what was shown cannot attach to it", () => {
    const row = { code: "CAVA", held: true, achievedOn: new Date("2019-06-30") };
    expect(qualificationClaimSha256(row)).toBe(qualificationClaimSha256({ ...row }));
    expect(qualificationClaimSha256({ ...row, achievedOn: new Date("2019-07-01") })).not.toBe(qualificationClaimSha256(row));
    expect(qualificationClaimSha256({ ...row, held: false, achievedOn: null })).not.toBe(qualificationClaimSha256(row));
    expect(competenceClaimSha256({ unitId: "u", basis: "Ten years" })).not.toBe(competenceClaimSha256({ unitId: "u", basis: "Two years" }));
  });
});
