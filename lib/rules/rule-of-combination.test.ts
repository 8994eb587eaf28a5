import { describe, expect, it } from "vitest";
import { ocrLevel3DiplomaInCustomerService as ocr } from "@/lib/qualifications/ocr-10380";
import { evaluateRuleOfCombination, suggestUnitsToComplete, type QualificationSpec } from "./rule-of-combination";

const urnsOf = (group: string) => ocr.units.filter((unit) => unit.group === group).map((unit) => unit.urn);
const groupA = urnsOf("A");
// Group B, level 3, 5 + 5 + 5 credits.
const groupBLevel3 = ["Y/506/2166", "D/506/2170", "K/506/2172"];
// Group C, level 3: 4 + 4 + 3 = 11 credits, more than the 9 that may count.
const groupC11 = ["H/506/1912", "A/506/1821", "T/506/1820"];

describe("evaluateRuleOfCombination on the OCR Level 3 Diploma in Customer Service", () => {
  it("handbook 2.2: Group A (31) + 15 from Group B + 9 from Group C, all at level 3, is achieved with 55 credits", () => {
    const achieved = [...groupA, ...groupBLevel3, "H/506/1912", "A/506/1821"]; // C: 4 + 4 = 8
    const result = evaluateRuleOfCombination(ocr, [...achieved, "D/506/2167"]); // B: +3
    expect(result.achieved).toBe(true);
    expect(result.totalCredit).toBe(57);
    expect(result.shortfalls).toEqual([]);
  });

  it("handbook 2.2: a candidate with nothing achieved is told every rule still to meet", () => {
    const result = evaluateRuleOfCombination(ocr, []);
    expect(result.achieved).toBe(false);
    expect(result.shortfalls.map((shortfall) => shortfall.rule)).toEqual([
      "minimumTotalCredit",
      "allOfGroup:A",
      "minimumCreditFromGroup:B",
      "minimumCreditAtOrAboveLevel:3",
    ]);
  });

  it("handbook 2.2: 'You need 7 more credits; at least 15 must come from Group B'", () => {
    // A 31 + B 8 (5 + 3) + C 9 (4 + 3 + 2) = 48.
    const result = evaluateRuleOfCombination(ocr, [...groupA, "Y/506/2166", "D/506/2167", "H/506/1912", "T/506/1820", "L/506/1807"]);
    expect(result.achieved).toBe(false);
    expect(result.totalCredit).toBe(48);
    const messages = result.shortfalls.map((shortfall) => shortfall.message);
    expect(messages).toContain("You need 7 more credits: the qualification needs at least 55 and 48 of your credits count.");
    expect(messages).toContain("You need 7 more credits from Group B: at least 15 must come from Group B and you have 8.");
    expect(result.shortfalls.find((shortfall) => shortfall.rule === "minimumCreditFromGroup:B")?.missingCredit).toBe(7);
  });

  it("handbook 2.2: all of mandatory Group A is required, and the missing units are named", () => {
    const withoutPrinciples = groupA.filter((urn) => urn !== "D/506/1942");
    const result = evaluateRuleOfCombination(ocr, [
      ...withoutPrinciples,
      ...groupBLevel3,
      "D/506/2167",
      "R/506/2179",
      "H/506/1912",
      "A/506/1821",
    ]);
    expect(result.achieved).toBe(false);
    const mandatory = result.shortfalls.find((shortfall) => shortfall.rule === "allOfGroup:A");
    expect(mandatory?.missingUnitUrns).toEqual(["D/506/1942"]);
    expect(mandatory?.message).toBe("You still need this mandatory unit from Group A: Principles of business (D/506/1942).");
  });

  it("handbook 2.2: at most 9 credits from Group C count, but extra Group C units never block the award", () => {
    const result = evaluateRuleOfCombination(ocr, [...groupA, ...groupBLevel3, "D/506/2167", ...groupC11]);
    expect(result.achieved).toBe(true);
    const countedC = result.countedUnitUrns.filter((urn) => groupC11.includes(urn));
    const countedCCredit = ocr.units.filter((unit) => countedC.includes(unit.urn)).reduce((total, unit) => total + unit.credit, 0);
    expect(countedCCredit).toBeLessThanOrEqual(9);
    expect(result.notCountedUnitUrns).toHaveLength(1);
    expect(result.totalCredit).toBe(31 + 18 + 8);
  });

  it("handbook 2.2: at least 40 credits must be at level 3 or above", () => {
    // A 31 (level 3) + 15 from level 2 Group B units + 9 from level 2 Group C units = 55, but only 31 at level 3.
    const groupBLevel2 = ["D/506/2119", "T/506/2126", "Y/506/2135", "F/506/2159", "Y/506/2149"]; // 3 × 5
    const groupCLevel2 = ["L/506/1869", "H/506/1814", "M/506/1895"]; // 3 × 3
    const result = evaluateRuleOfCombination(ocr, [...groupA, ...groupBLevel2, ...groupCLevel2]);
    expect(result.totalCredit).toBe(55);
    expect(result.achieved).toBe(false);
    expect(result.shortfalls).toEqual([
      {
        rule: "minimumCreditAtOrAboveLevel:3",
        message: "You need 9 more credits from units at level 3 or above: at least 40 must be at level 3 or above and you have 31.",
        missingCredit: 9,
      },
    ]);
  });

  it("handbook 2.2: level 4 units count towards 'level 3 or above'", () => {
    const groupBLevel4 = ["D/506/2153", "R/506/2179", "L/506/2181", "Y/506/2183"]; // 4 + 6 + 4 + 4 = 18
    const result = evaluateRuleOfCombination(ocr, [...groupA, ...groupBLevel4, "L/506/1807", "L/506/1905", "M/502/8587"]); // C level 2: 6
    expect(result.achieved).toBe(true);
  });

  it("handbook 8: units outside the qualification are reported and ignored; repeats count once", () => {
    const result = evaluateRuleOfCombination(ocr, ["L/506/2150", "L/506/2150", "X/999/0000"]);
    expect(result.countedUnitUrns).toEqual(["L/506/2150"]);
    expect(result.totalCredit).toBe(5);
    expect(result.unrecognisedUnitUrns).toEqual(["X/999/0000"]);
  });
});

