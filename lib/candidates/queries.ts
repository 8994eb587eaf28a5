import "server-only";
import type { AccessContext, CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { checkUlnForCertification } from "@/lib/rules/entry-eligibility";
import { normaliseUln } from "@/lib/rules/uln";
import { centreConflictDeclarations } from "@/lib/conflicts/rule-declarations";
import { allocationConflicts } from "./allocation-conflicts";
import { candidateAttentionWhere } from "./attention";
import { candidateReadScope, candidateReadWhere, loadCandidate } from "./load-candidate";
import { notFound } from "@/lib/errors/app-error";
import type { CandidateListFilter } from "./schemas";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";

// The centre's candidates as staff read them (and, for the list, an external verifier: only the
// candidates granted to them, lib/candidates/load-candidate.ts candidateReadScope). Every read
// takes the access context and puts the active centre in the where; another centre's candidate is
// "not found".

export const candidatesPerPage = 25;

/** Staff with candidate.view, or an external verifier with candidate.viewGranted (their granted candidates only). */
function requireCandidateLister(access: AccessContext): CentreAccess {
  return rolesCan(access.workspace.roles, "candidate.view")
    ? requireCentrePermission(access, "candidate.view")
    : requireCentrePermission(access, "candidate.viewGranted");
}

export async function listCandidates(access: AccessContext, filter: CandidateListFilter, now: Date = new Date()) {
  const centre = requireCandidateLister(access);
  const scope = await candidateReadScope(getPrisma(), centre, now);
  if (!scope) throw notFound("Candidate");
  const search = filter.q.trim();
  const uln = normaliseUln(search);
  const where: Prisma.CandidateWhereInput = {
    ...candidateReadWhere(centre, scope),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.assessor ? { assessorUserId: filter.assessor } : {}),
    ...(filter.needs ? { AND: [candidateAttentionWhere(centre.workspace.centreId, filter.needs)] } : {}),
    ...(search
      ? {
          OR: [{ name: { contains: search, mode: "insensitive" as const } }, ...(/^\d+$/.test(uln) ? [{ uln: { startsWith: uln } }] : [])],
        }
      : {}),
  };
  const db = getPrisma();
  const [total, rows] = await Promise.all([
    db.candidate.count({ where }),
    db.candidate.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * candidatesPerPage,
      take: candidatesPerPage,
      select: {
        id: true,
        name: true,
        uln: true,
        status: true,
        startDate: true,
        entryType: true,
        qualification: { select: { title: true } },
        assessor: { select: { name: true } },
        iqa: { select: { name: true } },
      },
    }),
  ]);
  return {
    rows,
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / candidatesPerPage)),
    /** An external verifier sees only the candidates granted to them (none granted: an empty list that says so). */
    readsThroughGrant: scope.kind === "granted",
  };
}

/** The centre's active assessors and IQAs (who may be allocated, and the list's assessor filter). */
export async function listAllocatableStaff(access: AccessContext) {
  const centre = requireCandidateLister(access);
  const rows = await getPrisma().membership.findMany({
    where: { centreId: centre.workspace.centreId, role: { in: ["ASSESSOR", "IQA"] }, status: "ACTIVE" },
    select: { role: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const people = (role: "ASSESSOR" | "IQA") =>
    rows.filter((row) => row.role === role).map((row) => ({ userId: row.user.id, name: row.user.name }));
  return { assessors: people("ASSESSOR"), iqas: people("IQA") };
}

/** What the registration form offers: the centre's awarding body's qualifications and their units. */
export async function listQualificationsForEntry(access: AccessContext) {
  const centre = requireCentrePermission(access, "candidate.manage");
  return getPrisma().qualification.findMany({
    where: centreQualificationsWhere(centre.workspace),
    orderBy: { title: "asc" },
    select: {
      id: true,
      title: true,
      qualificationNumber: true,
      units: {
        orderBy: [{ group: "asc" }, { unitNumber: "asc" }],
        select: { id: true, urn: true, title: true, group: true, unitNumber: true, credit: true },
      },
    },
  });
}

/**
 * A candidate's registration (RD01) with what the admin must act on: the declared conflicts that
 * concern the candidate, whether they stop the allocated assessor or IQA, and the ULN warning.
 */
export async function getRegistration(access: AccessContext, candidateId: string, now: Date = new Date()) {
  const centre = requireCentrePermission(access, "candidate.view", "Candidate");
  const db = getPrisma();
  const candidate = await loadCandidate(db, centre, candidateId);
  const [qualification, assessor, iqa, declarations, invitation] = await Promise.all([
    db.qualification.findUniqueOrThrow({
      where: { id: candidate.qualificationId },
      select: {
        id: true,
        title: true,
        qualificationNumber: true,
        units: {
          orderBy: [{ group: "asc" }, { unitNumber: "asc" }],
          select: { id: true, urn: true, title: true, group: true, unitNumber: true, credit: true },
        },
      },
    }),
    candidate.assessorUserId ? db.user.findUnique({ where: { id: candidate.assessorUserId }, select: { id: true, name: true } }) : null,
    candidate.iqaUserId ? db.user.findUnique({ where: { id: candidate.iqaUserId }, select: { id: true, name: true } }) : null,
    centreConflictDeclarations(db, { centreId: centre.workspace.centreId, candidateIds: [candidate.id] }),
    candidate.invitationId
      ? db.invitation.findFirst({
          where: { id: candidate.invitationId, centreId: centre.workspace.centreId },
          select: { status: true, expiresAt: true, sentAt: true },
        })
      : null,
  ]);
  const conflicts = allocationConflicts(
    { id: candidate.id, name: candidate.name, centreId: centre.workspace.centreId },
    {
      assessor: assessor ? { userId: assessor.id, name: assessor.name } : null,
      iqa: iqa ? { userId: iqa.id, name: iqa.name } : null,
    },
    declarations,
    isoDay(now),
  );
  const ulnFindings = checkUlnForCertification({ uln: candidate.uln, publiclyFunded: candidate.publiclyFunded });
  return { candidate, qualification, assessor, iqa, declarations, conflicts, ulnFindings, invitation };
}
