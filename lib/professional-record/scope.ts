import "server-only";
import type { AccessContext, Workspace } from "@/lib/auth/access-context";
import type { Prisma, PrismaClient } from "@/lib/db/client";

type Db = PrismaClient | Prisma.TransactionClient;

/** The roles whose holders keep an assessor record: assessors and IQAs. */
const recordRoles = ["ASSESSOR", "IQA"] as const;

export type AssessorRecordScope = {
  centres: Extract<Workspace, { kind: "centre" }>[];
  bodies: { id: string; name: string }[];
};

/**
 * The centres where the person assesses or quality-assures (from their active memberships, as
 * the session resolved them) and those centres' awarding bodies: what their record is checked
 * against, and the only qualifications whose units they may list.
 */
export async function assessorRecordScope(db: Db, access: AccessContext): Promise<AssessorRecordScope> {
  const centres = access.workspaces.filter(
    (w): w is Extract<Workspace, { kind: "centre" }> =>
      w.kind === "centre" && w.roles.some((role) => (recordRoles as readonly string[]).includes(role)),
  );
  const bodyIds = [...new Set(centres.map((centre) => centre.awardingBodyId))];
  const bodies =
    bodyIds.length === 0
      ? []
      : await db.awardingBody.findMany({ where: { id: { in: bodyIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return { centres, bodies };
}
