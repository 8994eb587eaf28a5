import { describe, expect, it } from "vitest";
import { ocrLevel3DiplomaInCustomerService as ocr } from "@/lib/qualifications/ocr-10380";
import {
  ageGroupsOf,
  checkAgeEligibility,
  checkEntry,
  checkEntryRoute,
  checkUlnForCertification,
  type EntryRequest,
} from "./entry-eligibility";

const codes = (findings: readonly { code: string }[]) => findings.map((finding) => finding.code);

const request = (overrides: Partial<EntryRequest> = {}): EntryRequest => ({
  qualification: ocr,
  candidate: { dateOfBirth: "2000-05-01", uln: "9276308686", publiclyFunded: true, initialAssessmentOn: "2025-08-20" },
  entryDate: "2025-09-01",
  route: { kind: "fullAward" },
  existingEntries: [],
  ...overrides,
});

describe("entry and eligibility", () => {
  it("handbook 11.1: approved for 16-18, 18+ and 19+, not pre-16, judged on the entry date", () => {
    expect(checkAgeEligibility("2009-09-02", "2025-09-01", ocr.approvedAgeGroups)).toMatchObject({
      eligible: false,
      age: 15,
      ageGroups: ["pre16"],
    });
    expect(checkAgeEligibility("2009-09-01", "2025-09-01", ocr.approvedAgeGroups)).toMatchObject({
      eligible: true,
      age: 16,
      ageGroups: ["16-18"],
    });
    expect(checkAgeEligibility("2009-09-02", "2025-09-01", ocr.approvedAgeGroups).finding?.message).toBe(
      "The candidate is 15 on the entry date (2025-09-01). This qualification is approved only for 16–18, 18+, 19+ learners.",
    );
  });

  it("handbook 11.1: the age groups overlap at 18", () => {
    expect(ageGroupsOf(18)).toEqual(["16-18", "18+"]);
    expect(ageGroupsOf(19)).toEqual(["18+", "19+"]);
  });

  it("handbook 1.4: a birthday on 29 February is reached on 1 March in other years", () => {
    expect(checkAgeEligibility("2008-02-29", "2024-02-28", ocr.approvedAgeGroups).age).toBe(15);
    expect(checkAgeEligibility("2008-02-29", "2024-02-29", ocr.approvedAgeGroups).age).toBe(16);
    expect(checkAgeEligibility("2008-02-29", "2025-02-28", ocr.approvedAgeGroups).age).toBe(16);
  });

  it("handbook 7.3.2: entered for the full award or individual units, never both", () => {
    const unitEntry = { route: { kind: "unit", unitUrn: "L/506/2150" } } as const;
    expect(codes(checkEntryRoute({ kind: "fullAward" }, [unitEntry], ocr))).toEqual(["entry.full-award-and-units"]);
    expect(codes(checkEntryRoute({ kind: "unit", unitUrn: "Y/506/2152" }, [{ route: { kind: "fullAward" } }], ocr))).toEqual([
      "entry.full-award-and-units",
    ]);
    expect(checkEntryRoute({ kind: "fullAward" }, [{ ...unitEntry, withdrawn: true }], ocr)).toEqual([]);
    expect(checkEntryRoute({ kind: "unit", unitUrn: "Y/506/2152" }, [unitEntry], ocr)).toEqual([]);
  });

  it("handbook 7.3.2: no duplicate entries, and only units of the qualification", () => {
    expect(codes(checkEntryRoute({ kind: "fullAward" }, [{ route: { kind: "fullAward" } }], ocr))).toEqual(["entry.duplicate"]);
    expect(codes(checkEntryRoute({ kind: "unit", unitUrn: "X/000/0000" }, [], ocr))).toEqual(["entry.unit-not-in-qualification"]);
  });

  it("handbook 7.4: a publicly funded candidate needs a valid ULN before certification is claimed", () => {
    expect(checkUlnForCertification({ uln: null, publiclyFunded: true })).toEqual([
      expect.objectContaining({ code: "uln.missing-publicly-funded", severity: "problem" }),
    ]);
    expect(checkUlnForCertification({ uln: "9276308686", publiclyFunded: true })).toEqual([]);
  });

  it("handbook 7.4: without a ULN a claim is accepted but achievements cannot reach the Personal Learning Record", () => {
    const [finding] = checkUlnForCertification({ uln: null, publiclyFunded: false });
    expect(finding?.severity).toBe("warning");
    expect(finding?.message).toMatch(/Personal Learning Record/);
  });

  it("handbook 7.4: a recorded ULN must be valid, funded or not", () => {
    expect(codes(checkUlnForCertification({ uln: "9276308687", publiclyFunded: false }))).toEqual(["uln.invalid"]);
  });

  it("handbook 1.4, 7.3, 7.4: an entry reports every problem at once", () => {
    const result = checkEntry(
      request({
        candidate: { dateOfBirth: "2012-01-01", uln: "123", publiclyFunded: true, initialAssessmentOn: null },
        existingEntries: [{ route: { kind: "unit", unitUrn: "L/506/2150" } }],
      }),
    );
    expect(result.allowed).toBe(false);
    expect(codes(result.findings)).toEqual([
      "entry.age-group-not-approved",
      "entry.full-award-and-units",
      "uln.invalid",
      "entry.no-initial-assessment",
    ]);
  });

  it("handbook 7.4: at entry, a funded candidate's missing ULN is a warning, not a block", () => {
    const result = checkEntry(
      request({ candidate: { dateOfBirth: "2000-05-01", uln: null, publiclyFunded: true, initialAssessmentOn: "2025-08-01" } }),
    );
    expect(result.allowed).toBe(true);
    expect(result.findings).toEqual([expect.objectContaining({ code: "uln.missing-publicly-funded", severity: "warning" })]);
  });

  it("handbook 7.3.2: a named entry needs the date of birth", () => {
    expect(
      codes(
        checkEntry(request({ candidate: { dateOfBirth: null, uln: null, publiclyFunded: false, initialAssessmentOn: "2025-08-01" } }))
          .findings,
      ),
    ).toContain("entry.date-of-birth-missing");
  });
});
