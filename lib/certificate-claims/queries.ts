import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { claimableFor, hasClaimable } from "./eligibility";

// The claims pages: what each candidate can be claimed for, the centre's batches, one batch.

/** The claims page: candidates with something ready first, then the rest; and the batches, newest first. */
export async function claimsOverview(access: AccessContext, now = new Date()) {
  const centre = requireCentrePermission(access, "claim.manage");
  const centreId = centre.workspace.centreId;
  const db = getPrisma();
  const [candidates, batches] = await Promise.all([
    claimableFor(db, { centreId, asOf: isoDay(now) }),
    db.certificateClaimBatch.findMany({
      // A draft whose every line was taken out is discarded.
      where: { centreId, lines: { some: { centreId } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        reference: true,
        status: true,
        createdAt: true,
        claimedOn: true,
        underDirectClaims: true,
        lines: { where: { centreId }, select: { provisional: true, certificateReceivedOn: true } },
      },
    }),
  ]);
  return {
    ready: candidates.filter(hasClaimable),
    notReady: candidates.filter((candidate) => !hasClaimable(candidate)),
    batches: batches.map(({ lines, ...batch }) => ({
      ...batch,
      lineCount: lines.length,
      provisionalCount: lines.filter((line) => line.provisional).length,
      receivedCount: lines.filter((line) => line.certificateReceivedOn !== null).length,
    })),
  };
}

export type ClaimsOverview = Awaited<ReturnType<typeof claimsOverview>>;

/** One batch of the centre with its lines; another centre's batch is "not found". */
export async function getClaimBatch(access: AccessContext, batchId: string) {
  const centre = requireCentrePermission(access, "claim.manage", "Claim batch");
  requireRecordId(batchId, "Claim batch");
  const centreId = centre.workspace.centreId;
  const batch = await getPrisma().certificateClaimBatch.findFirst({
    where: { id: batchId, centreId },
    select: {
      id: true,
      reference: true,
      status: true,
      version: true,
      createdAt: true,
      claimedOn: true,
      underDirectClaims: true,
      createdById: true,
      claimedById: true,
      lines: {
        where: { centreId },
        orderBy: [{ candidate: { name: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          unitId: true,
          provisional: true,
          confirmedOn: true,
          certificateReceivedOn: true,
          certificateNumber: true,
          candidate: {
            select: {
              id: true,
              name: true,
              uln: true,
              qualification: {
                select: { title: true, qualificationNumber: true, units: { select: { id: true, urn: true, title: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!batch || batch.lines.length === 0) throw notFound("Claim batch");
  const people = await getPrisma().user.findMany({
    where: { id: { in: [batch.createdById, batch.claimedById].filter((id): id is string => id !== null) } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name ?? null;
  return {
    ...batch,
    createdByName: nameOf(batch.createdById),
    claimedByName: nameOf(batch.claimedById),
    lines: batch.lines.map((line) => {
      const unit = line.candidate.qualification.units.find((row) => row.id === line.unitId) ?? null;
      return {
        id: line.id,
        kind: line.kind,
        provisional: line.provisional,
        confirmedOn: line.confirmedOn ? isoDay(line.confirmedOn) : null,
        certificateReceivedOn: line.certificateReceivedOn ? isoDay(line.certificateReceivedOn) : null,
        certificateNumber: line.certificateNumber,
        candidate: { id: line.candidate.id, name: line.candidate.name, uln: line.candidate.uln },
        qualificationNumber: line.candidate.qualification.qualificationNumber,
        urn: unit?.urn ?? null,
        title: line.kind === "UNIT" ? (unit?.title ?? "") : line.candidate.qualification.title,
      };
    }),
  };
}

export type ClaimBatchPage = Awaited<ReturnType<typeof getClaimBatch>>;
