// Unit sign-off readiness (OCR handbook 5.5, 5.7, 5.8, 5.10, 5.15–5.17, 4.2): whether an assessor
// may sign a unit off as complete for a candidate. Returns every unmet condition so that the
// assessor sees the whole list at once.
import type { IsoDate } from "./dates";
import { hasProblems, listInEnglish, problem, warning, type RuleFinding } from "./findings";

/** Handbook 5.6, 5.9: where evidence comes from. */
export type EvidenceMethod =
  | "observation"
  | "questioning"
  | "professionalDiscussion"
  | "workProduct"
  | "witnessStatement"
  | "expertWitnessStatement"
  | "personalStatement"
  | "assignment"
  | "recognitionOfPriorLearning";

export interface EvidenceForSignOff {
  readonly id: string;
  /** A short name the assessor recognises, e.g. "Observation 12 March". */
  readonly label: string;
  readonly method: EvidenceMethod;
  /** Accepted by the assessor against the criteria below. Pending or rejected evidence does not count. */
  readonly accepted: boolean;
  /** References of the assessment criteria this evidence covers, e.g. ["1.1", "2.3"]. */
  readonly criteriaRefs: readonly string[];
  /** Produced in a simulated rather than a real work setting (5.5). */
  readonly simulated: boolean;
  /** For a personal statement: who authenticated it as a true account (5.17); null if nobody has. */
  readonly authenticatedBy?: string | null;
}

export interface SignOffRequest {
  readonly unit: {
    readonly urn: string;
    readonly title: string;
    /** Competence units are assessed on real work (5.5); knowledge units may use assignments and tests (5.18). */
    readonly kind: "competence" | "knowledge";
    /** Every assessment criterion of the unit (5.8: all must be met). */
    readonly criteriaRefs: readonly string[];
  };
  readonly evidence: readonly EvidenceForSignOff[];
  /** Date the candidate signed the authenticity declaration on the evidence record sheet (5.7, RD10); null if not signed. */
  readonly candidateDeclarationSignedOn: IsoDate | null;
  readonly assessor: {
    /** Units the assessor's record shows them occupationally competent to assess (4.2). */
    readonly competentUnitUrns: readonly string[];
  };
}

export interface SignOffReadiness {
  readonly ready: boolean;
  /** Criteria with no accepted evidence that counts. */
  readonly uncoveredCriteriaRefs: string[];
  /** Every problem and warning, not just the first. */
  readonly findings: RuleFinding[];
}

const WITNESS_METHODS: ReadonlySet<EvidenceMethod> = new Set(["witnessStatement", "expertWitnessStatement"]);

export function checkUnitSignOff(request: SignOffRequest): SignOffReadiness {
  const { unit } = request;
  const findings: RuleFinding[] = [];
  const accepted = request.evidence.filter((item) => item.accepted);

  const counting = accepted.filter((item) => {
    if (item.simulated && unit.kind === "competence") {
      findings.push(
        problem(
          "sign-off.simulation",
          `"${item.label}" was produced in simulation, which is not allowed for a competence unit: evidence must come from real work.`,
          "OCR handbook 5.5",
        ),
      );
      return false;
    }
    if (item.method === "personalStatement" && !item.authenticatedBy) {
      findings.push(
        problem(
          "sign-off.personal-statement-not-authenticated",
          `The personal statement "${item.label}" has not been authenticated as a true account by a witness such as a tutor, employer or peer.`,
          "OCR handbook 5.17",
        ),
      );
      return false;
    }
    return true;
  });

  const coveredBy = new Map<string, EvidenceForSignOff[]>();
  for (const item of counting) {
    for (const ref of item.criteriaRefs) coveredBy.set(ref, [...(coveredBy.get(ref) ?? []), item]);
  }
  const uncoveredCriteriaRefs = unit.criteriaRefs.filter((ref) => !coveredBy.has(ref));
  if (uncoveredCriteriaRefs.length > 0) {
    findings.push(
      problem(
        "sign-off.criteria-not-covered",
        `No accepted evidence covers assessment ${uncoveredCriteriaRefs.length === 1 ? "criterion" : "criteria"} ${listInEnglish(uncoveredCriteriaRefs)}. All criteria must be met before the unit is signed off.`,
        "OCR handbook 5.8, 5.10",
      ),
    );
  }

  const onlyWitnessed = unit.criteriaRefs.filter((ref) => {
    const items = coveredBy.get(ref);
    return items !== undefined && items.every((item) => WITNESS_METHODS.has(item.method));
  });
  const coveredCount = unit.criteriaRefs.length - uncoveredCriteriaRefs.length;
  if (unit.criteriaRefs.length > 0 && onlyWitnessed.length === coveredCount && coveredCount > 0) {
    findings.push(
      problem(
        "sign-off.witness-whole-unit",
        "Every criterion is evidenced only by witness statements. A witness statement supports other evidence and cannot evidence a whole unit.",
        "OCR handbook 5.16",
      ),
    );
  } else if (onlyWitnessed.length > 0) {
    findings.push(
      warning(
        "sign-off.witness-only-criteria",
        `${onlyWitnessed.length === 1 ? "Criterion" : "Criteria"} ${listInEnglish(onlyWitnessed)} ${onlyWitnessed.length === 1 ? "is" : "are"} evidenced only by witness testimony. Check that the statements are authentic and that your reading of them is accurate.`,
        "OCR handbook 5.16",
      ),
    );
  }

  if (request.candidateDeclarationSignedOn === null) {
    findings.push(
      problem(
        "sign-off.declaration-not-signed",
        "The candidate has not signed the declaration that the work is their own.",
        "OCR handbook 5.7, RD10",
      ),
    );
  }
  if (!request.assessor.competentUnitUrns.includes(unit.urn)) {
    findings.push(
      problem(
        "sign-off.assessor-not-competent",
        `Your record does not show you as occupationally competent to assess ${unit.title} (${unit.urn}). Another assessor must sign it off.`,
        "OCR handbook 4.2",
      ),
    );
  }

  return { ready: !hasProblems(findings), uncoveredCriteriaRefs, findings };
}
