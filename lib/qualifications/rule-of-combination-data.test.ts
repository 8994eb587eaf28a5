import { describe, expect, it } from "vitest";
import { ocrLevel3DiplomaInCustomerService as ocr } from "./ocr-10380";
import { describeCombinationRule, parseRuleOfCombination } from "./rule-of-combination-data";

describe("rule of combination as stored data", () => {
  it("handbook 2.2: the OCR rule of combination round-trips through JSON", () => {
    const stored = JSON.parse(JSON.stringify({ groups: ocr.groups, rules: ocr.rules }));
    expect(parseRuleOfCombination(stored)).toEqual({ groups: ocr.groups, rules: ocr.rules });
  });

  it("refuses a rule it does not know, rather than ignoring it", () => {
    expect(() => parseRuleOfCombination({ groups: [], rules: [{ kind: "minimumGrade", grade: "B" }] })).toThrow();
    expect(() => parseRuleOfCombination({ groups: [], rules: [{ kind: "minimumTotalCredit", credit: -1 }] })).toThrow();
  });

  it("handbook 2.2: describes the OCR rules in plain English", () => {
    expect(ocr.rules.map((rule) => describeCombinationRule(rule, ocr))).toEqual([
      "At least 55 credits in total",
      "Every unit in Group A (mandatory)",
      "At least 15 credits from Group B",
      "At most 9 credits from Group C count towards the total",
      "At least 40 credits from units at level 3 or above",
    ]);
  });
});
