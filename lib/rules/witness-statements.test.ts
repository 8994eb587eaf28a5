import { describe, expect, it } from "vitest";
import { builtInPolicies } from "./policies";
import { checkWitnessStatement, type WitnessStatement } from "./witness-statements";

const policy = builtInPolicies.OCR.witnessStatements;

const complete: WitnessStatement = {
  form: "written",
  candidateName: "Priya Shah",
  activityDate: "2025-03-04",
  activityTime: "10:30",
  venue: "Customer service desk, Leeds branch",
  description:
    "Priya dealt with a customer's complaint about a late delivery, agreed a refund within her authority and recorded the outcome.",
  writtenOn: "2025-03-05",
  relationshipToCandidate: "Line manager",
  signedOrConfirmedByWitness: true,
  witnessJobTitle: "Customer Service Team Leader",
  witnessContactDetails: "0113 496 0000",
  witnessIsRelative: false,
  writtenByCandidate: false,
};

const codes = (statement: WitnessStatement) => checkWitnessStatement(statement, policy).findings.map((finding) => finding.code);

describe("witness statements", () => {
  it("handbook 5.16: a complete statement from an unrelated witness is acceptable", () => {
    expect(checkWitnessStatement(complete, policy)).toEqual({ acceptable: true, findings: [] });
  });

  it("handbook 5.16: a written statement must give every required item, and all missing items are listed", () => {
    const result = checkWitnessStatement({ ...complete, venue: " ", witnessContactDetails: null, activityTime: null }, policy);
    expect(result.acceptable).toBe(false);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "witness.missing-contents",
        message:
          "The witness statement does not give the time of the activity, the venue of the activity and the witness's contact details.",
      }),
    ]);
  });

  it("handbook 5.16: the witness's signature is required", () => {
    expect(codes({ ...complete, signedOrConfirmedByWitness: false })).toEqual(["witness.not-signed"]);
  });

  it("handbook 5.16: a verbal account recorded by the assessor must be confirmed accurate by the witness", () => {
    expect(codes({ ...complete, form: "recordedByAssessor", signedOrConfirmedByWitness: false })).toEqual(["witness.not-confirmed"]);
  });

  it("handbook 5.16: the witness must not be related to the candidate", () => {
    expect(codes({ ...complete, witnessIsRelative: true })).toEqual(["witness.related-to-candidate"]);
  });

  it("handbook 5.16: a statement written by the candidate for the witness to sign is not acceptable", () => {
    expect(codes({ ...complete, writtenByCandidate: true })).toEqual(["witness.written-by-candidate"]);
  });

  it("handbook 4.3: an expert witness with under six months in the occupation is a warning for the assessor to judge", () => {
    const result = checkWitnessStatement({ ...complete, expertWitness: { inOccupationSince: "2024-10-05" } }, policy);
    expect(result.acceptable).toBe(true);
    expect(result.findings).toEqual([expect.objectContaining({ code: "witness.expert-short-experience", severity: "warning" })]);
    expect(result.findings[0]?.message).toMatch(/^The expert witness had been in the occupation for 4 months/);
    expect(codes({ ...complete, expertWitness: { inOccupationSince: "2024-09-04" } })).toEqual([]);
  });

  it("handbook 5.16, 4.3: every problem is reported, not just the first", () => {
    expect(
      codes({ ...complete, candidateName: null, signedOrConfirmedByWitness: false, witnessIsRelative: true, writtenByCandidate: true }),
    ).toEqual(["witness.missing-contents", "witness.not-signed", "witness.related-to-candidate", "witness.written-by-candidate"]);
  });
});
