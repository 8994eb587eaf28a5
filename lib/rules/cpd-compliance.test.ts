import { describe, expect, it } from "vitest";
import { cpdCompliance, policyYearStart, type CpdLogEntry } from "./cpd-compliance";
import { builtInPolicies } from "./policies";

const ics = builtInPolicies.ICS.cpd;
const naace = builtInPolicies.NAACE.cpd;
const ocr = builtInPolicies.OCR.cpd;
// Approved on 1 March 2023, so ICS CPD years run 1 March to 28/29 February.
const approvedOn = "2023-03-01";

const entry = (on: string, hours: number | null, category: CpdLogEntry["category"], eventKind?: string): CpdLogEntry => ({
  on,
  hours,
  category,
  eventKind: eventKind ?? null,
  description: "CPD",
});

// A complete ICS year: forum (3 h, no hours logged), 2 h assessor skills, 3 h sector reading = 8 h.
const completeYear = (year: number): CpdLogEntry[] => [
  entry(`${year}-04-10`, null, "assessorSkills", "icsAssessorForum"),
  entry(`${year}-06-01`, 2, "assessorSkills"),
  entry(`${year}-09-15`, 3, "occupationalKnowledge"),
];

describe("CPD compliance", () => {
  it("ICS A3: 7 hours with a mix of assessor and customer-service CPD and the Forum event is compliant", () => {
    const result = cpdCompliance([...completeYear(2023), ...completeYear(2024)], ics, "2024-12-01", approvedOn);
    expect(result.status).toBe("compliant");
    expect(result.currentYear).toMatchObject({
      start: "2024-03-01",
      end: "2025-02-28",
      hours: 8,
      mandatoryEventAttended: true,
      shortfalls: [],
    });
  });

  it("ICS A3: the Forum event counts as 3 hours of CPD when no hours are logged", () => {
    const result = cpdCompliance([entry("2024-04-10", null, "assessorSkills", "icsAssessorForum")], ics, "2024-05-01", approvedOn);
    expect(result.currentYear.hours).toBe(3);
    expect(result.currentYear.hoursByCategory.assessorSkills).toBe(3);
  });

  it("ICS A3: within 60 days of the year end with requirements unmet is at risk, with every reason", () => {
    const log = [...completeYear(2023), entry("2024-06-01", 2, "assessorSkills")];
    const result = cpdCompliance(log, ics, "2025-01-15", approvedOn);
    expect(result.status).toBe("atRisk");
    expect(result.currentYear.shortfalls).toEqual([
      "5 hours more CPD (2 hours of 7 hours so far)",
      "CPD on occupational (sector) knowledge and skills",
      "attendance at an Institute Assessor Forum event",
    ]);
    expect(result.findings[0]?.message).toMatch(/^By 2025-02-28 \(44 days left in this CPD year\) you still need: /);
  });

  it("ICS A3: more than 60 days before the year end, an unmet year is still compliant", () => {
    expect(cpdCompliance([...completeYear(2023)], ics, "2024-06-01", approvedOn).status).toBe("compliant");
  });

  it("ICS A3: a completed year that fell short makes the assessor non-compliant until this year is met", () => {
    const shortLastYear = [entry("2023-04-10", null, "assessorSkills", "icsAssessorForum")];
    const result = cpdCompliance(shortLastYear, ics, "2024-06-01", approvedOn);
    expect(result.status).toBe("nonCompliant");
    expect(result.findings.map((finding) => finding.code)).toEqual(["cpd.previous-year-shortfall", "cpd.current-year-shortfall"]);
    expect(cpdCompliance([...shortLastYear, ...completeYear(2024)], ics, "2024-12-01", approvedOn).status).toBe("compliant");
  });

  it("ICS A3: the first, partial year before approval is not judged", () => {
    expect(cpdCompliance([], ics, "2023-06-01", approvedOn).previousYear).toBeNull();
  });

  it("Naace continuing registration: the annual professional development event is what is required", () => {
    const registeredOn = "2024-03-01";
    const result = cpdCompliance([entry("2024-03-20", 6, "assessorSkills")], naace, "2025-01-15", registeredOn);
    expect(result.status).toBe("atRisk");
    expect(result.currentYear.shortfalls).toEqual(["attendance at the annual ICT Mark professional development event"]);
    expect(cpdCompliance([entry("2024-11-20", 6, "assessorSkills", "naaceAnnualEvent")], naace, "2025-01-15", registeredOn).status).toBe(
      "compliant",
    );
  });

  it("handbook 4.5: OCR needs evidence of current occupational knowledge each year, with no hours set", () => {
    expect(cpdCompliance([entry("2024-05-01", 1, "assessorSkills")], ocr, "2025-02-01", approvedOn).currentYear.shortfalls).toEqual([
      "CPD on occupational (sector) knowledge and skills",
    ]);
    expect(cpdCompliance([entry("2024-05-01", 1, "occupationalKnowledge")], ocr, "2025-02-01", approvedOn).status).toBe("compliant");
  });

  it("policy data: a fixed policy year (e.g. from 1 September) is supported", () => {
    const academic = { ...ics, year: { kind: "fixed" as const, startMonth: 9, startDay: 1 } };
    expect(policyYearStart(academic, "2025-08-31", approvedOn)).toBe("2024-09-01");
    expect(policyYearStart(academic, "2025-09-01", approvedOn)).toBe("2025-09-01");
    expect(policyYearStart(ics, "2025-02-28", approvedOn)).toBe("2024-03-01");
  });
});
