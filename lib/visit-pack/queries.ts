import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { stalledAfterMs } from "./labels";
import type { VisitPackStatus } from "@/lib/db/generated/client";

// The visit pack's reads (handbook 5.20.2).

type Db = PrismaClient | Prisma.TransactionClient;

export type PackReadiness = {
  packId: string;
  status: VisitPackStatus;
  filesDone: number;
  filesTotal: number;
  finishedAt: Date | null;
};

/**
 * The newest pack of each of the given visits of the centre (null: none prepared yet), for the
 * admin home's "visits coming" list. A visit of another centre answers null, as a missing one.
 */
export async function packReadiness(
  db: Db,
  { centreId, visitIds }: { centreId: string; visitIds: string[] },
): Promise<Map<string, PackReadiness | null>> {
  const readiness = new Map<string, PackReadiness | null>(visitIds.map((id) => [id, null]));
  if (visitIds.length === 0) return readiness;
  const packs = await db.visitPack.findMany({
    where: { centreId, visitId: { in: visitIds } },
    orderBy: [{ visitId: "asc" }, { createdAt: "desc" }],
    distinct: ["visitId"],
    select: { id: true, visitId: true, status: true, filesDone: true, filesTotal: true, finishedAt: true },
  });
  for (const pack of packs) {
    readiness.set(pack.visitId, {
      packId: pack.id,
      status: pack.status,
      filesDone: pack.filesDone,
      filesTotal: pack.filesTotal,
      finishedAt: pack.finishedAt,
    });
  }
  return readiness;
}

export type VisitPackRow = {
  id: string;
  status: VisitPackStatus;
  filesDone: number;
  filesTotal: number;
  byteSize: number | null;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  requestedBy: string;
  workInProgress: string[];
  workInProgressIds: string[];
  /** Waiting or being prepared, but not moved for a while: its job was lost (the server stopped). */
  stalled: boolean;
};

/**
 * The visit pack page: the visit, its packs (newest first) and the candidates whose portfolios may
 * be chosen as work in progress (active ones). Not found for another centre's visit.
 */
export async function visitPackPage(access: AccessContext, visitId: string, now: Date = new Date()) {
  const centre = requireCentrePermission(access, "visitPack.build", "Visit");
  const centreId = centre.workspace.centreId;
  const db = getPrisma();
  const visit = await db.externalVerifierVisit.findFirst({
    where: { centreId, id: requireRecordId(visitId, "Visit") },
    select: { id: true, visitOn: true, status: true, externalVerifierName: true, purpose: true },
  });
  if (!visit) throw notFound("Visit");
  const [packs, candidates] = await Promise.all([
    db.visitPack.findMany({
      where: { centreId, visitId: visit.id },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: {
        id: true,
        status: true,
        filesDone: true,
        filesTotal: true,
        byteSize: true,
        error: true,
        createdAt: true,
        startedAt: true,
        finishedAt: true,
        requestedById: true,
        workInProgressCandidateIds: true,
      },
    }),
    db.candidate.findMany({
      where: { centreId, status: "ACTIVE" },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, qualification: { select: { title: true } } },
    }),
  ]);
  const people = await db.user.findMany({
    where: { id: { in: [...new Set(packs.map((p) => p.requestedById))] } },
    select: { id: true, name: true },
  });
  const wipNames = new Map(
    (
      await db.candidate.findMany({
        where: { centreId, id: { in: [...new Set(packs.flatMap((p) => p.workInProgressCandidateIds))] } },
        select: { id: true, name: true },
      })
    ).map((c) => [c.id, c.name]),
  );
  const rows: VisitPackRow[] = packs.map((p) => ({
    id: p.id,
    status: p.status,
    filesDone: p.filesDone,
    filesTotal: p.filesTotal,
    byteSize: p.byteSize === null ? null : Number(p.byteSize),
    error: p.error,
    createdAt: p.createdAt,
    startedAt: p.startedAt,
    finishedAt: p.finishedAt,
    requestedBy: people.find((u) => u.id === p.requestedById)?.name ?? "—",
    workInProgress: p.workInProgressCandidateIds.map((id) => wipNames.get(id)).filter((n): n is string => !!n),
    workInProgressIds: p.workInProgressCandidateIds,
    stalled: (p.status === "QUEUED" || p.status === "BUILDING") && now.getTime() - (p.startedAt ?? p.createdAt).getTime() > stalledAfterMs,
  }));
  return {
    visit,
    packs: rows,
    candidates: candidates.map((c) => ({ id: c.id, label: `${c.name} (${c.qualification.title})` })),
  };
}
