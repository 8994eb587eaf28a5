import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { StaffRole } from "@/lib/rules/staff-membership";

type Tx = Prisma.TransactionClient;

/** One of the active centre's invitations, or "not found" (also for another centre's id). */
export async function loadCentreInvitation(tx: Tx, access: CentreAccess, invitationId: string) {
  const invitation = await tx.invitation.findFirst({ where: { id: invitationId, centreId: access.workspace.centreId } });
  if (!invitation) throw notFound("Invitation");
  return invitation;
}

const closedMessages = {
  ACCEPTED: "This invitation has already been accepted.",
  DECLINED: "This invitation was declined.",
  WITHDRAWN: "This invitation was withdrawn.",
} as const;

/** Only a pending invitation can be resent or withdrawn. */
export function assertPending(invitation: { status: "PENDING" | keyof typeof closedMessages }) {
  if (invitation.status !== "PENDING") throw new AppError("CONFLICT", closedMessages[invitation.status]);
}

/**
 * Refuses an invitation the centre has effectively made already. Both answers are this centre's
 * own information: whether the address holds the role here, or has been invited to it here.
 * Nothing about other centres, or whether the address has an account, is looked at.
 */
export async function assertNotAlreadyStaffOrInvited(tx: Tx, access: CentreAccess, offer: { email: string; role: StaffRole }) {
  const centreId = access.workspace.centreId;
  // Two admins inviting the same address at the same moment would otherwise both pass the checks.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invitation:${centreId}:${offer.email}`}))`;
  const membership = await tx.membership.findFirst({
    where: { centreId, role: offer.role, user: { email: offer.email } },
    select: { status: true },
  });
  if (membership) {
    const message =
      membership.status === "ACTIVE"
        ? "This person already has that role at this centre."
        : "This person had that role here and was deactivated. Reactivate them from the staff list instead.";
    throw new AppError("CONFLICT", message, { email: [message] });
  }
  const pending = await tx.invitation.count({ where: { centreId, email: offer.email, role: offer.role, status: "PENDING" } });
  if (pending > 0) {
    const message = "This address has already been invited to that role here. Resend or withdraw that invitation from the staff list.";
    throw new AppError("CONFLICT", message, { email: [message] });
  }
}

/** The invitation email (shared with registering a candidate: lib/invitations/create-invitation.ts). */
export { invitationMessage } from "@/lib/invitations/create-invitation";
