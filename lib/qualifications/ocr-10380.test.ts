import { describe, expect, it } from "vitest";
import { evaluateRuleOfCombination } from "@/lib/rules/rule-of-combination";
import { criteriaOfUnit, ocr10380UnitCriteria } from "./ocr-10380-assessment-criteria";
import { ocrLevel3DiplomaInCustomerService as ocr } from "./ocr-10380";

const creditOf = (group: string) => ocr.units.filter((unit) => unit.group === group).reduce((total, unit) => total + unit.credit, 0);

describe("OCR Level 3 Diploma in Customer Service data", () => {
  it("handbook 1.1, 1.6, 7.3.1, 11.1: catalogue facts", () => {
    expect(ocr.qualificationNumber).toBe("601/3433/1");
    expect(ocr.entryCode).toBe("10380");
    expect(ocr.level).toBe(3);
    expect(ocr.minimumGuidedLearningHours).toBe(289);
    expect(ocr.awardingBody).toBe("OCR");
    expect(ocr.approvedAgeGroups).toEqual({ pre16: false, "16-18": true, "18+": true, "19+": true });
  });

  it("handbook 2.2: 45 units numbered 1 to 45, each with a unique unit reference number", () => {
    expect(ocr.units.map((unit) => unit.unitNumber)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    expect(new Set(ocr.units.map((unit) => unit.urn)).size).toBe(45);
    for (const unit of ocr.units) expect(unit.urn).toMatch(/^[A-Z]\/\d{3}\/\d{4}$/);
  });

  it("handbook 2.2: Group A is units 1-6 and carries 31 credits; Group B is units 7-28; Group C is units 29-45", () => {
    const numbers = (group: string) => ocr.units.filter((unit) => unit.group === group).map((unit) => unit.unitNumber);
    expect(numbers("A")).toEqual([1, 2, 3, 4, 5, 6]);
    expect(numbers("B")).toEqual(Array.from({ length: 22 }, (_, i) => i + 7));
    expect(numbers("C")).toEqual(Array.from({ length: 17 }, (_, i) => i + 29));
    expect(creditOf("A")).toBe(31);
  });

  it("handbook 2.2: spot checks against the unit table", () => {
    expect(ocr.units.find((unit) => unit.unitNumber === 5)).toEqual({
      unitNumber: 5,
      urn: "D/506/1942",
      title: "Principles of business",
      credit: 10,
      level: 3,
      glh: 74,
      group: "A",
    });
    expect(ocr.units.find((unit) => unit.unitNumber === 43)?.title).toBe("Employee rights and responsibilities");
    expect(ocr.units.find((unit) => unit.urn === "R/506/2179")?.credit).toBe(6);
  });

  it("handbook 2.2: the rule of combination is 55 credits, all of A, 15+ from B, at most 9 from C, 40+ at level 3", () => {
    expect(ocr.rules).toEqual([
      { kind: "minimumTotalCredit", credit: 55 },
      { kind: "allOfGroup", group: "A" },
      { kind: "minimumCreditFromGroup", group: "B", credit: 15 },
      { kind: "maximumCreditFromGroup", group: "C", credit: 9 },
      { kind: "minimumCreditAtOrAboveLevel", level: 3, credit: 40 },
    ]);
    expect(
      evaluateRuleOfCombination(
        ocr,
        ocr.units.map((unit) => unit.urn),
      ).achieved,
    ).toBe(true);
  });

  it("unit criteria samples: every unit with criteria belongs to the qualification under the same title", () => {
    for (const unit of ocr10380UnitCriteria) {
      expect(ocr.units.find((candidate) => candidate.urn === unit.urn)?.title).toBe(unit.title);
    }
    expect(criteriaOfUnit("R/506/2151")).toHaveLength(17);
    expect(criteriaOfUnit("L/506/2150")).toBeNull();
  });
});
