import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import type { StaffRecordVerificationSummary } from "./audit-summaries";
import { withdrawStaffRecordVerificationSchema } from "./schemas";
import { loadStaffRecordRow } from "./staff-record-rows";

/**
 * A centre admin withdraws their centre's verification of a row of a staff member's assessor
 * record: from then on it no longer counts at the centre (an unverified "held" counts as working
 * towards, so the person's sign-offs await countersignature).
 */
export const withdrawStaffRecordVerification = defineCentreAction({
  name: "staff.withdrawRecordVerification",
  audit: {
    label: "Withdrew the verification of a staff member's assessor record",
    summary: auditSummary<StaffRecordVerificationSummary>(),
  },
  input: withdrawStaffRecordVerificationSchema,
  permission: "staff.manage",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    const row = await loadStaffRecordRow(tx, access, input);
    const existing = await tx.staffRecordVerification.findFirst({ where: { centreId, ...row.where }, select: { id: true } });
    if (!existing) throw new AppError("CONFLICT", "This entry is not verified for this centre (someone may have withdrawn it already).");
    await tx.staffRecordVerification.deleteMany({ where: { id: existing.id, centreId } });
    await audit({ targetType: "StaffRecordVerification", targetId: existing.id, summary: row.summary });
    return { verificationId: existing.id };
  },
});
