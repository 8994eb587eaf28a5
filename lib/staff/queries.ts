import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { staffRoles } from "@/lib/rules/staff-membership";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";

const staffSelect = {
  id: true,
  role: true,
  isHeadOfCentre: true,
  status: true,
  expiresOn: true,
  version: true,
  createdAt: true,
  deactivatedAt: true,
  user: { select: { id: true, name: true, email: true, passwordHash: true } },
} as const;

function present<T extends { user: { passwordHash: string | null } }>(row: T) {
  const { user, ...rest } = row;
  const { passwordHash, ...person } = user;
  // The page needs to know whether the person has set a password, never the hash itself.
  return { ...rest, user: { ...person, hasPassword: passwordHash !== null } };
}

export type StaffMember = {
  id: string;
  role: (typeof staffRoles)[number];
  isHeadOfCentre: boolean;
  status: "ACTIVE" | "DEACTIVATED";
  expiresOn: Date | null;
  version: number;
  createdAt: Date;
  deactivatedAt: Date | null;
  user: { id: string; name: string; email: string; hasPassword: boolean };
};

export async function listCentreStaff(access: AccessContext): Promise<StaffMember[]> {
  const centre = requireCentrePermission(access, "staff.view");
  const rows = await getPrisma().membership.findMany({
    where: { centreId: centre.workspace.centreId, role: { in: [...staffRoles] } },
    select: staffSelect,
    orderBy: [{ status: "asc" }, { user: { name: "asc" } }, { role: "asc" }],
  });
  return rows.map(present) as StaffMember[];
}

export async function getCentreStaffMember(access: AccessContext, membershipId: string): Promise<StaffMember> {
  const centre = requireCentrePermission(access, "staff.view", "Staff member");
  // A malformed id cannot exist; answering "not found" avoids a database error.
  requireRecordId(membershipId, "Staff member");
  const row = await getPrisma().membership.findFirst({
    where: { id: membershipId, centreId: centre.workspace.centreId, role: { in: [...staffRoles] } },
    select: staffSelect,
  });
  if (!row) throw notFound("Staff member");
  return present(row) as StaffMember;
}

export type PendingInvitation = {
  id: string;
  email: string;
  /** The name the admin typed; the person may give another when they accept. */
  name: string;
  role: (typeof staffRoles)[number];
  isHeadOfCentre: boolean;
  accessEndsOn: Date | null;
  sentAt: Date;
  expiresAt: Date;
  /** Its link no longer works; resending makes a new one. */
  expired: boolean;
};

/** The centre's invitations nobody has answered yet (expired ones included, so they can be resent). */
export async function listPendingInvitations(access: AccessContext, now: Date = new Date()): Promise<PendingInvitation[]> {
  const centre = requireCentrePermission(access, "staff.view");
  const rows = await getPrisma().invitation.findMany({
    where: { centreId: centre.workspace.centreId, status: "PENDING", role: { in: [...staffRoles] } },
    select: { id: true, email: true, name: true, role: true, isHeadOfCentre: true, accessEndsOn: true, sentAt: true, expiresAt: true },
    orderBy: [{ sentAt: "desc" }, { email: "asc" }],
  });
  return rows.map((row) => ({ ...row, expired: row.expiresAt <= now })) as PendingInvitation[];
}
