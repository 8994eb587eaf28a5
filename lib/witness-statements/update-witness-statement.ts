import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { WitnessStatementCorrectedSummary } from "./audit-summaries";
import { witnessStatementFindings } from "./findings";
import { linkFilesAndAnswer } from "./saved-statement";
import { updateWitnessStatementSchema } from "./schemas";
import { checkEnteredStatement, evidenceColumns, statementColumns, statementCriteria } from "./statement-changes";

/**
 * An assessor corrects a witness statement while its evidence still awaits judgement, e.g. after
 * phoning the witness for their contact details or confirmation (what the rule listed as
 * missing). Version-checked; once the evidence is judged the statement stays as it was.
 */
export const updateWitnessStatement = defineCentreAction({
  name: "witnessStatement.update",
  audit: { label: "Corrected a witness statement", summary: auditSummary<WitnessStatementCorrectedSummary>() },
  input: updateWitnessStatementSchema,
  permission: "assessment.record",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const statement = await tx.witnessStatement.findFirst({
      where: { id: input.statementId, centreId },
      include: { evidenceItem: { select: { id: true, reference: true, status: true, version: true } } },
    });
    if (!statement) throw notFound("Witness statement");
    const candidate = await loadCandidate(tx, access, statement.candidateId);
    if (statement.version !== input.version) throw new AppError("STALE");
    await assertMayAssess(tx, access, candidate, now);
    const evidence = statement.evidenceItem;
    if (evidence.status !== "AWAITING_JUDGEMENT") {
      throw new AppError(
        "CONFLICT",
        `Evidence ${evidence.reference} has been judged, so its statement stays as it was. Record a new statement instead.`,
      );
    }
    if (evidence.version !== input.evidenceVersion) throw evidenceChanged();
    const criteria = await statementCriteria(tx, centreId, candidate.qualificationId, input.criterionIds);
    const before = await witnessStatementFindings(tx, centreId, evidence.id);
    const check = await checkEnteredStatement(tx, candidate, input);

    const columns = statementColumns(input);
    const checkUnchanged =
      columns.authenticityCheckedOn?.getTime() === statement.authenticityCheckedOn?.getTime() &&
      columns.authenticityCheckMethod === statement.authenticityCheckMethod;
    const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter((key) => {
      const was = statement[key];
      const after = columns[key];
      return (was instanceof Date ? was.getTime() : was) !== (after instanceof Date ? after.getTime() : after);
    });
    const updated = await tx.witnessStatement.updateMany({
      where: { id: statement.id, centreId, version: statement.version },
      data: {
        ...columns,
        authenticityCheckedById:
          columns.authenticityCheckedOn === null ? null : checkUnchanged ? statement.authenticityCheckedById : access.userId,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new AppError("STALE");
    const evidenceUpdated = await tx.evidenceItem.updateMany({
      where: { id: evidence.id, centreId, version: input.evidenceVersion, status: "AWAITING_JUDGEMENT" },
      data: {
        ...evidenceColumns(input),
        ...(input.fileIds.length > 0 ? { location: "Uploaded to Assay" } : {}),
        version: { increment: 1 },
      },
    });
    if (evidenceUpdated.count !== 1) throw evidenceChanged();
    const chosen = criteria.map((criterion) => criterion.id);
    await tx.evidenceCriterion.deleteMany({ where: { centreId, evidenceItemId: evidence.id, criterionId: { notIn: chosen } } });
    await tx.evidenceCriterion.createMany({
      data: chosen.map((criterionId) => ({ centreId, evidenceItemId: evidence.id, criterionId })),
      skipDuplicates: true,
    });
    const answer = await linkFilesAndAnswer(tx, access, statement, evidence, input.fileIds, check);
    await audit({
      targetType: "WitnessStatement",
      targetId: statement.id,
      summary: {
        candidate: candidate.name,
        evidenceReference: evidence.reference,
        changed,
        criteria: criteria.map((criterion) => criterion.ref),
        findings: { before: before.map((finding) => finding.code), after: check.findings.map((finding) => finding.code) },
      },
    });
    return answer;
  },
});

/** The evidence item (e.g. its criteria, changed by the candidate) moved on since the form was read. */
function evidenceChanged() {
  return new AppError(
    "CONFLICT",
    "Someone changed this evidence while you were correcting the statement. Reload it, then correct it again.",
  );
}
