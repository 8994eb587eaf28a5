import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import type { StaffRecordVerificationSummary } from "./audit-summaries";
import { verifyStaffRecordSchema } from "./schemas";
import { loadStaffRecordRow } from "./staff-record-rows";

/**
 * A centre admin verifies a row of a staff member's assessor record for their centre: they have
 * seen the certificate, or the CV behind occupational competence, and keep it for the external
 * verifier (handbook 4.2, 5.20.2). Only verified rows count for sign-off, countersigning and
 * readiness at the centre. The row must be as the admin was shown it.
 */
export const verifyStaffRecord = defineCentreAction({
  name: "staff.verifyRecord",
  audit: { label: "Verified a staff member's assessor record", summary: auditSummary<StaffRecordVerificationSummary>() },
  input: verifyStaffRecordSchema,
  permission: "staff.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const row = await loadStaffRecordRow(tx, access, input);
    if (row.userId === access.userId) {
      throw new AppError("FORBIDDEN", "Nobody verifies their own record: another centre admin must see your certificate or CV.");
    }
    if (row.claimSha256 !== input.claimSha256) {
      throw new AppError(
        "STALE",
        "The person changed this entry while you were reading it. Reload to see it as it is now, then verify it.",
      );
    }
    const existing = await tx.staffRecordVerification.findFirst({ where: { centreId, ...row.where }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", "This entry is already verified for this centre.");
    const verification = await tx.staffRecordVerification.create({
      data: { centreId, ...row.where, verifiedById: access.userId, verifiedAt: now },
    });
    await audit({ targetType: "StaffRecordVerification", targetId: verification.id, summary: row.summary });
    return { verificationId: verification.id };
  },
});
