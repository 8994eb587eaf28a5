import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { assertPending, loadCentreInvitation } from "./invitation-changes";
import { invitationRefSchema } from "./schemas";

/** Withdraws one of this centre's pending invitations: its link stops working at once. */
export const withdrawInvitation = defineCentreAction({
  name: "staff.withdrawInvitation",
  audit: { label: "Withdrew an invitation", summary: auditSummary<{ email: string; role: string }>() },
  input: invitationRefSchema,
  permission: "staff.manage",
  async handler(input, { tx, access, now, audit }) {
    const invitation = await loadCentreInvitation(tx, access, input.invitationId);
    assertPending(invitation);
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, status: "PENDING" },
      data: { status: "WITHDRAWN", closedAt: now },
    });
    if (count !== 1) throw new AppError("STALE");
    await audit({ targetType: "Invitation", targetId: invitation.id, summary: { email: invitation.email, role: invitation.role } });
    return { email: invitation.email };
  },
});
