// Assessor and IQA qualification status (OCR handbook 4.2, 4.4; assessor roles and
// responsibilities): who may assess or quality-assure, whose decisions need countersigning before
// they count, and who may not quality-assure a decision.
import { hasProblems, listInEnglish, problem, warning, type RuleFinding } from "./findings";

export interface AcceptedQualification {
  readonly code: string;
  readonly name: string;
}

export interface QualificationStatusPolicy {
  readonly acceptedAssessorQualifications: readonly AcceptedQualification[];
  readonly acceptedIqaQualifications: readonly AcceptedQualification[];
  readonly source: string;
}

/** A qualification on a person's record. */
export interface HeldQualification {
  readonly code: string;
  readonly status: "achieved" | "workingTowards";
  /** Handbook 4.2, 4.4: "You must provide evidence of the training being undertaken or proof of relevant qualifications." */
  readonly evidenceOnFile: boolean;
}

export type RoleQualificationStatus = "qualified" | "workingTowards" | "notQualified";

export interface RoleQualification {
  readonly status: RoleQualificationStatus;
  /** The accepted qualification the status rests on, if any. */
  readonly basis: AcceptedQualification | null;
  readonly findings: RuleFinding[];
}

export function assessorQualificationStatus(held: readonly HeldQualification[], policy: QualificationStatusPolicy): RoleQualification {
  return roleStatus(held, policy.acceptedAssessorQualifications, "assess", "OCR handbook 4.2");
}

export function iqaQualificationStatus(held: readonly HeldQualification[], policy: QualificationStatusPolicy): RoleQualification {
  return roleStatus(held, policy.acceptedIqaQualifications, "quality-assure assessment", "OCR handbook 4.4");
}

function roleStatus(
  held: readonly HeldQualification[],
  accepted: readonly AcceptedQualification[],
  activity: string,
  source: string,
): RoleQualification {
  const findings: RuleFinding[] = [];
  const relevant = held.filter((record) => accepted.some((qualification) => qualification.code === record.code));
  const withoutEvidence = relevant.filter((record) => !record.evidenceOnFile);
  if (withoutEvidence.length > 0) {
    const names = withoutEvidence.map((record) => nameOf(record.code, accepted));
    findings.push(
      problem(
        "qualification.evidence-missing",
        `Put proof on file for ${listInEnglish(names)} (a certificate, or evidence of the training being undertaken).`,
        source,
      ),
    );
  }
  const evidenced = relevant.filter((record) => record.evidenceOnFile);
  const achieved = evidenced.find((record) => record.status === "achieved");
  const inTraining = evidenced.find((record) => record.status === "workingTowards");
  const basisOf = (record: HeldQualification) => accepted.find((qualification) => qualification.code === record.code) ?? null;
  if (achieved) return { status: "qualified", basis: basisOf(achieved), findings };
  if (inTraining) return { status: "workingTowards", basis: basisOf(inTraining), findings };
  findings.push(
    problem(
      "qualification.none",
      `To ${activity} you must hold, or be working towards, one of: ${listInEnglish(accepted.map((qualification) => qualification.name))}.`,
      source,
    ),
  );
  return { status: "notQualified", basis: null, findings };
}

function nameOf(code: string, accepted: readonly AcceptedQualification[]): string {
  return accepted.find((qualification) => qualification.code === code)?.name ?? code;
}

export interface DecisionForStanding {
  readonly assessorId: string;
  readonly assessorStatus: RoleQualificationStatus;
  readonly countersignature: { readonly byId: string; readonly byStatus: RoleQualificationStatus } | null;
}

export interface DecisionStanding {
  /** Whether the assessment decision counts towards the candidate's achievement. */
  readonly counts: boolean;
  readonly needsCountersignature: boolean;
  readonly findings: RuleFinding[];
}

/**
 * Handbook 4.2 and the assessor role: a decision by an assessor who is working towards an
 * assessor qualification counts only once a qualified assessor (someone else) has countersigned it.
 */
export function assessmentDecisionStanding(decision: DecisionForStanding): DecisionStanding {
  const source = "OCR handbook 4.2; assessor roles and responsibilities";
  if (decision.assessorStatus === "qualified") return { counts: true, needsCountersignature: false, findings: [] };
  if (decision.assessorStatus === "notQualified") {
    return {
      counts: false,
      needsCountersignature: false,
      findings: [
        problem(
          "decision.assessor-not-qualified",
          "The assessor neither holds nor is working towards an accepted assessor qualification, so they may not make assessment decisions.",
          source,
        ),
      ],
    };
  }
  const countersignature = decision.countersignature;
  const findings: RuleFinding[] = [];
  if (countersignature === null) {
    findings.push(
      problem(
        "decision.countersignature-needed",
        "The assessor is still working towards an assessor qualification: a qualified assessor must countersign this decision before it counts.",
        source,
      ),
    );
  } else {
    if (countersignature.byId === decision.assessorId) {
      findings.push(problem("decision.self-countersigned", "An assessor cannot countersign their own decision.", source));
    }
    if (countersignature.byStatus !== "qualified") {
      findings.push(problem("decision.countersigner-not-qualified", "The countersignature must be by a qualified assessor.", source));
    }
  }
  return { counts: !hasProblems(findings), needsCountersignature: true, findings };
}

export interface QualityAssuranceRequest {
  readonly iqaId: string;
  readonly iqaStatus: RoleQualificationStatus;
  readonly decision: { readonly assessorId: string; readonly countersignedById: string | null };
}

/**
 * Handbook 4.4, 5.20.1: an IQA may not quality-assure their own assessment decisions, including
 * decisions they countersigned (countersigning makes the decision partly theirs).
 */
export function checkIqaMayQualityAssure(request: QualityAssuranceRequest): RuleFinding[] {
  const source = "OCR handbook 4.4, 5.20.1";
  const findings: RuleFinding[] = [];
  if (request.iqaStatus === "notQualified") {
    findings.push(
      problem("iqa.not-qualified", "The IQA neither holds nor is working towards an accepted IQA qualification.", "OCR handbook 4.4"),
    );
  }
  if (request.decision.assessorId === request.iqaId) {
    findings.push(
      problem(
        "iqa.own-decision",
        "You made this assessment decision, so you cannot quality-assure it. Ask another IQA to sample it.",
        source,
      ),
    );
  } else if (request.decision.countersignedById === request.iqaId) {
    findings.push(
      problem(
        "iqa.own-countersignature",
        "You countersigned this assessment decision, so you cannot quality-assure it. Ask another IQA to sample it.",
        source,
      ),
    );
  }
  if (request.iqaStatus === "workingTowards") {
    // The seeds state countersigning for assessors only; applying it to IQAs is common practice, so warn rather than block.
    findings.push(
      warning(
        "iqa.working-towards",
        "You are working towards an IQA qualification: have a qualified IQA countersign your quality assurance decisions.",
        "OCR handbook 4.4",
      ),
    );
  }
  return findings;
}
