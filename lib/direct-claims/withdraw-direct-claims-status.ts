import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import type { DirectClaimsStatusStepSummary } from "./audit-summaries";
import { checkStepDay, dayOf, loadStatusForChange, qualificationName, saveStatus, stateLabel } from "./change-status";
import { withdrawDirectClaimsStatusSchema } from "./schemas";

/**
 * The centre records that the awarding body withdrew its DCS (handbook 5.21.1), with the date and
 * reason. Claims from that day are no longer direct claims.
 */
export const withdrawDirectClaimsStatus = defineCentreAction({
  name: "directClaims.withdraw",
  audit: { label: "Recorded the withdrawal of Direct Claims Status", summary: auditSummary<DirectClaimsStatusStepSummary>() },
  input: withdrawDirectClaimsStatusSchema,
  permission: "directClaims.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const status = await loadStatusForChange(tx, centreId, input);
    if (status.state !== "ACTIVE") throw new AppError("CONFLICT", "DCS for this qualification is already withdrawn.");
    checkStepDay(status, input.withdrawnOn, now, "withdrawnOn");
    await saveStatus(tx, centreId, status, { state: "WITHDRAWN", withdrawnOn: dayOf(input.withdrawnOn), withdrawalReason: input.reason });
    await tx.directClaimsStatusEvent.create({
      data: {
        centreId,
        directClaimsStatusId: status.id,
        kind: "WITHDRAWN",
        effectiveOn: dayOf(input.withdrawnOn)!,
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
        after: stateLabel("WITHDRAWN"),
        on: input.withdrawnOn,
        reason: input.reason,
      },
    });
    return { statusId: status.id };
  },
});
