import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import { AppError } from "@/lib/errors/app-error";
import { attachCandidateFiles } from "@/lib/evidence/link-files";
import { allocateEvidenceReference } from "@/lib/evidence/next-reference";
import { checkWitnessStatement } from "@/lib/rules/witness-statements";
import { criteriaForAssessment } from "@/lib/unit-criteria/criteria";
import type { WitnessStatementRecordedSummary } from "./audit-summaries";
import { witnessStatementPolicyFor } from "./policy";
import { ruleStatementOf } from "./rule-input";
import { recordWitnessStatementSchema } from "./schemas";

const day = (value: string) => (value === "" ? null : new Date(`${value}T00:00:00Z`));
const text = (value: string) => (value === "" ? null : value);

/**
 * An assessor records a witness statement (RD08, handbook 5.16) or an expert witness's (4.3):
 * an evidence item awaiting judgement, cross-referenced to the criteria, holding the statement
 * and the assessor's authenticity check, all in one transaction. The rule is re-run here and its
 * findings returned; a statement with problems is kept but cannot be accepted as evidence until
 * they are put right.
 */
export const recordWitnessStatement = defineCentreAction({
  name: "witnessStatement.record",
  audit: { label: "Recorded a witness statement", summary: auditSummary<WitnessStatementRecordedSummary>() },
  input: recordWitnessStatementSchema,
  permission: "assessment.record",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const candidate = await loadCandidate(tx, access, input.candidateId);
    await assertMayAssess(tx, access, candidate, now);

    const criteria = await criteriaForAssessment(tx, centreId, candidate.qualificationId, input.criterionIds);
    if (!criteria) {
      const message = "Choose criteria of this candidate's qualification from the list.";
      throw new AppError("INVALID_INPUT", message, { criterionIds: [message] });
    }
    const qualification = await tx.qualification.findUniqueOrThrow({
      where: { id: candidate.qualificationId },
      select: { awardingBody: { select: { name: true } } },
    });
    const check = checkWitnessStatement(ruleStatementOf(input, candidate.name), witnessStatementPolicyFor(qualification.awardingBody.name));

    const reference = await allocateEvidenceReference(tx, centreId, candidate.id);
    const evidence = await tx.evidenceItem.create({
      data: {
        centreId,
        candidateId: candidate.id,
        reference,
        title: input.title,
        method: input.isExpertWitness ? "EXPERT_WITNESS_TESTIMONY" : "WITNESS_TESTIMONY",
        location: input.fileIds.length > 0 ? "Uploaded to Assay" : "Recorded in Assay",
        description: text(input.description),
        status: "AWAITING_JUDGEMENT",
        submittedById: access.userId,
        criteria: { create: criteria.map((criterion) => ({ centreId, criterionId: criterion.id })) },
      },
    });
    const statement = await tx.witnessStatement.create({
      data: {
        centreId,
        candidateId: candidate.id,
        evidenceItemId: evidence.id,
        form: input.form,
        witnessName: input.witnessName,
        witnessJobTitle: text(input.witnessJobTitle),
        witnessContactDetails: text(input.witnessContactDetails),
        relationshipToCandidate: text(input.relationshipToCandidate),
        activityDate: day(input.activityDate),
        activityTime: text(input.activityTime),
        venue: text(input.venue),
        description: text(input.description),
        writtenOn: day(input.writtenOn),
        signedOrConfirmedByWitness: input.signedOrConfirmedByWitness,
        witnessIsRelative: input.witnessIsRelative,
        writtenByCandidate: input.writtenByCandidate,
        expertInOccupationSince: input.isExpertWitness ? day(input.expertInOccupationSince) : null,
        authenticityCheckedById: input.authenticityCheckedOn === "" ? null : access.userId,
        authenticityCheckedOn: day(input.authenticityCheckedOn),
        authenticityCheckMethod: text(input.authenticityCheckMethod),
        createdById: access.userId,
      },
    });
    await attachCandidateFiles(tx, { centreId, candidateId: candidate.id }, input.fileIds, { evidenceItemId: evidence.id });
    await audit({
      targetType: "WitnessStatement",
      targetId: statement.id,
      summary: {
        candidate: candidate.name,
        evidenceReference: reference,
        witness: input.witnessName,
        form: input.form,
        expertWitness: input.isExpertWitness,
        criteria: criteria.map((criterion) => criterion.ref),
        findings: check.findings.map((finding) => finding.code),
      },
    });
    return {
      statementId: statement.id,
      evidenceItemId: evidence.id,
      reference,
      acceptable: check.acceptable,
      findings: check.findings,
    };
  },
});
