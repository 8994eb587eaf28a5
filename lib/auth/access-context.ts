import "server-only";
import type { PrismaClient, Prisma } from "@/lib/db/client";
import type { AccessRole } from "./permissions";
import { isSessionOpen } from "./sessions";

// What the signed-in person may reach right now. Resolved from the database on every request
// and every action, so a deactivated membership or an expired verifier's access stops at once.

export type Workspace =
  | { kind: "centre"; key: string; centreId: string; name: string; centreNumber: string; awardingBodyId: string; roles: AccessRole[] }
  | { kind: "awardingBody"; key: string; awardingBodyId: string; name: string; roles: AccessRole[] };

export type CentreAccess = {
  userId: string;
  userName: string;
  workspace: Extract<Workspace, { kind: "centre" }>;
  workspaces: Workspace[];
};

export type AwardingBodyAccess = {
  userId: string;
  userName: string;
  workspace: Extract<Workspace, { kind: "awardingBody" }>;
  workspaces: Workspace[];
};

export type AccessContext = CentreAccess | AwardingBodyAccess;

export function isCentreAccess(access: AccessContext): access is CentreAccess {
  return access.workspace.kind === "centre";
}

export const workspaceKey = {
  centre: (centreId: string) => `centre:${centreId}`,
  awardingBody: (awardingBodyId: string) => `awarding-body:${awardingBodyId}`,
};

/** Start of the given day in UTC: verifier access runs to the end of its expiry date. */
function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

type Db = PrismaClient | Prisma.TransactionClient;

export async function listWorkspaces(db: Db, userId: string, now: Date): Promise<Workspace[]> {
  const [memberships, staff, approvals] = await Promise.all([
    db.membership.findMany({
      where: {
        userId,
        status: "ACTIVE",
        OR: [{ expiresOn: null }, { expiresOn: { gte: startOfUtcDay(now) } }],
      },
      include: { centre: true },
    }),
    db.awardingBodyMembership.findMany({
      where: { userId, status: "ACTIVE" },
      include: { awardingBody: true },
    }),
    // Every approval, whatever its state: a withdrawn assessor still reads their own record there.
    db.assessorApproval.findMany({ where: { userId }, include: { awardingBody: true } }),
  ]);

  const byCentre = new Map<string, Extract<Workspace, { kind: "centre" }>>();
  for (const m of memberships) {
    const workspace = byCentre.get(m.centreId) ?? {
      kind: "centre" as const,
      key: workspaceKey.centre(m.centreId),
      centreId: m.centreId,
      name: m.centre.name,
      centreNumber: m.centre.centreNumber,
      awardingBodyId: m.centre.awardingBodyId,
      roles: [],
    };
    workspace.roles.push(m.role);
    if (m.role === "CENTRE_ADMIN" && m.isHeadOfCentre) workspace.roles.push("HEAD_OF_CENTRE");
    byCentre.set(m.centreId, workspace);
  }
  const centres = [...byCentre.values()].sort((a, b) => a.name.localeCompare(b.name));
  const byBody = new Map<string, Extract<Workspace, { kind: "awardingBody" }>>();
  const bodyWorkspace = (awardingBody: { id: string; name: string }) => {
    const workspace = byBody.get(awardingBody.id) ?? {
      kind: "awardingBody" as const,
      key: workspaceKey.awardingBody(awardingBody.id),
      awardingBodyId: awardingBody.id,
      name: awardingBody.name,
      roles: [],
    };
    byBody.set(awardingBody.id, workspace);
    return workspace;
  };
  for (const s of staff) bodyWorkspace(s.awardingBody).roles.push(s.role);
  for (const approval of approvals) bodyWorkspace(approval.awardingBody).roles.push("APPROVED_ASSESSOR");
  const bodies = [...byBody.values()].sort((a, b) => a.name.localeCompare(b.name));
  return [...centres, ...bodies];
}

/**
 * The person's access in the workspace they asked for, or in their first workspace when they
 * asked for none or for one they do not hold. Null when they hold no active role anywhere.
 */
export async function resolveAccessContext(
  db: Db,
  options: { userId: string; requestedWorkspaceKey?: string | null; sessionVersion?: number; sessionId?: string | null; now?: Date },
): Promise<AccessContext | null> {
  const now = options.now ?? new Date();
  const user = await db.user.findUnique({ where: { id: options.userId }, select: { id: true, name: true, sessionVersion: true } });
  if (!user) return null;
  // A session signed in before the latest password change no longer counts.
  if (options.sessionVersion !== undefined && options.sessionVersion !== user.sessionVersion) return null;
  // Nor does one that was signed out (a copy of its cookie included) or has run its time.
  if (options.sessionId !== undefined && !(await isSessionOpen(db, { sessionId: options.sessionId, userId: user.id }, now))) return null;
  const workspaces = await listWorkspaces(db, user.id, now);
  const workspace = workspaces.find((w) => w.key === options.requestedWorkspaceKey) ?? workspaces[0];
  if (!workspace) return null;
  return { userId: user.id, userName: user.name, workspace, workspaces } as AccessContext;
}
