// Witness statements (OCR handbook 5.16) and expert witnesses (4.3): whether a statement can be
// accepted as evidence, and what the assessor must look at before relying on it.
import { wholeMonthsBetween, type IsoDate } from "./dates";
import { hasProblems, listInEnglish, problem, warning, type RuleFinding } from "./findings";

export interface WitnessStatementPolicy {
  /**
   * Handbook 4.3: "unlikely that someone could become an expert in their entire job role in less
   * than six to twelve months". Below this, an expert witness gets a warning for the assessor.
   */
  readonly expertWitnessExperienceWarningMonths: number;
  readonly source: string;
}

export interface WitnessStatement {
  /** Written by the witness, or a verbal account recorded by the assessor (both allowed by 5.16). */
  readonly form: "written" | "recordedByAssessor";
  readonly candidateName: string | null;
  readonly activityDate: IsoDate | null;
  readonly activityTime: string | null;
  readonly venue: string | null;
  /** What the witness saw the candidate do. */
  readonly description: string | null;
  /** Date the statement was written (or recorded). */
  readonly writtenOn: IsoDate | null;
  /** How the witness knows the candidate, e.g. "line manager". */
  readonly relationshipToCandidate: string | null;
  /** For a written statement: signed by the witness. For a recorded one: confirmed accurate by the witness. */
  readonly signedOrConfirmedByWitness: boolean;
  readonly witnessJobTitle: string | null;
  readonly witnessContactDetails: string | null;
  /** Declared by the witness or the assessor: the witness is a relative of the candidate. */
  readonly witnessIsRelative: boolean;
  /** The candidate wrote the statement for the witness to sign. */
  readonly writtenByCandidate: boolean;
  /** Present when the witness acts as an expert witness (4.3). */
  readonly expertWitness?: {
    /** When the witness started working in the occupation. */
    readonly inOccupationSince: IsoDate;
  } | null;
}

export interface WitnessStatementCheck {
  readonly acceptable: boolean;
  /** Every problem and warning, not just the first. */
  readonly findings: RuleFinding[];
}

const REQUIRED_CONTENTS: readonly { readonly field: keyof WitnessStatement; readonly name: string }[] = [
  { field: "candidateName", name: "the candidate's name" },
  { field: "activityDate", name: "the date of the activity" },
  { field: "activityTime", name: "the time of the activity" },
  { field: "venue", name: "the venue of the activity" },
  { field: "description", name: "a description of what the candidate did" },
  { field: "writtenOn", name: "the date the statement was written" },
  { field: "relationshipToCandidate", name: "the witness's relationship to the candidate" },
  { field: "witnessJobTitle", name: "the witness's job title" },
  { field: "witnessContactDetails", name: "the witness's contact details" },
];

export function checkWitnessStatement(statement: WitnessStatement, policy: WitnessStatementPolicy): WitnessStatementCheck {
  const source = "OCR handbook 5.16";
  const findings: RuleFinding[] = [];

  const missing = REQUIRED_CONTENTS.filter(({ field }) => isBlank(statement[field])).map(({ name }) => name);
  if (missing.length > 0) {
    findings.push(problem("witness.missing-contents", `The witness statement does not give ${listInEnglish(missing)}.`, source));
  }
  if (!statement.signedOrConfirmedByWitness) {
    findings.push(
      statement.form === "written"
        ? problem("witness.not-signed", "The witness has not signed the statement.", source)
        : problem(
            "witness.not-confirmed",
            "The witness has not confirmed that the assessor's record of their account is accurate.",
            source,
          ),
    );
  }
  if (statement.witnessIsRelative) {
    findings.push(
      problem("witness.related-to-candidate", "The witness is related to the candidate, so their statement cannot be used.", source),
    );
  }
  if (statement.writtenByCandidate) {
    findings.push(
      problem(
        "witness.written-by-candidate",
        "The candidate wrote this statement for the witness to sign, which is not acceptable. Ask the witness for their own account.",
        source,
      ),
    );
  }

  if (statement.expertWitness) {
    const asOf = statement.activityDate ?? statement.writtenOn;
    if (asOf !== null) {
      const months = wholeMonthsBetween(statement.expertWitness.inOccupationSince, asOf);
      if (months < policy.expertWitnessExperienceWarningMonths) {
        findings.push(
          warning(
            "witness.expert-short-experience",
            `The expert witness had been in the occupation for ${months} month${months === 1 ? "" : "s"} at the time of the activity. Judge whether they are expert in this unit's content, and confirm with the customer service management team if needed.`,
            "OCR handbook 4.3",
          ),
        );
      }
    }
  }

  return { acceptable: !hasProblems(findings), findings };
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
