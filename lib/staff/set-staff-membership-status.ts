import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import type { StaffStatusSummary } from "./audit-summaries";
import { AppError } from "@/lib/errors/app-error";
import { assertCentreKeepsAdmin, loadStaffMembershipForChange, updateMembershipAtVersion } from "./membership-changes";
import { opensProfessionalRecord, tellPersonTheirRecordIsReadable } from "./record-access-notice";
import { staffMembershipRefSchema } from "./schemas";

// Memberships are deactivated, never deleted: the audit trail and the records a person signed
// must keep pointing at who they were (handbook 5.21 retention).

export const deactivateStaffMember = defineCentreAction({
  name: "staff.deactivate",
  audit: { label: "Deactivated a membership", summary: auditSummary<StaffStatusSummary>() },
  input: staffMembershipRefSchema,
  permission: "staff.manage",
  async handler(input, { tx, access, now, audit }) {
    const membership = await loadStaffMembershipForChange(tx, access, input.membershipId, input.version);
    if (membership.status === "DEACTIVATED") throw new AppError("CONFLICT", "This membership is already deactivated.");
    if (membership.userId === access.userId) {
      throw new AppError("FORBIDDEN", "You cannot deactivate your own membership. Ask another centre admin.");
    }
    if (membership.role === "CENTRE_ADMIN") await assertCentreKeepsAdmin(tx, access, membership.id);
    await updateMembershipAtVersion(tx, access, membership, { status: "DEACTIVATED", deactivatedAt: now });
    await audit({
      targetType: "Membership",
      targetId: membership.id,
      summary: { person: membership.user.email, role: membership.role, before: { status: "ACTIVE" }, after: { status: "DEACTIVATED" } },
    });
    return { membershipId: membership.id };
  },
});

export const reactivateStaffMember = defineCentreAction({
  name: "staff.reactivate",
  audit: { label: "Reactivated a membership", summary: auditSummary<StaffStatusSummary>() },
  input: staffMembershipRefSchema,
  permission: "staff.manage",
  async handler(input, { tx, access, audit, afterCommit }) {
    const membership = await loadStaffMembershipForChange(tx, access, input.membershipId, input.version);
    if (membership.status === "ACTIVE") throw new AppError("CONFLICT", "This membership is already active.");
    await updateMembershipAtVersion(tx, access, membership, { status: "ACTIVE", deactivatedAt: null });
    // An assessor or IQA again: the centre and its body can read their professional record, so they are told.
    const notice = opensProfessionalRecord(membership, { role: membership.role, status: "ACTIVE" })
      ? await tellPersonTheirRecordIsReadable(tx, access, afterCommit, {
          person: membership.user,
          role: membership.role,
          change: "reactivated",
        })
      : null;
    await audit({
      targetType: "Membership",
      targetId: membership.id,
      summary: {
        person: membership.user.email,
        role: membership.role,
        before: { status: "DEACTIVATED" },
        after: { status: "ACTIVE" },
        ...notice?.audit,
      },
    });
    return { membershipId: membership.id, emailDelivery: notice?.emailDelivery ?? null };
  },
});