describe("suggestUnitsToComplete on the OCR Level 3 Diploma in Customer Service", () => {
  it("handbook 2.2: nothing to add once the qualification is achieved", () => {
    expect(suggestUnitsToComplete(ocr, [...groupA, ...groupBLevel3, "D/506/2167", ...groupC11])).toEqual({
      unitUrns: [],
      additionalCredit: 0,
    });
  });

  it("handbook 2.2: with Group A done, the cheapest completion is 24 more credits in 5 units", () => {
    const suggestion = suggestUnitsToComplete(ocr, groupA);
    expect(suggestion?.additionalCredit).toBe(24);
    expect(suggestion?.unitUrns).toHaveLength(5);
    expect(evaluateRuleOfCombination(ocr, [...groupA, ...(suggestion?.unitUrns ?? [])]).achieved).toBe(true);
  });

  it("handbook 2.2: 7 short in Group B and in total, the suggestion is exactly 7 Group B credits", () => {
    const achieved = [...groupA, "Y/506/2166", "D/506/2167", "H/506/1912", "T/506/1820", "L/506/1807"];
    const suggestion = suggestUnitsToComplete(ocr, achieved);
    expect(suggestion?.additionalCredit).toBe(7);
    expect(suggestion?.unitUrns).toHaveLength(2);
    for (const urn of suggestion?.unitUrns ?? []) expect(ocr.units.find((unit) => unit.urn === urn)?.group).toBe("B");
  });

  it("handbook 2.2: units the centre does not offer are never suggested", () => {
    const exclude = ["Y/506/2166", "D/506/2170", "K/506/2172", "R/506/2179"];
    const suggestion = suggestUnitsToComplete(ocr, groupA, { exclude });
    expect(suggestion?.unitUrns.some((urn) => exclude.includes(urn))).toBe(false);
    expect(evaluateRuleOfCombination(ocr, [...groupA, ...(suggestion?.unitUrns ?? [])]).achieved).toBe(true);
  });

  it("handbook 2.2: impossible (null) when a mandatory unit cannot be taken", () => {
    expect(suggestUnitsToComplete(ocr, [], { exclude: ["D/506/1942"] })).toBeNull();
  });

  it("handbook 2.2: impossible (null) when too few Group B units are offered", () => {
    const groupB = urnsOf("B");
    expect(suggestUnitsToComplete(ocr, groupA, { exclude: groupB.slice(3) })).toBeNull();
  });
});

describe("another qualification is expressed as data, without code changes", () => {
  // A made-up certificate with a barred combination, a group minimum and a group maximum.
  const certificate: QualificationSpec = {
    units: [
      { urn: "M/1", title: "Health and safety", credit: 2, level: 2, glh: 10, group: "Mandatory" },
      { urn: "O/1", title: "Handle mail (old version)", credit: 3, level: 2, glh: 20, group: "Optional" },
      { urn: "O/2", title: "Handle mail", credit: 3, level: 2, glh: 20, group: "Optional" },
      { urn: "O/3", title: "File documents", credit: 2, level: 1, glh: 12, group: "Optional" },
      { urn: "O/4", title: "Use a telephone system", credit: 4, level: 2, glh: 25, group: "Optional" },
    ],
    groups: [{ id: "Optional", name: "the optional units" }],
    rules: [
      { kind: "allOfGroup", group: "Mandatory" },
      { kind: "minimumTotalCredit", credit: 8 },
      { kind: "minimumCreditFromGroup", group: "Optional", credit: 6 },
      { kind: "barredCombination", unitUrns: ["O/1", "O/2"] },
    ],
  };

  it("barred combination: only one of two barred units counts towards the credit", () => {
    const result = evaluateRuleOfCombination(certificate, ["M/1", "O/1", "O/2"]);
    expect(result.achieved).toBe(false);
    expect(result.totalCredit).toBe(5);
    expect(result.notCountedUnitUrns).toHaveLength(1);
    expect(result.shortfalls.find((shortfall) => shortfall.rule === "minimumCreditFromGroup:Optional")?.message).toBe(
      "You need 3 more credits from the optional units: at least 6 must come from the optional units and you have 3.",
    );
  });

  it("barred combination: the suggestion never adds the barred partner of an achieved unit", () => {
    const suggestion = suggestUnitsToComplete(certificate, ["M/1", "O/1"]);
    expect(suggestion).toEqual({ unitUrns: ["O/4"], additionalCredit: 4 });
  });

  it("a spec that names a unit it does not contain is rejected", () => {
    const broken: QualificationSpec = { units: [], rules: [{ kind: "barredCombination", unitUrns: ["A", "B"] }] };
    expect(() => evaluateRuleOfCombination(broken, [])).toThrow(/not in the spec/);
  });
});
