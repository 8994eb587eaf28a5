import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, fromDayNumber } from "./dates";
import { builtInPolicies } from "./policies";
import { earliestDestructionDate, mayDestroy, type RecordForRetention, type RecordKind, type RetentionPolicy } from "./retention";

const all: readonly RetentionPolicy[] = [builtInPolicies.OCR.retention, builtInPolicies.ICS.retention, builtInPolicies.NAACE.retention];

describe("retention", () => {
  it("handbook 5.20.3: centre assessment and IQA records are kept 3 years from certification", () => {
    for (const kind of ["candidateAssessmentRecord", "internalQualityAssuranceRecord"] as const) {
      expect(earliestDestructionDate({ kind, certifiedOn: "2025-07-14" }, all).destroyableFrom).toBe("2028-07-14");
    }
  });

  it("handbook 5.21.3: records of a direct claim are kept 3 years from the claim, the latest date winning", () => {
    const record: RecordForRetention = {
      kind: "candidateAssessmentRecord",
      certifiedOn: "2025-07-20",
      directClaim: { claimedOn: "2025-07-01", verificationVisitOn: "2025-11-03" },
    };
    const decision = earliestDestructionDate(record, all);
    expect(decision.periods.map((period) => [period.rule.source, period.destroyableFrom])).toEqual([
      ["OCR handbook 5.20.3", "2028-07-20"],
      ["OCR handbook 5.21.3", "2028-07-01"],
      ["OCR handbook 5.21", "2025-11-03"],
    ]);
    expect(decision.destroyableFrom).toBe("2028-07-20");
  });

  it("handbook 5.21: a directly claimed portfolio is kept at least until the next verification visit", () => {
    const pending: RecordForRetention = {
      kind: "candidatePortfolio",
      certifiedOn: "2025-01-10",
      directClaim: { claimedOn: "2025-01-05", verificationVisitOn: null },
    };
    const decision = earliestDestructionDate(pending, all);
    expect(decision.destroyableFrom).toBeNull();
    expect(decision.findings.map((finding) => finding.code)).toEqual(["retention.period-not-started"]);
    expect(
      earliestDestructionDate({ ...pending, directClaim: { claimedOn: "2025-01-05", verificationVisitOn: "2026-03-01" } }, all)
        .destroyableFrom,
    ).toBe("2026-03-01");
  });

  it("handbook 5.21: a candidate's portfolio is kept 1 year after certification", () => {
    expect(earliestDestructionDate({ kind: "candidatePortfolio", certifiedOn: "2025-03-31" }, all).destroyableFrom).toBe("2026-03-31");
  });

  it("ICS A7, A8: an assessor's assessment documentation is kept 2 years", () => {
    expect(earliestDestructionDate({ kind: "assessorAssessmentDocumentation", assessedOn: "2025-02-10" }, all).destroyableFrom).toBe(
      "2027-02-10",
    );
  });

  it("Naace principle 8: ICT Mark accreditation records are kept until the accreditation expires, 3 years after the award", () => {
    expect(earliestDestructionDate({ kind: "ictMarkAccreditationRecord", awardedOn: "2024-06-30" }, all).destroyableFrom).toBe(
      "2027-06-30",
    );
  });

  it("handbook 5.20.3: a record whose candidate is not yet certificated must be kept", () => {
    const decision = earliestDestructionDate({ kind: "candidateAssessmentRecord", certifiedOn: null }, all);
    expect(decision.destroyableFrom).toBeNull();
    expect(decision.findings[0]?.message).toBe(
      "Keep until 3 years from the date of certification: the period starts when the candidate is certificated.",
    );
  });

  it("records under legal hold or an open appeal or malpractice case are never destroyable", () => {
    const base: RecordForRetention = { kind: "candidateAssessmentRecord", certifiedOn: "2020-01-01" };
    expect(mayDestroy(base, all, "2025-01-01")).toBe(true);
    expect(mayDestroy({ ...base, legalHold: true }, all, "2099-01-01")).toBe(false);
    expect(mayDestroy({ ...base, openCases: ["appeal"] }, all, "2099-01-01")).toBe(false);
    expect(earliestDestructionDate({ ...base, openCases: ["malpractice"] }, all).findings.map((finding) => finding.code)).toEqual([
      "retention.open-malpractice",
    ]);
  });

  it("a record no policy covers is kept", () => {
    expect(
      earliestDestructionDate({ kind: "assessorAssessmentDocumentation", assessedOn: "2020-01-01" }, [builtInPolicies.OCR.retention])
        .destroyableFrom,
    ).toBeNull();
  });

  it("handbook 5.20.3: from 29 February, 3 years ends on 1 March, never a day early", () => {
    expect(earliestDestructionDate({ kind: "candidateAssessmentRecord", certifiedOn: "2024-02-29" }, all).destroyableFrom).toBe(
      "2027-03-01",
    );
  });

  it("handbook 5.20.3, 5.21.3; ICS A7; Naace 8 (property): never a date earlier than any applicable policy's", () => {
    const date = fc.integer({ min: 18_000, max: 22_000 }).map(fromDayNumber);
    const kinds: RecordKind[] = [
      "candidateAssessmentRecord",
      "internalQualityAssuranceRecord",
      "candidatePortfolio",
      "assessorAssessmentDocumentation",
      "ictMarkAccreditationRecord",
    ];
    const record = fc.record({
      kind: fc.constantFrom(...kinds),
      certifiedOn: fc.option(date),
      directClaim: fc.option(fc.record({ claimedOn: date, verificationVisitOn: fc.option(date) })),
      assessedOn: fc.option(date),
      awardedOn: fc.option(date),
      legalHold: fc.boolean(),
      openCases: fc.subarray(["appeal", "malpractice"] as const),
    });
    // Independent of the implementation: where each period starts, and the same day N years on.
    const startOf = (from: string, candidate: RecordForRetention) =>
      ({
        certification: candidate.certifiedOn,
        directClaim: candidate.directClaim?.claimedOn,
        directClaimVerificationVisit: candidate.directClaim?.verificationVisitOn,
        assessment: candidate.assessedOn,
        award: candidate.awardedOn,
      })[from] ?? null;
    const sameDayYearsLater = (start: string, years: number) => `${Number(start.slice(0, 4)) + years}${start.slice(4)}`;

    fc.assert(
      fc.property(record, fc.subarray([...all], { minLength: 1 }), (candidate, policies) => {
        const { destroyableFrom } = earliestDestructionDate(candidate, policies);
        if (destroyableFrom === null) return;
        expect(candidate.legalHold).toBe(false);
        expect(candidate.openCases).toEqual([]);
        for (const policy of policies) {
          for (const rule of policy.rules) {
            const applies =
              rule.recordKinds.includes(candidate.kind) && (!rule.from.startsWith("directClaim") || candidate.directClaim !== null);
            if (!applies) continue;
            const start = startOf(rule.from, candidate);
            expect(start).not.toBeNull();
            expect(destroyableFrom >= sameDayYearsLater(start as string, rule.years)).toBe(true);
            expect(destroyableFrom >= addDays(start as string, 365 * rule.years)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
