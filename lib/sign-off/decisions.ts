import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import { requireRecordId } from "@/lib/auth/require-permission";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { contentSha256 } from "@/lib/signatures/canonical";
import { latestRecordVersion, type RecordRef } from "@/lib/signatures/record-versions";
import { signRecord } from "@/lib/signatures/sign-record";
import type { RuleFinding } from "@/lib/rules/findings";
import { declarationRecordId } from "./declaration-content";
import {
  assessorStatusOf,
  loadUnitOfCandidate,
  loadUnitRecords,
  unitReadiness,
  type Readiness,
  type UnitOfCandidate,
  type UnitRecords,
} from "./unit-records";

// What a unit decision's signers sign, and the steps every signing of a decision shares.

type Tx = Prisma.TransactionClient;

export const ASSESSOR_STATEMENT = "I confirm that the candidate has met every assessment criterion of this unit.";
export const COUNTERSIGN_STATEMENT = "As a qualified assessor I countersign this assessment decision.";

export function decisionRef(centreId: string, decisionId: string): RecordRef {
  return { centreId, recordType: "UNIT_DECISION", recordId: decisionId };
}

export function toDay(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** Problems (not warnings) as one sentence list: the exact unmet conditions. */
export function problemsText(findings: readonly RuleFinding[]): string[] {
  return findings.filter((finding) => finding.severity === "problem").map((finding) => finding.message);
}

type DecisionFacts = {
  id: string;
  candidateId: string;
  decisionType: "FORMATIVE" | "SUMMATIVE";
  outcome: "ACHIEVED" | "NOT_YET_ACHIEVED";
  rationale: string;
  decidedOn: Date;
};

export type EvidenceRelied = { id: string; label: string; method: string; criteria: string[] };
export type DeclarationRelied = { recordId: string; version: number; contentSha256: string; signedAt: string } | null;

/**
 * The part of a sign-off's content that comes from the unit's records rather than from the form:
 * the candidate and unit, the evidence relied on and the candidate's declaration. The unit page
 * puts its hash in the sign-off form (and the sign-again form); the action builds it again from
 * the records as they are at signing and refuses when it differs, so nothing is signed unseen.
 */
export function evidenceToSign(input: {
  candidate: { id: string; name: string };
  unit: Pick<UnitOfCandidate, "id" | "urn" | "title">;
  records: UnitRecords;
  readiness: Readiness;
}) {
  const declaration = input.readiness.declarationSignature;
  return {
    candidate: { id: input.candidate.id, name: input.candidate.name },
    unit: { id: input.unit.id, urn: input.unit.urn, title: input.unit.title },
    evidenceReliedOn: input.readiness.evidence
      .filter((item) => item.accepted && item.criteriaRefs.length > 0)
      .map((item): EvidenceRelied => ({ id: item.id, label: item.label, method: item.method, criteria: [...item.criteriaRefs] })),
    candidateDeclaration: (declaration && {
      recordId: declarationRecordId(input.candidate.id, input.unit.id),
      version: declaration.version,
      contentSha256: contentSha256(input.records.declaration),
      signedAt: declaration.signedAt.toISOString(),
    }) as DeclarationRelied,
  };
}

/** The hash of evidenceToSign for the unit as it stands: what the unit page puts in its sign-off and sign-again forms. */
export async function evidenceToSignSha256(
  db: Tx | PrismaClient,
  centreId: string,
  candidate: { id: string; name: string; qualificationId: string },
  unitId: string,
  assessorUserId: string,
): Promise<string> {
  const unit = await loadUnitOfCandidate(db, candidate, unitId);
  const records = await loadUnitRecords(db, centreId, candidate.id, unit);
  const readiness = await unitReadiness(db, centreId, candidate.id, records, assessorUserId);
  return contentSha256(evidenceToSign({ candidate, unit, records, readiness }));
}

/** Refused: what would be signed is not what the signer was shown. */
export function changedWhileReading(): AppError {
  return new AppError("CONFLICT", "This unit's evidence changed while you were reading it. Read it again, then sign.");
}

/** Exactly what the assessor (and any countersigner) signs: the decision, the evidence relied on, the candidate's declaration. */
export function unitDecisionContent(input: {
  decision: DecisionFacts;
  candidateName: string;
  unit: Pick<UnitOfCandidate, "id" | "urn" | "title">;
  assessor: { id: string; name: string };
  evidenceReliedOn: EvidenceRelied[];
  candidateDeclaration: DeclarationRelied;
}) {
  return {
    record: "Unit assessment decision (RD10)",
    decisionId: input.decision.id,
    candidate: { id: input.decision.candidateId, name: input.candidateName },
    unit: { id: input.unit.id, urn: input.unit.urn, title: input.unit.title },
    decisionType: input.decision.decisionType,
    outcome: input.decision.outcome,
    rationale: input.decision.rationale,
    decidedOn: isoDay(input.decision.decidedOn),
    assessor: input.assessor,
    evidenceReliedOn: input.evidenceReliedOn,
    candidateDeclaration: input.candidateDeclaration,
  };
}

export type UnitDecisionContent = ReturnType<typeof unitDecisionContent>;

/** A decision of the active centre, with its candidate; another centre's is "not found". */
export async function loadDecisionForChange(tx: Tx, access: CentreAccess, decisionId: string, version: number) {
  requireRecordId(decisionId, "Decision");
  const decision = await tx.unitDecision.findFirst({ where: { id: decisionId, centreId: access.workspace.centreId } });
  if (!decision) throw notFound("Decision");
  const candidate = await loadCandidate(tx, access, decision.candidateId);
  if (decision.version !== version) throw stale();
  return { decision, candidate };
}

export function stale(): AppError {
  return new AppError("STALE", "Someone else changed this decision while you were reading it. Reload to see their change, then try again.");
}

/** Changes a decision only at the version read; a concurrent change makes this one refused. */
export async function updateDecisionAtVersion(
  tx: Tx,
  centreId: string,
  decision: { id: string; version: number },
  data: Prisma.UnitDecisionUpdateManyMutationInput,
) {
  const { count } = await tx.unitDecision.updateMany({
    where: { id: decision.id, centreId, version: decision.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw stale();
}

/**
 * The assessor signs a summative "achieved" decision: the readiness rule is run again on the
 * records as they are now (refused with every unmet condition), the assessor's qualification
 * decides whether it counts at once or awaits countersignature (refused if they have none), and
 * the decision's content is kept as a new version and signed. shownSha256 is the hash of
 * evidenceToSign as the unit page showed it: any difference is refused. Returns the status it now has.
 */
export async function signDecisionAsAssessor(
  tx: Tx,
  access: CentreAccess,
  now: Date,
  decision: DecisionFacts & { unitId: string },
  candidate: { id: string; name: string; status: string; qualificationId: string; userId: string | null },
  shownSha256: string,
) {
  const centreId = access.workspace.centreId;
  await assertMayAssess(tx, access, candidate, now);
  const standing = await assessorStatusOf(tx, centreId, access.userId);
  if (standing.status === "notQualified") throw new AppError("CONFLICT", problemsText(standing.findings).join(" "));
  const unit = await loadUnitOfCandidate(tx, candidate, decision.unitId);
  const records = await loadUnitRecords(tx, centreId, candidate.id, unit);
  const readiness = await unitReadiness(tx, centreId, candidate.id, records, access.userId);
  const evidence = evidenceToSign({ candidate, unit, records, readiness });
  // The assessor signs what the page showed them: evidence accepted or added since is not signed unseen.
  if (contentSha256(evidence) !== shownSha256) throw changedWhileReading();
  if (!readiness.ready) {
    throw new AppError("CONFLICT", `This unit cannot be signed off yet. ${problemsText(readiness.findings).join(" ")}`);
  }
  const content = unitDecisionContent({
    decision,
    candidateName: candidate.name,
    unit,
    assessor: { id: access.userId, name: access.userName },
    evidenceReliedOn: evidence.evidenceReliedOn,
    candidateDeclaration: evidence.candidateDeclaration,
  });
  const signature = await signRecord(tx, {
    ref: decisionRef(centreId, decision.id),
    content,
    signerUserId: access.userId,
    role: "ASSESSOR",
    statement: ASSESSOR_STATEMENT,
    now,
  });
  const status = standing.status === "qualified" ? ("SIGNED_OFF" as const) : ("AWAITING_COUNTERSIGNATURE" as const);
  return { status, signature, unit, qualification: standing.status };
}

/** The latest version of a decision (what a countersigner signs). */
export async function latestDecisionVersion(tx: Tx, centreId: string, decisionId: string) {
  return latestRecordVersion(tx, decisionRef(centreId, decisionId));
}
