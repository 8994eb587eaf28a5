import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { assertMayAssess } from "@/lib/candidates/load-candidate";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { writeRecordVersion } from "@/lib/signatures/record-versions";
import type { DecisionAmendedSummary } from "./audit-summaries";
import {
  decisionRef,
  latestDecisionVersion,
  loadDecisionForChange,
  toDay,
  unitDecisionContent,
  updateDecisionAtVersion,
  type UnitDecisionContent,
} from "./decisions";
import { amendUnitDecisionSchema } from "./schemas";
import { loadUnitOfCandidate } from "./unit-records";

/**
 * Changing a decision's rationale or date. A decision that has been signed gets a new version
 * with the change; it is no longer signed off (status back to recorded) until the assessor signs
 * again. The old version and its signatures stay readable, valid for that version only. A
 * decision an IQA reopened ("disagree") is changed the same way: it goes back to recorded (to be
 * signed again), and the IQA's reasons stay on it as history.
 */
export const amendUnitDecision = defineCentreAction({
  name: "signOff.amendDecision",
  audit: { label: "Changed an assessment decision", summary: auditSummary<DecisionAmendedSummary>() },
  input: amendUnitDecisionSchema,
  permission: "assessment.record",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const { decision, candidate } = await loadDecisionForChange(tx, access, input.decisionId, input.version);
    if (decision.assessorUserId !== access.userId) {
      throw new AppError("FORBIDDEN", "Only the assessor who made this decision can change it.");
    }
    await assertMayAssess(tx, access, candidate, now);
    const unit = await loadUnitOfCandidate(tx, candidate, decision.unitId);
    const latest = await latestDecisionVersion(tx, centreId, decision.id);
    const after = { ...decision, rationale: input.rationale, decidedOn: toDay(input.decidedOn) };
    let newVersion: number | null = null;
    if (latest) {
      const previous = latest.content as UnitDecisionContent;
      const content = unitDecisionContent({
        decision: after,
        candidateName: previous.candidate.name,
        unit,
        assessor: previous.assessor,
        evidenceReliedOn: previous.evidenceReliedOn,
        candidateDeclaration: previous.candidateDeclaration,
      });
      const written = await writeRecordVersion(tx, decisionRef(centreId, decision.id), content, access.userId);
      if (!written.created)
        throw new AppError("INVALID_INPUT", "Nothing was changed.", { rationale: ["Change the rationale or the date."] });
      newVersion = written.version;
    }
    const status = latest || decision.status === "REOPENED" ? "RECORDED" : decision.status;
    await updateDecisionAtVersion(tx, centreId, decision, { rationale: after.rationale, decidedOn: after.decidedOn, status });
    await audit({
      targetType: "UnitDecision",
      targetId: decision.id,
      summary: {
        candidate: candidate.name,
        unit: unit.urn,
        before: { rationale: decision.rationale, decidedOn: isoDay(decision.decidedOn), status: decision.status },
        after: { rationale: after.rationale, decidedOn: input.decidedOn, status },
        newVersion,
      },
    });
    return { decisionId: decision.id, newVersion };
  },
});
