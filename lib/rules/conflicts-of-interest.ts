// Conflicts of interest (Institute of Customer Service code A2; Naace ICT Mark code, "Eligibility
// to assess" and principle 9): declared relationships that stop an assessor assessing a candidate
// (or school) and an IQA sampling decisions for that candidate. Each finding names the declaration
// it comes from, so the person can see why and correct the declaration if it is wrong.
import type { IsoDate } from "./dates";
import { problem, warning, type RuleFinding } from "./findings";

export type RelationshipKind =
  /** ICS A2: familial connection. */
  | "family"
  /** ICS A2: close personal connection. */
  | "closePersonal"
  /** ICS A2: social connection. */
  | "social"
  /** ICS A2: direct line management. */
  | "lineManager"
  /** ICS A2: coaching (or mentoring) relationship. */
  | "coachOrMentor"
  /** The staff member employs the candidate, or works for the organisation being assessed. */
  | "employer"
  /** ICS A2: a financial interest in the outcome. */
  | "financialInterest"
  /** Naace: specifically supported the school in completing or progressing through the Self-review Framework. */
  | "supportedSelfReview"
  /** Naace: general support (in-service training, general technology or school improvement). Allowed, but noted. */
  | "generalSupport";

export type DeclarationSubject =
  | { readonly kind: "candidate"; readonly candidateId: string }
  /** An employer or school: the relationship covers everyone assessed there. */
  | { readonly kind: "organisation"; readonly organisationId: string }
  /** Another member of staff, e.g. an IQA related to an assessor. */
  | { readonly kind: "staff"; readonly staffId: string };

export interface ConflictDeclaration {
  readonly id: string;
  /** The assessor or IQA who has the relationship. */
  readonly staffId: string;
  readonly subject: DeclarationSubject;
  readonly relationship: RelationshipKind;
  readonly declaredOn: IsoDate;
  /** When the relationship ended (e.g. line management ended); null or absent while it continues. */
  readonly endedOn?: IsoDate | null;
}

export interface ConflictFinding extends RuleFinding {
  readonly declarationId: string;
}

const BLOCKING: ReadonlySet<RelationshipKind> = new Set([
  "family",
  "closePersonal",
  "social",
  "lineManager",
  "coachOrMentor",
  "employer",
  "financialInterest",
  "supportedSelfReview",
]);

/** Relationships with a colleague that stop an IQA judging that colleague's decisions impartially. */
const BLOCKING_WITH_COLLEAGUE: ReadonlySet<RelationshipKind> = new Set(["family", "closePersonal", "financialInterest"]);

const DESCRIPTIONS: Record<RelationshipKind, string> = {
  family: "is a member of your family",
  closePersonal: "has a close personal connection with you",
  social: "has a social connection with you",
  lineManager: "has a direct line-management relationship with you",
  coachOrMentor: "has a coaching or mentoring relationship with you",
  employer: "has an employment relationship with you",
  financialInterest: "is someone in whose assessment you have a financial interest",
  supportedSelfReview: "was supported by you through its self-review",
  generalSupport: "has had general support from you",
};

const SOURCES: Record<RelationshipKind, string> = {
  family: "ICS assessor code A2",
  closePersonal: "ICS assessor code A2",
  social: "ICS assessor code A2",
  lineManager: "ICS assessor code A2",
  coachOrMentor: "ICS assessor code A2",
  employer: "ICS assessor code A2",
  financialInterest: "ICS assessor code A2",
  supportedSelfReview: "Naace ICT Mark code: eligibility to assess; principle 9",
  generalSupport: "Naace ICT Mark code: principle 9",
};

export interface AssessmentParties {
  readonly candidateId: string;
  /** The candidate's employer, or the school being assessed. */
  readonly organisationIds: readonly string[];
  readonly onDate: IsoDate;
}

/** Whether a declaration still applies on a day: it has not ended, or ends after that day. */
export function declarationInForce(declaration: { readonly endedOn?: IsoDate | null }, onDate: IsoDate): boolean {
  return !declaration.endedOn || declaration.endedOn > onDate;
}

function active(declaration: ConflictDeclaration, onDate: IsoDate): boolean {
  return declarationInForce(declaration, onDate);
}

function concerns(declaration: ConflictDeclaration, parties: AssessmentParties): "the candidate" | "the organisation" | null {
  const subject = declaration.subject;
  if (subject.kind === "candidate" && subject.candidateId === parties.candidateId) return "the candidate";
  if (subject.kind === "organisation" && parties.organisationIds.includes(subject.organisationId)) return "the organisation";
  return null;
}

function findingsFor(
  staffId: string,
  parties: AssessmentParties,
  declarations: readonly ConflictDeclaration[],
  blockedAction: string,
  codePrefix: string,
): ConflictFinding[] {
  const findings: ConflictFinding[] = [];
  for (const declaration of declarations) {
    if (declaration.staffId !== staffId || !active(declaration, parties.onDate)) continue;
    const who = concerns(declaration, parties);
    if (who === null) continue;
    const said = `You declared on ${declaration.declaredOn} that ${who} ${DESCRIPTIONS[declaration.relationship]}`;
    const source = SOURCES[declaration.relationship];
    const finding = BLOCKING.has(declaration.relationship)
      ? problem(`${codePrefix}.${declaration.relationship}`, `${said}, so you may not ${blockedAction}.`, source)
      : warning(
          `${codePrefix}.${declaration.relationship}`,
          `${said}. This does not stop you, but an assessor with no recent involvement is strongly preferred.`,
          source,
        );
    findings.push({ ...finding, declarationId: declaration.id });
  }
  return findings;
}

/** Declared relationships that stop (problem) or qualify (warning) an assessor assessing this candidate. */
export function assessorConflicts(
  assessorId: string,
  parties: AssessmentParties,
  declarations: readonly ConflictDeclaration[],
): ConflictFinding[] {
  return findingsFor(assessorId, parties, declarations, "assess them", "conflict.assessor");
}

/**
 * Declared relationships that stop an IQA sampling an assessor's decisions for this candidate:
 * the IQA's own relationships with the candidate or their organisation, and a family, close
 * personal or financial tie with the assessor whose decisions they would judge.
 */
export function iqaSamplingConflicts(
  iqaId: string,
  assessorId: string,
  parties: AssessmentParties,
  declarations: readonly ConflictDeclaration[],
): ConflictFinding[] {
  const findings = findingsFor(iqaId, parties, declarations, "sample assessment decisions for them", "conflict.iqa");
  for (const declaration of declarations) {
    const subject = declaration.subject;
    if (declaration.staffId !== iqaId || subject.kind !== "staff" || subject.staffId !== assessorId) continue;
    if (!active(declaration, parties.onDate) || !BLOCKING_WITH_COLLEAGUE.has(declaration.relationship)) continue;
    findings.push({
      ...problem(
        `conflict.iqa-assessor.${declaration.relationship}`,
        `You declared on ${declaration.declaredOn} that this assessor ${DESCRIPTIONS[declaration.relationship]}, so you may not sample their decisions.`,
        "ICS assessor code A2",
      ),
      declarationId: declaration.id,
    });
  }
  return findings;
}
