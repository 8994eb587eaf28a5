import "server-only";
import type { AccessContext, Workspace } from "@/lib/auth/access-context";
import type { Prisma, PrismaClient } from "@/lib/db/client";

type Db = PrismaClient | Prisma.TransactionClient;

/** The roles whose holders keep a professional record at a centre: assessors and IQAs. */
const recordRoles = ["ASSESSOR", "IQA"] as const;

export type AssessorRecordScope = {
  /** The centres where the person assesses or quality-assures (active memberships, as the session resolved them). */
  centres: Extract<Workspace, { kind: "centre" }>[];
  /** The awarding bodies that approved the person (AssessorApproval: a Naace assessor has no centre). */
  approvals: Extract<Workspace, { kind: "awardingBody" }>[];
  /** Their centres' awarding bodies and the bodies that approved them, once each, by name. */
  bodies: { id: string; name: string }[];
  /** Whether the person keeps a professional record at all. */
  keepsRecord: boolean;
};

/**
 * Who keeps a professional record and what it is checked against: the person's centres where
 * they assess or quality-assure, and the bodies that approved them. The record's awarding bodies
 * are those centres' bodies plus the approving bodies: the only ones whose qualifications'
 * units they may list, and whose policies their CPD is judged under. Works from any workspace.
 */
export async function assessorRecordScope(db: Db, access: AccessContext): Promise<AssessorRecordScope> {
  const centres = access.workspaces.filter(
    (w): w is Extract<Workspace, { kind: "centre" }> =>
      w.kind === "centre" && w.roles.some((role) => (recordRoles as readonly string[]).includes(role)),
  );
  const approvals = access.workspaces.filter(
    (w): w is Extract<Workspace, { kind: "awardingBody" }> => w.kind === "awardingBody" && w.roles.includes("APPROVED_ASSESSOR"),
  );
  const bodyIds = [...new Set([...centres.map((centre) => centre.awardingBodyId), ...approvals.map((body) => body.awardingBodyId)])];
  const bodies =
    bodyIds.length === 0
      ? []
      : await db.awardingBody.findMany({ where: { id: { in: bodyIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return { centres, approvals, bodies, keepsRecord: centres.length > 0 || approvals.length > 0 };
}

/** The message for someone who keeps no record (a candidate, an admin only). */
export const noRecordMessage = "Only assessors and IQAs, and assessors an awarding body has approved, keep a professional record.";
