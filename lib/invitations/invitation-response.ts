import "server-only";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { staffMembershipProblems, staffRoles, type StaffRole } from "@/lib/rules/staff-membership";
import { displayLongDay } from "@/lib/format/dates";
import { unsafeFindOpenInvitation, type OpenInvitation } from "./queries";

// What accepting and declining share: finding the open invitation, closing it exactly once, and
// (on acceptance) granting the role it offers after checking the centre's rules again.

type Tx = Prisma.TransactionClient;

export const invitationClosedMessage =
  "This invitation is no longer open: it was used, withdrawn or has expired. Ask the centre to invite you again.";

export async function findOpenInvitationOrFail(tx: Tx, token: string, now: Date): Promise<OpenInvitation> {
  const invitation = await unsafeFindOpenInvitation(tx, token, now);
  if (!invitation) throw new AppError("NOT_FOUND", invitationClosedMessage);
  return invitation;
}

/** The open invitation, only for the account whose email it was sent to. */
export async function findOpenInvitationForAccount(tx: Tx, token: string, now: Date, userId: string): Promise<OpenInvitation> {
  const invitation = await findOpenInvitationOrFail(tx, token, now);
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  if (user.email !== invitation.email) {
    throw new AppError(
      "FORBIDDEN",
      "This invitation was sent to another email address. Sign out, then sign in as the account that uses it.",
    );
  }
  return invitation;
}

/** Closes the invitation; a second response (a double submit, another tab) finds it closed. */
export async function closeInvitation(tx: Tx, invitation: OpenInvitation, outcome: "ACCEPTED" | "DECLINED", userId: string, now: Date) {
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, status: "PENDING" },
    data: { status: outcome, closedAt: now, userId },
  });
  if (count !== 1) throw new AppError("NOT_FOUND", invitationClosedMessage);
}

function isStaffRole(role: string): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role);
}

/**
 * Gives the person the invited role, checking the centre's rules as they stand now (the offer
 * was checked when it was made, but a verifier's end date may have passed since). A person who
 * already holds the role keeps it as it is.
 */
export async function grantInvitedMembership(tx: Tx, invitation: OpenInvitation, userId: string, now: Date) {
  const ask = `Ask ${invitation.centre.name} to invite you again.`;
  if (invitation.role === "CANDIDATE") return grantCandidateMembership(tx, invitation, userId, ask);
  if (!isStaffRole(invitation.role)) throw new AppError("CONFLICT", `This invitation offers a role that can no longer be given. ${ask}`);
  const problems = staffMembershipProblems(
    { role: invitation.role, isHeadOfCentre: invitation.isHeadOfCentre, expiresOn: invitation.accessEndsOn },
    now,
  );
  if (problems.expiresOn && invitation.accessEndsOn) {
    throw new AppError("CONFLICT", `The access this invitation offered ended on ${displayLongDay(invitation.accessEndsOn)}. ${ask}`);
  }
  if (Object.keys(problems).length > 0) throw new AppError("CONFLICT", `This invitation no longer fits the centre's rules. ${ask}`);

  const existing = await tx.membership.findUnique({
    where: { centreId_userId_role: { centreId: invitation.centreId, userId, role: invitation.role } },
  });
  if (existing?.status === "ACTIVE") return existing;
  if (existing) {
    throw new AppError("CONFLICT", `Your role at ${invitation.centre.name} was ended after this invitation was sent. ${ask}`);
  }
  return tx.membership.create({
    data: {
      centreId: invitation.centreId,
      userId,
      role: invitation.role,
      isHeadOfCentre: invitation.isHeadOfCentre,
      expiresOn: invitation.accessEndsOn,
    },
  });
}

/**
 * A candidate's invitation (sent when the centre registered them): the candidate role at the
 * centre, and the registration made with this invitation now belongs to this account, so they
 * see their own record. Both happen in the acceptance's transaction.
 */
async function grantCandidateMembership(tx: Tx, invitation: OpenInvitation, userId: string, ask: string) {
  const existing = await tx.membership.findUnique({
    where: { centreId_userId_role: { centreId: invitation.centreId, userId, role: "CANDIDATE" } },
  });
  if (existing && existing.status !== "ACTIVE") {
    throw new AppError("CONFLICT", `Your candidate account at ${invitation.centre.name} was closed after this invitation was sent. ${ask}`);
  }
  const membership = existing ?? (await tx.membership.create({ data: { centreId: invitation.centreId, userId, role: "CANDIDATE" } }));
  await tx.candidate.updateMany({
    where: { centreId: invitation.centreId, invitationId: invitation.id, userId: null },
    data: { userId },
  });
  return membership;
}

/** The audit summary of an acceptance: what was granted, never a secret. */
export function acceptedSummary(invitation: OpenInvitation, newAccount: boolean) {
  return {
    email: invitation.email,
    after: { role: invitation.role, isHeadOfCentre: invitation.isHeadOfCentre, expiresOn: invitation.accessEndsOn },
    newAccount,
  };
}
export type InvitationAcceptedSummary = ReturnType<typeof acceptedSummary>;
