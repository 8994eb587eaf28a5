import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import type { DirectClaimsStatusStepSummary } from "./audit-summaries";
import { checkStepDay, dayOf, loadStatusForChange, qualificationName, saveStatus, stateLabel } from "./change-status";
import { reinstateDirectClaimsStatusSchema } from "./schemas";

/**
 * The centre records that the awarding body reinstated its DCS (handbook 5.21.2), with the date and
 * how. From that day claims are direct claims again.
 */
export const reinstateDirectClaimsStatus = defineCentreAction({
  name: "directClaims.reinstate",
  audit: { label: "Recorded the reinstatement of Direct Claims Status", summary: auditSummary<DirectClaimsStatusStepSummary>() },
  input: reinstateDirectClaimsStatusSchema,
  permission: "directClaims.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const status = await loadStatusForChange(tx, centreId, input);
    if (status.state !== "WITHDRAWN") throw new AppError("CONFLICT", "DCS for this qualification is not withdrawn.");
    checkStepDay(status, input.reinstatedOn, now, "reinstatedOn");
    await saveStatus(tx, centreId, status, { state: "ACTIVE", reinstatedOn: dayOf(input.reinstatedOn) });
    await tx.directClaimsStatusEvent.create({
      data: {
        centreId,
        directClaimsStatusId: status.id,
        kind: "REINSTATED",
        effectiveOn: dayOf(input.reinstatedOn)!,
        reason: input.reason,
        recordedById: access.userId,
      },
    });
    await audit({
      targetType: "DirectClaimsStatus",
      targetId: status.id,
      summary: {
        qualification: qualificationName(status.qualification),
        before: stateLabel(status.state),
        after: stateLabel("ACTIVE"),
        on: input.reinstatedOn,
        reason: input.reason,
      },
    });
    return { statusId: status.id };
  },
});
