import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { confirmDirectClaims } from "@/lib/certificate-claims/confirm-direct-claims";
import { AppError } from "@/lib/errors/app-error";
import { isoDay, startOfUtcDay } from "@/lib/format/dates";
import { createActionPoints } from "./action-points";
import type { VisitReportRecordedSummary } from "./audit-summaries";
import { dcsRecommendationLabels } from "./labels";
import { loadVisitForChange, saveVisit } from "./load-visit";
import { recordVisitReportSchema } from "./schemas";

/**
 * The centre admin records the EV's report once the visit has taken place (handbook 5.20.4): the
 * summary of findings, any sanctions (always with at least one action point), the DCS
 * recommendation, the action points and recommendations with owners and due dates (each owner is
 * emailed), and whether the EV confirmed the claims made under DCS: then the provisional claim
 * lines claimed on or before the visit become confirmed (5.21). The visit becomes completed.
 */
export const recordVisitReport = defineCentreAction({
  name: "visit.recordReport",
  audit: { label: "Recorded an external verifier's report", summary: auditSummary<VisitReportRecordedSummary>() },
  input: recordVisitReportSchema,
  permission: "visit.manage",
  async handler(input, { tx, access, now, audit, afterCommit }) {
    const centreId = access.workspace.centreId;
    const visit = await loadVisitForChange(tx, centreId, input);
    // A visit marked completed before reports were kept here (reportRecordedOn empty) may still get its report.
    if (visit.status === "CANCELLED") throw new AppError("CONFLICT", "This visit was cancelled: it has no report.");
    if (visit.reportRecordedOn !== null) throw new AppError("CONFLICT", "This visit's report is already recorded.");
    const today = startOfUtcDay(now);
    if (visit.visitOn > today) {
      throw new AppError("CONFLICT", `The visit is on ${isoDay(visit.visitOn)}: record its report once it has taken place.`);
    }
    await saveVisit(tx, centreId, visit, {
      status: "COMPLETED",
      reportSummary: input.reportSummary,
      reportRecordedOn: today,
      reportRecordedById: access.userId,
      sanctions: input.sanctions === "" ? null : input.sanctions,
      dcsRecommendation: input.dcsRecommendation === "" ? null : input.dcsRecommendation,
      directClaimsConfirmed: input.directClaimsConfirmed,
    });
    const { summaries, emailDeliveries } = await createActionPoints(tx, access, visit, input.actionPoints, {
      fieldPrefix: (index) => `actionPoints.${index}.`,
      afterCommit,
    });
    const claimLinesConfirmed = input.directClaimsConfirmed
      ? await confirmDirectClaims(tx, { centreId, visitId: visit.id, visitOn: visit.visitOn })
      : 0;
    await audit({
      targetType: "ExternalVerifierVisit",
      targetId: visit.id,
      summary: {
        visitOn: isoDay(visit.visitOn),
        externalVerifier: visit.externalVerifierName ?? "",
        recordedOn: isoDay(today),
        summary: input.reportSummary,
        sanctions: input.sanctions === "" ? null : input.sanctions,
        dcsRecommendation: input.dcsRecommendation === "" ? null : dcsRecommendationLabels[input.dcsRecommendation],
        directClaimsConfirmed: input.directClaimsConfirmed,
        claimLinesConfirmed,
        actionPoints: summaries,
      },
    });
    return { visitId: visit.id, claimLinesConfirmed, emailDeliveries };
  },
});
