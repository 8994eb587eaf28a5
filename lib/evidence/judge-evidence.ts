import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { hasProblems } from "@/lib/rules/findings";
import { witnessStatementFindings } from "@/lib/witness-statements/findings";
import { loadEvidenceForChange, staleEvidence, updateEvidenceAtVersion, usableCriteria } from "./evidence-changes";
import { judgeEvidenceSchema } from "./schemas";

type JudgeEvidenceSummary = {
  reference: string;
  outcome: "ACCEPTED" | "REJECTED";
  criteria: { before: string[]; after: string[] };
  rejectionReason: string | null;
};

/**
 * The assessor judges a piece of evidence (handbook 5.11): accepts it, confirming or adjusting the
 * criteria it is cross-referenced to with a judgement for each, or rejects it with reasons. A
 * witness statement the rule finds problems with cannot be accepted; a personal statement must say
 * who authenticated it (5.17). A rejected item stays as it was: the candidate resubmits a new one.
 */
export const judgeEvidence = defineCentreAction({
  name: "evidence.judge",
  audit: { label: "Judged evidence", summary: auditSummary<JudgeEvidenceSummary>() },
  input: judgeEvidenceSchema,
  permission: "assessment.record",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const { item, candidate, actsAsCandidate } = await loadEvidenceForChange(tx, access, input.evidenceItemId, now);
    if (actsAsCandidate) throw new AppError("FORBIDDEN", "You cannot judge your own evidence.");
    if (item.version !== input.version) throw staleEvidence();
    if (item.status !== "AWAITING_JUDGEMENT") {
      throw new AppError("CONFLICT", `${item.reference} has already been ${item.status === "ACCEPTED" ? "accepted" : "rejected"}.`);
    }
    const before = await tx.assessmentCriterion.findMany({
      where: { id: { in: item.criteria.map((row) => row.criterionId) } },
      select: { ref: true },
      orderBy: { ref: "asc" },
    });

    if (input.outcome === "REJECT") {
      await updateEvidenceAtVersion(tx, item, input.version, {
        status: "REJECTED",
        rejectionReason: input.rejectionReason,
        judgedById: access.userId,
        judgedAt: now,
      });
      await audit({
        targetType: "EvidenceItem",
        targetId: item.id,
        summary: {
          reference: item.reference,
          outcome: "REJECTED",
          criteria: { before: before.map((row) => row.ref), after: before.map((row) => row.ref) },
          rejectionReason: input.rejectionReason,
        },
      });
      return { evidenceItemId: item.id, candidateId: candidate.id, status: "REJECTED" as const };
    }

    const criteria = await usableCriteria(
      tx,
      centreId,
      candidate.qualificationId,
      input.criteria.map((row) => row.criterionId),
      "criteria",
    );
    const findings = await witnessStatementFindings(tx, centreId, item.id);
    if (hasProblems(findings)) {
      const problems = findings.filter((finding) => finding.severity === "problem").map((finding) => finding.message);
      throw new AppError("CONFLICT", `This witness statement cannot be accepted: ${problems.join(" ")}`);
    }
    const authenticatedBy = input.authenticatedBy !== "" ? input.authenticatedBy : item.authenticatedBy;
    if (item.method === "PERSONAL_STATEMENT" && !authenticatedBy) {
      const message =
        "A personal statement must be authenticated as a true account by a witness such as a tutor or employer (handbook 5.17): say who authenticated it.";
      throw new AppError("INVALID_INPUT", message, { authenticatedBy: [message] });
    }

    await updateEvidenceAtVersion(tx, item, input.version, {
      status: "ACCEPTED",
      rejectionReason: null,
      authenticatedBy,
      judgedById: access.userId,
      judgedAt: now,
    });
    await tx.evidenceCriterion.deleteMany({ where: { centreId, evidenceItemId: item.id } });
    await tx.evidenceCriterion.createMany({
      data: input.criteria.map((row) => ({
        centreId,
        evidenceItemId: item.id,
        criterionId: row.criterionId,
        judgement: row.judgement,
        suggestedByCandidate: false,
      })),
    });
    const refs = new Map(criteria.map((criterion) => [criterion.id, criterion.ref]));
    await audit({
      targetType: "EvidenceItem",
      targetId: item.id,
      summary: {
        reference: item.reference,
        outcome: "ACCEPTED",
        criteria: {
          before: before.map((row) => row.ref),
          after: input.criteria.map((row) => `${refs.get(row.criterionId)}: ${row.judgement}`),
        },
        rejectionReason: null,
      },
    });
    return { evidenceItemId: item.id, candidateId: candidate.id, status: "ACCEPTED" as const };
  },
});
