import { describe, expect, it } from "vitest";
import { allocationConflicts } from "./allocation-conflicts";
import { checkRegistrationEntry, entriesOf, entrySpecOf } from "./entry-checks";

const units = [
  { urn: "A/1", title: "One", credit: 4, level: 3, glh: 30, group: "A" },
  { urn: "B/2", title: "Two", credit: 3, level: 3, glh: 20, group: "B" },
];
const spec = entrySpecOf({ qualificationNumber: "T/1/1", units });
const facts = {
  dateOfBirth: "2000-01-01",
  uln: "1234567899",
  publiclyFunded: false,
  initialAssessmentOn: "2026-01-01",
  startDate: "2026-02-01",
  entryType: "FULL_AWARD" as const,
  entryUnitUrns: [] as string[],
};

describe("checking a registration's entry (OCR handbook 1.4, 7.3, 7.4, 11.1)", () => {
  it("passes a full-award entry of an adult with a ULN and an initial assessment", () => {
    expect(checkRegistrationEntry(spec, facts, [])).toEqual({ problems: {}, warnings: [] });
  });

  it("puts an under-16 candidate's refusal on the date of birth (16 and over by default; OCR 601/3433/1's own approval)", () => {
    const young = checkRegistrationEntry(spec, { ...facts, dateOfBirth: "2011-03-01" }, []);
    expect(young.problems.dateOfBirth).toEqual([expect.stringContaining("The candidate is 14 on the entry date (2026-02-01)")]);
    const ocr = entrySpecOf({ qualificationNumber: "601/3433/1", units });
    expect(ocr.approvedAgeGroups.pre16).toBe(false);
  });

  it("reads an imported qualification's stored age groups and unit-entry choice (the OCR built-in keeps its own)", () => {
    const stored = entrySpecOf({
      qualificationNumber: "603/7401/2",
      approvedAgeGroups: { pre16: true, "16-18": true, "18+": false, "19+": false },
      unitEntriesAllowed: false,
      units,
    });
    expect(stored.approvedAgeGroups).toEqual({ pre16: true, "16-18": true, "18+": false, "19+": false });
    expect(checkRegistrationEntry(stored, { ...facts, dateOfBirth: "2011-03-01" }, []).problems).toEqual({});
    const adult = checkRegistrationEntry(stored, facts, []);
    expect(adult.problems.dateOfBirth).toEqual([expect.stringContaining("approved only for pre-16, 16–18 learners")]);
    const unitEntry = checkRegistrationEntry(
      stored,
      { ...facts, dateOfBirth: "2010-01-01", entryType: "UNITS", entryUnitUrns: ["A/1"] },
      [],
    );
    expect(unitEntry.problems.entryUnitIds).toBeDefined();
    const ocr = entrySpecOf({ qualificationNumber: "601/3433/1", approvedAgeGroups: null, unitEntriesAllowed: true, units });
    expect(ocr.approvedAgeGroups).toEqual({ pre16: false, "16-18": true, "18+": true, "19+": true });
    expect(ocr.unitEntriesAllowed).toBe(true);
  });

  it("refuses a full award with units, and units the same person already has, in the rule's words", () => {
    const both = checkRegistrationEntry(spec, { ...facts, entryUnitUrns: ["A/1"] }, []);
    expect(both.problems.entryType).toEqual([
      "The candidate is already entered for the full award. Candidates are entered for the full award or for individual units, not both.",
    ]);
    const existing = entriesOf([{ entryType: "UNITS", entryUnitIds: ["u1"], status: "ACTIVE" }], () => "A/1");
    const duplicate = checkRegistrationEntry(spec, { ...facts, entryType: "UNITS", entryUnitUrns: ["A/1", "B/2"] }, existing);
    expect(duplicate.problems.entryUnitIds).toEqual(["The candidate is already entered for unit A/1."]);
    const withdrawn = entriesOf([{ entryType: "FULL_AWARD", entryUnitIds: [], status: "WITHDRAWN" }], () => "");
    expect(checkRegistrationEntry(spec, facts, withdrawn).problems).toEqual({});
  });

  it("warns (never refuses) about a missing ULN and a missing initial assessment", () => {
    const outcome = checkRegistrationEntry(spec, { ...facts, uln: "", initialAssessmentOn: "", publiclyFunded: true }, []);
    expect(outcome.problems).toEqual({});
    expect(outcome.warnings.map((warning) => warning.code)).toEqual(["uln.missing-publicly-funded", "entry.no-initial-assessment"]);
  });
});

describe("allocation conflicts in an admin's words (ICS A2)", () => {
  const declaration = (staffUserId: string, relationship: "FAMILY" | "GENERAL_SUPPORT", endedOn: Date | null = null) => ({
    id: `${staffUserId}-${relationship}`,
    staffUserId,
    subject: "CANDIDATE" as const,
    centreId: "centre1",
    candidateId: "c1",
    schoolId: null,
    relationship,
    declaredOn: new Date("2026-01-10"),
    endedOn,
  });
  const candidate = { id: "c1", name: "Cara", centreId: "centre1" };
  const alan = { userId: "alan", name: "Alan" };
  const ivy = { userId: "ivy", name: "Ivy" };

  it("names who declared what for the assessor and the IQA; general support is only a note; an ended one is nothing", () => {
    const result = allocationConflicts(
      candidate,
      { assessor: alan, iqa: ivy },
      [declaration("alan", "FAMILY"), declaration("ivy", "GENERAL_SUPPORT"), declaration("ivy", "FAMILY", new Date("2026-02-01"))],
      "2026-03-01",
    );
    expect(result.assessor).toEqual([
      "Alan declared on 2026-01-10 a conflict of interest with Cara (family member; ICS assessor code A2), so they may not assess them.",
    ]);
    expect(result.iqa).toEqual([]);
    expect(result.notes).toEqual([expect.stringMatching(/^Ivy declared on 2026-01-10 general support only with Cara/)]);
  });
});
