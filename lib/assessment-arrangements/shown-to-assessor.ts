import "server-only";
import type { AccessContext, CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { displayDay, isoDay } from "@/lib/format/dates";
import { priorLearningStatusLabels } from "@/lib/prior-learning/labels";
import type { IsoDate } from "@/lib/rules/dates";
import { arrangementKindLabels } from "./labels";

// What the assessor is shown wherever they assess a candidate (the candidate page and the
// record-an-activity screen): reasonable adjustments and special consideration in force today
// (handbook 9.10) and prior learning put forward (9.9). Plain, display-ready rows, so the same
// panel renders on a server page and in the phone-first client form.

type Db = PrismaClient | Prisma.TransactionClient;

export type AssessorNotes = {
  arrangements: { id: string; kind: string; reason: string; arrangement: string; unit: string; until: string | null }[];
  priorLearning: { id: string; unit: string; criteria: string; status: string; accepted: boolean }[];
};

/** The notes for several candidates of one centre at once (the record screen's candidate list). */
export async function assessorNotesFor(
  db: Db,
  input: { centreId: string; candidateIds: readonly string[]; on: IsoDate | Date; withPriorLearning?: boolean },
): Promise<Record<string, AssessorNotes>> {
  const notes: Record<string, AssessorNotes> = {};
  if (input.candidateIds.length === 0) return notes;
  const on = new Date(`${typeof input.on === "string" ? input.on : isoDay(input.on)}T00:00:00Z`);
  const candidateIds = [...input.candidateIds];
  const [arrangements, claims] = await Promise.all([
    db.assessmentArrangement.findMany({
      where: {
        centreId: input.centreId,
        candidateId: { in: candidateIds },
        appliesFrom: { lte: on },
        OR: [{ appliesUntil: null }, { appliesUntil: { gte: on } }],
      },
      orderBy: [{ appliesFrom: "asc" }, { createdAt: "asc" }],
    }),
    input.withPriorLearning === false
      ? []
      : db.priorLearningClaim.findMany({
          where: { centreId: input.centreId, candidateId: { in: candidateIds } },
          orderBy: { createdAt: "asc" },
        }),
  ]);
  const unitIds = [...new Set([...arrangements.flatMap((row) => (row.unitId ? [row.unitId] : [])), ...claims.map((row) => row.unitId)])];
  const criterionIds = [...new Set(claims.flatMap((row) => row.assessmentCriterionIds))];
  const [units, criteria] = await Promise.all([
    unitIds.length ? db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, urn: true, title: true } }) : [],
    criterionIds.length
      ? db.assessmentCriterion.findMany({
          where: { id: { in: criterionIds } },
          select: { id: true, ref: true },
          orderBy: { position: "asc" },
        })
      : [],
  ]);
  const unitName = new Map(units.map((unit) => [unit.id, `${unit.urn} ${unit.title}`]));
  const entry = (candidateId: string) => (notes[candidateId] ??= { arrangements: [], priorLearning: [] });
  for (const row of arrangements) {
    entry(row.candidateId).arrangements.push({
      id: row.id,
      kind: arrangementKindLabels[row.kind],
      reason: row.reason,
      arrangement: row.arrangement,
      unit: row.unitId ? (unitName.get(row.unitId) ?? "One unit") : "Every unit",
      until: row.appliesUntil ? displayDay(row.appliesUntil) : null,
    });
  }
  for (const row of claims) {
    const refs = criteria.filter((criterion) => row.assessmentCriterionIds.includes(criterion.id)).map((criterion) => criterion.ref);
    entry(row.candidateId).priorLearning.push({
      id: row.id,
      unit: unitName.get(row.unitId) ?? "Unit",
      criteria: refs.length ? refs.join(", ") : "every criterion",
      status: priorLearningStatusLabels[row.status],
      accepted: row.status === "ACCEPTED",
    });
  }
  return notes;
}

/**
 * The notes on a candidate's page: staff who see candidates get arrangements in force and prior
 * learning; the candidate themselves their own arrangements; anyone else (an external verifier) none.
 */
export async function candidatePageNotes(access: AccessContext, candidateId: string, today: Date): Promise<AssessorNotes | null> {
  if (access.workspace.kind !== "centre") return null;
  const centre = { ...access, workspace: access.workspace };
  const staff = rolesCan(centre.workspace.roles, "candidate.view");
  if (!staff && !rolesCan(centre.workspace.roles, "portfolio.own")) return null;
  const db = getPrisma();
  const candidate = await loadCandidate(db, centre, candidateId);
  const notes = await assessorNotesFor(db, {
    centreId: centre.workspace.centreId,
    candidateIds: [candidate.id],
    on: today,
    withPriorLearning: staff,
  });
  return notes[candidate.id] ?? { arrangements: [], priorLearning: [] };
}

/** The notes for the candidates on the record-an-activity screen (already the centre's, chosen by lib/activities). */
export async function recordScreenNotes(access: CentreAccess, candidateIds: readonly string[], today: Date) {
  const centre = requireCentrePermission(access, "assessment.record");
  return assessorNotesFor(getPrisma(), { centreId: centre.workspace.centreId, candidateIds, on: today });
}
