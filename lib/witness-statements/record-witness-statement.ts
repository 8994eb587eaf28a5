import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import { allocateEvidenceReference } from "@/lib/evidence/next-reference";
import type { WitnessStatementRecordedSummary } from "./audit-summaries";
import { linkFilesAndAnswer } from "./saved-statement";
import { recordWitnessStatementSchema } from "./schemas";
import { checkEnteredStatement, evidenceColumns, statementColumns, statementCriteria } from "./statement-changes";

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

    const criteria = await statementCriteria(tx, centreId, candidate.qualificationId, input.criterionIds);
    const check = await checkEnteredStatement(tx, candidate, input);

    const reference = await allocateEvidenceReference(tx, centreId, candidate.id);
    const evidence = await tx.evidenceItem.create({
      data: {
        centreId,
        candidateId: candidate.id,
        reference,
        ...evidenceColumns(input),
        location: input.fileIds.length > 0 ? "Uploaded to Assay" : "Recorded in Assay",
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
        ...statementColumns(input),
        authenticityCheckedById: input.authenticityCheckedOn === "" ? null : access.userId,
        createdById: access.userId,
      },
    });
    const answer = await linkFilesAndAnswer(tx, access, statement, { id: evidence.id, reference }, input.fileIds, check);
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
    return answer;
  },
});
