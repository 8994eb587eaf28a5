import { describe, expect, it } from "vitest";
import { builtInPolicies } from "@/lib/rules/policies";
import { checkWitnessStatement } from "@/lib/rules/witness-statements";
import { builtInPolicyFor } from "@/lib/policies/policy-settings";
import { witnessStatementPolicyIn } from "./policy";
import { ruleStatementOf, type WitnessStatementContents } from "./rule-input";
import { recordWitnessStatementSchema } from "./schemas";

const contents: WitnessStatementContents = {
  form: "RECORDED_BY_ASSESSOR",
  witnessJobTitle: " Team leader ",
  witnessContactDetails: "01632 960 123",
  relationshipToCandidate: "Line manager",
  activityDate: "2026-03-02",
  activityTime: "10:30",
  venue: "Leeds",
  description: "Resolved a complaint",
  writtenOn: "2026-03-03",
  signedOrConfirmedByWitness: true,
  witnessIsRelative: false,
  writtenByCandidate: false,
  isExpertWitness: true,
  expertInOccupationSince: "2020-01-01",
};

describe("the witness-statement rule's input (handbook 5.16, 4.3)", () => {
  it("reads the form's values: blanks as missing, trimmed text, the recorded form, the expert's start date", () => {
    expect(ruleStatementOf(contents, "Cara Candidate")).toEqual({
      form: "recordedByAssessor",
      candidateName: "Cara Candidate",
      activityDate: "2026-03-02",
      activityTime: "10:30",
      venue: "Leeds",
      description: "Resolved a complaint",
      writtenOn: "2026-03-03",
      relationshipToCandidate: "Line manager",
      signedOrConfirmedByWitness: true,
      witnessJobTitle: "Team leader",
      witnessContactDetails: "01632 960 123",
      witnessIsRelative: false,
      writtenByCandidate: false,
      expertWitness: { inOccupationSince: "2020-01-01" },
    });
    const partly = ruleStatementOf({ ...contents, venue: "  ", activityDate: "2026-02-30", isExpertWitness: false }, "Cara");
    expect(partly).toMatchObject({ venue: null, activityDate: null, expertWitness: null });
  });

  it("as the assessor types, lists what is missing, the same as on the server", () => {
    const check = checkWitnessStatement(
      ruleStatementOf({ ...contents, venue: "", witnessJobTitle: "", signedOrConfirmedByWitness: false }, "Cara"),
      builtInPolicies.OCR.witnessStatements,
    );
    expect(check.acceptable).toBe(false);
    expect(check.findings.map((finding) => finding.message)).toEqual([
      "The witness statement does not give the venue of the activity and the witness's job title.",
      "The witness has not confirmed that the assessor's record of their account is accurate.",
    ]);
  });

  it("takes the policy of the qualification's awarding body, else OCR's", () => {
    expect(witnessStatementPolicyIn(builtInPolicyFor("OCR"))).toBe(builtInPolicies.OCR.witnessStatements);
    expect(witnessStatementPolicyIn(builtInPolicyFor("ocr 1a2b"))).toBe(builtInPolicies.OCR.witnessStatements);
    expect(witnessStatementPolicyIn(builtInPolicyFor("ICS"))).toBe(builtInPolicies.OCR.witnessStatements);
    expect(witnessStatementPolicyIn(builtInPolicyFor("Somebody else"))).toBe(builtInPolicies.OCR.witnessStatements);
  });

  it("the form's schema asks for an expert's start date and how authenticity was checked", () => {
    const base = {
      candidateId: "9b2f6a3e-1c1d-4d4e-8f8f-0a0b0c0d0e0f",
      form: "WRITTEN",
      title: "Statement",
      witnessName: "Wendy",
      witnessJobTitle: "",
      witnessContactDetails: "",
      relationshipToCandidate: "",
      activityDate: "",
      activityTime: "",
      venue: "",
      description: "",
      writtenOn: "",
      signedOrConfirmedByWitness: false,
      witnessIsRelative: false,
      writtenByCandidate: false,
      isExpertWitness: false,
      expertInOccupationSince: "2020-01-01",
      criterionIds: ["9b2f6a3e-1c1d-4d4e-8f8f-0a0b0c0d0e10"],
      authenticityCheckedOn: "",
      authenticityCheckMethod: "",
      fileIds: [],
    };
    const parsed = recordWitnessStatementSchema.parse(base);
    // A start date typed before "expert witness" was unticked is dropped, not refused.
    expect(parsed.expertInOccupationSince).toBe("");
    const refused = recordWitnessStatementSchema.safeParse({
      ...base,
      isExpertWitness: true,
      expertInOccupationSince: "",
      authenticityCheckedOn: "2026-03-04",
    });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join("."))).toEqual(["expertInOccupationSince", "authenticityCheckMethod"]);
  });
});
