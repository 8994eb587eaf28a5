import { describe, expect, it } from "vitest";
import {
  acceptedQualificationChoices,
  awardingBodyCodeOf,
  heldQualifications,
  qualificationStatusPolicyFor,
  standingUnder,
} from "./policy";

describe("the assessor record's policy", () => {
  it("finds the built-in policy from the awarding body's short name", () => {
    expect(awardingBodyCodeOf("OCR")).toBe("OCR");
    expect(awardingBodyCodeOf("OCR 5k2x")).toBe("OCR");
    expect(awardingBodyCodeOf("The Institute of Customer Service")).toBe("ICS");
    expect(awardingBodyCodeOf("Naace")).toBe("NAACE");
    expect(awardingBodyCodeOf("City & Guilds")).toBeNull();
    expect(qualificationStatusPolicyFor("OCR")?.source).toBe("OCR handbook 4.2, 4.4");
    // The Institute's documents set no list of assessor qualifications: OCR's applies, as at sign-off.
    expect(qualificationStatusPolicyFor("ICS")).toBe(qualificationStatusPolicyFor("OCR"));
  });

  it("offers each accepted qualification once, assessor qualifications first", () => {
    const choices = acceptedQualificationChoices(["OCR", "OCR"]);
    expect(choices.map((choice) => choice.code)).toEqual([
      "AWARD_ASSESSING_COMPETENCE",
      "CAVA",
      "A1",
      "D32",
      "D33",
      "AWARD_IQA",
      "V1",
      "D34",
    ]);
    expect(choices.find((choice) => choice.code === "V1")?.roles).toEqual(["iqa"]);
    expect(acceptedQualificationChoices(["ICS"])).toEqual(acceptedQualificationChoices(["OCR"]));
  });

  it("handbook 4.2, 4.4: held → qualified, working towards → working towards, neither → not qualified with the rule's words", () => {
    const body = { id: "b", name: "OCR" };
    expect(standingUnder(body, [{ code: "CAVA", held: true, achievedOn: new Date("2019-01-01") }]).assessor?.status).toBe("qualified");
    const training = standingUnder(body, [{ code: "V1", held: false, achievedOn: null }]);
    expect(training.iqa?.status).toBe("workingTowards");
    expect(training.assessor?.status).toBe("notQualified");
    expect(training.assessor?.findings[0]?.message).toMatch(/^To assess you must hold, or be working towards, one of: /);
    expect(standingUnder({ id: "i", name: "ICS" }, []).assessor.status).toBe("notQualified");
    expect(heldQualifications([{ code: "A1", held: false, achievedOn: null }])).toEqual([
      { code: "A1", status: "workingTowards", evidenceOnFile: true },
    ]);
  });
});
