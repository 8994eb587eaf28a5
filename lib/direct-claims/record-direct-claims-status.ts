import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";
import type { DirectClaimsStatusRecordedSummary } from "./audit-summaries";
import { dayOf, qualificationName } from "./change-status";
import { recordDirectClaimsStatusSchema } from "./schemas";

/**
 * The centre records that the awarding body granted it Direct Claims Status for a qualification
 * (handbook 5.21): the day it was told it could use DCS, the end date if earlier than the
 * qualification's, and the conditions in the authorisation letter. One DCS per qualification;
 * a later withdrawal and reinstatement are recorded on it.
 */
export const recordDirectClaimsStatus = defineCentreAction({
  name: "directClaims.record",
  audit: { label: "Recorded Direct Claims Status for a qualification", summary: auditSummary<DirectClaimsStatusRecordedSummary>() },
  input: recordDirectClaimsStatusSchema,
  permission: "directClaims.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const qualification = await tx.qualification.findFirst({
      where: { id: input.qualificationId, ...centreQualificationsWhere(access.workspace) },
      select: { id: true, qualificationNumber: true, title: true },
    });
    // Another centre's own qualification is not found, like a missing one.
    if (!qualification) throw notFound("Qualification");
    if (input.grantedOn > isoDay(now)) {
      throw new AppError("INVALID_INPUT", "The date cannot be in the future.", { grantedOn: ["The date cannot be in the future."] });
    }
    // Two admins at once: the unique (centre, qualification) lets one in; the other is told here or by the constraint.
    const existing = await tx.directClaimsStatus.findFirst({
      where: { centreId, qualificationId: qualification.id },
      select: { id: true },
    });
    if (existing) {
      const message = "DCS is already recorded for this qualification: change, withdraw or reinstate it instead.";
      throw new AppError("CONFLICT", message, { qualificationId: [message] });
    }
    const status = await tx.directClaimsStatus.create({
      data: {
        centreId,
        qualificationId: qualification.id,
        grantedOn: dayOf(input.grantedOn)!,
        endsOn: dayOf(input.endsOn),
        conditions: input.conditions,
        state: "ACTIVE",
      },
    });
    await tx.directClaimsStatusEvent.create({
      data: {
        centreId,
        directClaimsStatusId: status.id,
        kind: "GRANTED",
        effectiveOn: status.grantedOn,
        reason: input.conditions,
        recordedById: access.userId,
      },
    });
    await audit({
      targetType: "DirectClaimsStatus",
      targetId: status.id,
      summary: {
        qualification: qualificationName(qualification),
        grantedOn: input.grantedOn,
        endsOn: input.endsOn,
        conditions: input.conditions,
      },
    });
    return { statusId: status.id };
  },
});
