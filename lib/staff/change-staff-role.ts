import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import type { StaffChangeSummary } from "./audit-summaries";
import { AppError } from "@/lib/errors/app-error";
import {
  assertCentreKeepsAdmin,
  assertValidStaffMembership,
  loadStaffMembershipForChange,
  toExpiryDate,
  updateMembershipAtVersion,
} from "./membership-changes";
import { opensProfessionalRecord, tellPersonTheirRecordIsReadable } from "./record-access-notice";
import { changeStaffRoleSchema } from "./schemas";

export const changeStaffRole = defineCentreAction({
  name: "staff.changeRole",
  audit: { label: "Changed a role", summary: auditSummary<StaffChangeSummary>() },
  input: changeStaffRoleSchema,
  permission: "staff.manage",
  async handler(input, { tx, access, now, audit, afterCommit }) {
    const membership = await loadStaffMembershipForChange(tx, access, input.membershipId, input.version);
    const expiresOn = toExpiryDate(input.expiresOn);
    assertValidStaffMembership({ role: input.role, isHeadOfCentre: input.isHeadOfCentre, expiresOn }, now);

    if (membership.role === "CENTRE_ADMIN" && input.role !== "CENTRE_ADMIN" && membership.status === "ACTIVE") {
      await assertCentreKeepsAdmin(tx, access, membership.id);
    }
    if (input.role !== membership.role) {
      const clash = await tx.membership.findUnique({
        where: { centreId_userId_role: { centreId: membership.centreId, userId: membership.userId, role: input.role } },
      });
      if (clash) {
        const message = "This person already has that role here. Deactivate this membership instead.";
        throw new AppError("CONFLICT", message, { role: [message] });
      }
    }

    await updateMembershipAtVersion(tx, access, membership, {
      role: input.role,
      isHeadOfCentre: input.isHeadOfCentre,
      expiresOn,
    });
    // Now an assessor or IQA: the centre and its body can read their professional record, so they are told.
    const notice = opensProfessionalRecord(membership, { role: input.role, status: membership.status })
      ? await tellPersonTheirRecordIsReadable(tx, access, afterCommit, { person: membership.user, role: input.role, change: "roleChanged" })
      : null;
    await audit({
      targetType: "Membership",
      targetId: membership.id,
      summary: {
        person: membership.user.email,
        before: { role: membership.role, isHeadOfCentre: membership.isHeadOfCentre, expiresOn: membership.expiresOn },
        after: { role: input.role, isHeadOfCentre: input.isHeadOfCentre, expiresOn },
        ...notice?.audit,
      },
    });
    return { membershipId: membership.id, emailDelivery: notice?.emailDelivery ?? null };
  },
});
