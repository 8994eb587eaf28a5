import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay, startOfUtcDay } from "@/lib/format/dates";
import type { DirectClaimsStatusChangedSummary } from "./audit-summaries";
import { dayOf, loadStatusForChange, qualificationName, saveStatus } from "./change-status";
import { changeDirectClaimsStatusSchema } from "./schemas";

/** The centre records a new end date or conditions for its DCS (a new authorisation letter, say), with the reason. */
export const changeDirectClaimsStatus = defineCentreAction({
  name: "directClaims.change",
  audit: { label: "Changed the end date or conditions of Direct Claims Status", summary: auditSummary<DirectClaimsStatusChangedSummary>() },
  input: changeDirectClaimsStatusSchema,
  permission: "directClaims.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const status = await loadStatusForChange(tx, centreId, input);
    if (input.endsOn !== "" && input.endsOn <= isoDay(status.grantedOn)) {
      const message = "The end date must be after the date DCS was granted.";
      throw new AppError("INVALID_INPUT", message, { endsOn: [message] });
    }
    await saveStatus(tx, centreId, status, { endsOn: dayOf(input.endsOn), conditions: input.conditions });
    await tx.directClaimsStatusEvent.create({
      data: {
        centreId,
        directClaimsStatusId: status.id,
        kind: "CONDITIONS_CHANGED",
        effectiveOn: startOfUtcDay(now),
        reason: input.reason,
        recordedById: access.userId,
      },
    });
    await audit({
      targetType: "DirectClaimsStatus",
      targetId: status.id,
      summary: {
        qualification: qualificationName(status.qualification),
        before: { endsOn: isoDay(status.endsOn), conditions: status.conditions },
        after: { endsOn: input.endsOn, conditions: input.conditions },
        reason: input.reason,
      },
    });
    return { statusId: status.id };
  },
});
