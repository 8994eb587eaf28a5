import "server-only";
import { newOneTimeToken } from "@/lib/account-tokens/one-time-token";
import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { appUrl } from "@/lib/email/app-url";
import { invitationEmail } from "@/lib/email/templates";
import { addDays } from "@/lib/format/dates";
import { invitationPath, invitationValidDays } from "./invitation-token";
import { offeredRoleLabel } from "./offered-role";

// Making an invitation to a role at the active centre, shared by inviting staff and registering
// a candidate: a new one-time link (only its hash stored), valid for 14 days, and its email.

type Tx = Prisma.TransactionClient;

export type InvitationOffer = {
  email: string;
  name: string;
  role: "CENTRE_ADMIN" | "ASSESSOR" | "IQA" | "EXTERNAL_VERIFIER" | "CANDIDATE";
  isHeadOfCentre: boolean;
  accessEndsOn: Date | null;
};

/** The invitation email for a pending invitation and the token of its (new) link. */
export function invitationMessage(
  access: CentreAccess,
  invitation: { email: string; name: string } & Parameters<typeof offeredRoleLabel>[0],
  link: { token: string; expiresAt: Date },
) {
  return {
    to: invitation.email,
    ...invitationEmail({
      name: invitation.name,
      centreName: access.workspace.name,
      roleLabel: offeredRoleLabel(invitation),
      invitedBy: access.userName,
      link: appUrl(invitationPath(link.token)),
      expiresAt: link.expiresAt,
      asCandidate: invitation.role === "CANDIDATE",
    }),
  };
}

/** Stores a pending invitation from the signed-in admin and returns it with the email to send after commit. */
export async function createInvitation(tx: Tx, access: CentreAccess, offer: InvitationOffer, now: Date) {
  const { token, tokenHash } = newOneTimeToken();
  const invitation = await tx.invitation.create({
    data: {
      ...offer,
      centreId: access.workspace.centreId,
      tokenHash,
      expiresAt: addDays(now, invitationValidDays),
      sentAt: now,
      createdById: access.userId,
    },
  });
  return { invitation, message: invitationMessage(access, offer, { token, expiresAt: invitation.expiresAt }) };
}
