import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireAwardingBodyPermission, requirePermission } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { qaRequestAnsweredDaysLate, qaRequestOverdueDays } from "./overdue";
import { requireAssessorInBody } from "@/lib/assessor-register/queries";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { IsoDate } from "@/lib/rules/dates";

// Quality-assurance requests (ICS A5): the awarding body's list per assessor, one request for its
// staff, and the assessor's own requests from every body. Tenant in every where: a body reads
// only its own requests; an assessor only those sent to them.

type Db = PrismaClient | Prisma.TransactionClient;

const requestSelect = {
  id: true,
  awardingBodyId: true,
  assessorUserId: true,
  kind: true,
  details: true,
  requestedOn: true,
  dueOn: true,
  status: true,
  assessorResponse: true,
  respondedAt: true,
  completedOn: true,
  outcome: true,
  version: true,
  requestedById: true,
  completedById: true,
  createdAt: true,
} as const satisfies Prisma.QualityAssuranceRequestSelect;

type RequestRow = Prisma.QualityAssuranceRequestGetPayload<{ select: typeof requestSelect }>;

export type QaRequestView = RequestRow & {
  /** Days past the due date while open and not yet answered; 0 otherwise. */
  overdueByDays: number;
  /** When answered: days after the due date the answer came (0 when on or before it); null when not answered. */
  answeredDaysLate: number | null;
  requestedByName: string | null;
  completedByName: string | null;
};

async function withNames(db: Db, rows: RequestRow[], asOf: IsoDate): Promise<QaRequestView[]> {
  const ids = [...new Set(rows.flatMap((row) => [row.requestedById, row.completedById]).filter((id): id is string => id !== null))];
  const users = ids.length === 0 ? [] : await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user.name]));
  return rows.map((row) => ({
    ...row,
    overdueByDays: qaRequestOverdueDays(row, asOf),
    answeredDaysLate: qaRequestAnsweredDaysLate(row),
    requestedByName: names.get(row.requestedById) ?? null,
    completedByName: row.completedById ? (names.get(row.completedById) ?? null) : null,
  }));
}

/** Open first (most overdue first), then the rest newest first. */
function ordered(rows: QaRequestView[]): QaRequestView[] {
  const open = rows.filter((row) => row.status === "OPEN").sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime());
  const rest = rows.filter((row) => row.status !== "OPEN").sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return [...open, ...rest];
}

/** One body's requests to one assessor (the caller has already checked the assessor is in its register). */
export async function qaRequestsOfAssessor(
  db: Db,
  { awardingBodyId, userId, asOf }: { awardingBodyId: string; userId: string; asOf: IsoDate },
): Promise<QaRequestView[]> {
  const rows = await db.qualityAssuranceRequest.findMany({ where: { awardingBodyId, assessorUserId: userId }, select: requestSelect });
  return ordered(await withNames(db, rows, asOf));
}

/** One request for the body's staff page, by the assessor it was sent to and its id. */
export async function getQaRequest(access: AccessContext, userId: string, requestId: string, now: Date = new Date()) {
  const body = requireAwardingBodyPermission(access, "assessorRegister.view", "Quality-assurance request");
  const db = getPrisma();
  const row = await db.qualityAssuranceRequest.findFirst({
    where: { id: requestId, awardingBodyId: body.workspace.awardingBodyId, assessorUserId: userId },
    select: { ...requestSelect, assessor: { select: { name: true } } },
  });
  if (!row) throw notFound("Quality-assurance request");
  const [view] = await withNames(db, [row], isoDay(now));
  return { ...view!, assessorName: row.assessor.name };
}

export type OwnQaRequest = QaRequestView & { awardingBodyName: string };

/** The signed-in person's own requests, from every awarding body. */
export async function ownQaRequests(access: AccessContext, now: Date = new Date()): Promise<OwnQaRequest[]> {
  requirePermission(access, "professionalRecord.own");
  const db = getPrisma();
  const rows = await db.qualityAssuranceRequest.findMany({ where: { assessorUserId: access.userId }, select: requestSelect });
  const bodies = await db.awardingBody.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.awardingBodyId))] } },
    select: { id: true, name: true },
  });
  const bodyName = new Map(bodies.map((body) => [body.id, body.name]));
  return ordered(await withNames(db, rows, isoDay(now))).map((row) => ({
    ...row,
    awardingBodyName: bodyName.get(row.awardingBodyId) ?? "",
  }));
}

/** The assessor a new request would go to: in the acting body's register, for staff who may send one. */
export async function qaRequestRecipient(access: AccessContext, userId: string) {
  const body = requireAwardingBodyPermission(access, "assessorRegister.manage", "Assessor");
  return requireAssessorInBody(getPrisma(), body, userId);
}
