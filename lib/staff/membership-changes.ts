import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { leavesCentreWithoutAdmin, staffMembershipProblems, staffRoles, type StaffRole } from "@/lib/rules/staff-membership";

type Tx = Prisma.TransactionClient;

/** A staff membership of the active centre, or "not found" (also for another centre's id). */
export async function loadStaffMembership(tx: Tx, access: CentreAccess, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, centreId: access.workspace.centreId, role: { in: [...staffRoles] } },
    include: { user: { select: { name: true, email: true, passwordHash: true } } },
  });
  if (!membership) throw notFound("Staff member");
  return membership;
}

/** As loadStaffMembership, refusing when the person edited an older version than the stored one. */
export async function loadStaffMembershipForChange(tx: Tx, access: CentreAccess, membershipId: string, version: number) {
  const membership = await loadStaffMembership(tx, access, membershipId);
  if (membership.version !== version) throw new AppError("STALE");
  return membership;
}

/** Writes the change only if nobody changed the row since it was read (optimistic lock). */
export async function updateMembershipAtVersion(
  tx: Tx,
  access: CentreAccess,
  membership: { id: string; version: number },
  data: Prisma.MembershipUpdateManyMutationInput,
) {
  const { count } = await tx.membership.updateMany({
    where: { id: membership.id, centreId: access.workspace.centreId, version: membership.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("STALE");
}

export async function assertCentreKeepsAdmin(tx: Tx, access: CentreAccess, membershipId: string) {
  // Locking the active admins' rows stops two admins from removing each other at the same moment.
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Membership"
    WHERE "centreId" = ${access.workspace.centreId}::uuid AND "role" = 'CENTRE_ADMIN' AND "status" = 'ACTIVE'
    FOR UPDATE`;
  if (
    leavesCentreWithoutAdmin(
      admins.map((a) => a.id),
      membershipId,
    )
  ) {
    const message = "A centre must keep at least one active centre admin. Add another admin first.";
    throw new AppError("CONFLICT", message, { role: [message] });
  }
}

export function toExpiryDate(expiresOn: string): Date | null {
  return expiresOn === "" ? null : new Date(`${expiresOn}T00:00:00Z`);
}

export function assertValidStaffMembership(proposal: { role: StaffRole; isHeadOfCentre: boolean; expiresOn: Date | null }, now: Date) {
  const problems = staffMembershipProblems(proposal, now);
  const entries = Object.entries(problems);
  if (entries.length > 0) {
    throw new AppError("INVALID_INPUT", undefined, Object.fromEntries(entries.map(([field, message]) => [field, [message]])));
  }
}
