// Retention (OCR handbook 5.20.3, 5.21, 5.21.3; Institute of Customer Service code A7, A8; Naace
// ICT Mark principle 8): the earliest date a record may be destroyed. Every applicable policy's
// period must have passed, so the latest date wins; a record under legal hold or an open appeal or
// malpractice case is never destroyable while that lasts.
import { addYears, latestDate, type IsoDate } from "./dates";
import { problem, type RuleFinding } from "./findings";

export type RecordKind =
  /** Candidate assessment records: the CAR, assessment decisions, feedback (5.20.3). */
  | "candidateAssessmentRecord"
  /** Internal quality assurance records: sampling, standardisation, IQA feedback (5.20.3). */
  | "internalQualityAssuranceRecord"
  /** The candidate's portfolio of evidence (5.21). */
  | "candidatePortfolio"
  /** An assessor's own assessment documentation for Institute qualifications (ICS A7, A8). */
  | "assessorAssessmentDocumentation"
  /** A school's ICT Mark accreditation record (Naace principle 8). */
  | "ictMarkAccreditationRecord";

/** The event a retention period runs from. */
export type RetentionStart =
  | "certification"
  /** The date certification was claimed under Direct Claims Status. */
  | "directClaim"
  /** The verification visit after a direct claim ("until the next external verifier visit"). */
  | "directClaimVerificationVisit"
  | "assessment"
  | "award";

export interface RetentionRule {
  readonly recordKinds: readonly RecordKind[];
  readonly from: RetentionStart;
  readonly years: number;
  /** What the rule says, for people, e.g. "3 years from certification". */
  readonly description: string;
  readonly source: string;
}

export interface RetentionPolicy {
  readonly rules: readonly RetentionRule[];
}

export interface RecordForRetention {
  readonly kind: RecordKind;
  readonly certifiedOn?: IsoDate | null;
  /** Present when the candidate's certification was claimed under Direct Claims Status. */
  readonly directClaim?: { readonly claimedOn: IsoDate; readonly verificationVisitOn: IsoDate | null } | null;
  readonly assessedOn?: IsoDate | null;
  /** ICT Mark: the date the school's accreditation was awarded. */
  readonly awardedOn?: IsoDate | null;
  readonly legalHold?: boolean;
  /** Open cases that need the record as evidence. */
  readonly openCases?: readonly ("appeal" | "malpractice")[];
}

export interface RetentionPeriod {
  readonly rule: RetentionRule;
  /** The first day the record may be destroyed under this rule; null when the period has not started. */
  readonly destroyableFrom: IsoDate | null;
}

export interface RetentionDecision {
  /** The earliest date the record may be destroyed; null while it must be kept with no end date yet. */
  readonly destroyableFrom: IsoDate | null;
  /** Every rule that applies to the record, with the date it allows destruction from. */
  readonly periods: RetentionPeriod[];
  /** Why there is no date yet (holds, open cases, periods not started). */
  readonly findings: RuleFinding[];
}

const START_NAMES: Record<RetentionStart, string> = {
  certification: "the candidate is certificated",
  directClaim: "the direct claim is made",
  directClaimVerificationVisit: "the verification visit after the direct claim",
  assessment: "the assessment date is recorded",
  award: "the award date is recorded",
};

/** Whether `rule` applies to `record` at all (direct-claim rules only apply to direct claims). */
export function ruleApplies(rule: RetentionRule, record: RecordForRetention): boolean {
  if (!rule.recordKinds.includes(record.kind)) return false;
  if (rule.from === "directClaim" || rule.from === "directClaimVerificationVisit") return Boolean(record.directClaim);
  return true;
}

/** The first day a record may be destroyed under one rule, or null when the rule's start is not known yet. */
export function destroyableFromUnder(rule: RetentionRule, record: RecordForRetention): IsoDate | null {
  const start = startDate(rule.from, record);
  // Roll forward from 29 February so the full period always passes.
  return start === null ? null : addYears(start, rule.years, "roll-forward");
}

function startDate(from: RetentionStart, record: RecordForRetention): IsoDate | null {
  switch (from) {
    case "certification":
      return record.certifiedOn ?? null;
    case "directClaim":
      return record.directClaim?.claimedOn ?? null;
    case "directClaimVerificationVisit":
      return record.directClaim?.verificationVisitOn ?? null;
    case "assessment":
      return record.assessedOn ?? null;
    case "award":
      return record.awardedOn ?? null;
  }
}

export function earliestDestructionDate(record: RecordForRetention, policies: readonly RetentionPolicy[]): RetentionDecision {
  const findings: RuleFinding[] = [];
  const periods: RetentionPeriod[] = [];
  for (const policy of policies) {
    for (const rule of policy.rules) {
      if (ruleApplies(rule, record)) periods.push({ rule, destroyableFrom: destroyableFromUnder(rule, record) });
    }
  }

  if (record.legalHold) {
    findings.push(
      problem(
        "retention.legal-hold",
        "The record is under legal hold and must not be destroyed until the hold is lifted.",
        "Assay retention policy",
      ),
    );
  }
  for (const kind of record.openCases ?? []) {
    findings.push(
      problem(
        `retention.open-${kind}`,
        `An ${kind === "appeal" ? "appeal" : "malpractice case"} that may need this record is still open.`,
        kind === "malpractice" ? "OCR handbook 5.22" : "OCR handbook 5.20.4",
      ),
    );
  }
  if (periods.length === 0) {
    findings.push(
      problem("retention.no-policy", "No retention policy covers this record, so it is kept until one does.", "Assay retention policy"),
    );
  }
  for (const period of periods) {
    if (period.destroyableFrom === null) {
      findings.push(
        problem(
          "retention.period-not-started",
          `Keep until ${period.rule.description}: the period starts when ${START_NAMES[period.rule.from]}.`,
          period.rule.source,
        ),
      );
    }
  }

  const blocked = findings.length > 0;
  const destroyableFrom = blocked ? null : latestDate(periods.map((period) => period.destroyableFrom as IsoDate));
  return { destroyableFrom, periods, findings };
}

/** Whether the record may be destroyed on `asOf`. */
export function mayDestroy(record: RecordForRetention, policies: readonly RetentionPolicy[], asOf: IsoDate): boolean {
  const { destroyableFrom } = earliestDestructionDate(record, policies);
  return destroyableFrom !== null && destroyableFrom <= asOf;
}
