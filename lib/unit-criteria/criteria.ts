import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";

// Which outcomes and criteria a centre assesses a unit against: the awarding body's published
// content when there is any, otherwise what the centre's admin typed in. Another centre's typed-in
// content is never used (nor seen).

type Db = PrismaClient | Prisma.TransactionClient;

export type UnitCriterion = { id: string; unitId: string; ref: string; text: string; outcomeRef: string; outcomeTitle: string | null };

export type UnitOutcomes = {
  unitId: string;
  /** "catalogue": published content; "centre": typed in by this centre; "none": nothing yet. */
  source: "catalogue" | "centre" | "none";
  outcomes: { id: string; ref: string; title: string | null; criteria: { id: string; ref: string; text: string }[] }[];
};

/** Outcomes and criteria of each unit, in order, as the centre assesses them. */
export async function outcomesOfUnits(db: Db, centreId: string, unitIds: readonly string[]): Promise<Map<string, UnitOutcomes>> {
  const rows = await db.learningOutcome.findMany({
    where: { unitId: { in: [...unitIds] }, OR: [{ centreId: null }, { centreId }] },
    orderBy: [{ unitId: "asc" }, { position: "asc" }],
    select: {
      id: true,
      unitId: true,
      centreId: true,
      ref: true,
      title: true,
      criteria: { orderBy: { position: "asc" }, select: { id: true, ref: true, text: true } },
    },
  });
  const result = new Map<string, UnitOutcomes>(unitIds.map((unitId) => [unitId, { unitId, source: "none", outcomes: [] }]));
  for (const unitId of unitIds) {
    const ofUnit = rows.filter((row) => row.unitId === unitId);
    const catalogue = ofUnit.filter((row) => row.centreId === null);
    const chosen = catalogue.length > 0 ? catalogue : ofUnit.filter((row) => row.centreId === centreId);
    if (chosen.length === 0) continue;
    result.set(unitId, {
      unitId,
      source: catalogue.length > 0 ? "catalogue" : "centre",
      outcomes: chosen.map(({ id, ref, title, criteria }) => ({ id, ref, title, criteria })),
    });
  }
  return result;
}

/** Every criterion of the units, flattened, with its outcome. */
export async function criteriaOfUnits(db: Db, centreId: string, unitIds: readonly string[]): Promise<UnitCriterion[]> {
  const outcomes = await outcomesOfUnits(db, centreId, unitIds);
  return [...outcomes.values()].flatMap((unit) =>
    unit.outcomes.flatMap((outcome) =>
      outcome.criteria.map((criterion) => ({
        ...criterion,
        unitId: unit.unitId,
        outcomeRef: outcome.ref,
        outcomeTitle: outcome.title,
      })),
    ),
  );
}

/**
 * Refuses criterion ids that are not criteria this centre assesses the candidate's units against
 * (another centre's typed-in criteria, or a unit outside the qualification). Returns the criteria.
 */
export async function criteriaForAssessment(
  db: Db,
  centreId: string,
  qualificationId: string,
  criterionIds: readonly string[],
): Promise<UnitCriterion[] | null> {
  if (criterionIds.length === 0) return [];
  const found = await db.assessmentCriterion.findMany({
    where: { id: { in: [...criterionIds] }, unit: { qualificationId }, OR: [{ centreId: null }, { centreId }] },
    select: { unitId: true },
  });
  const unitIds = [...new Set(found.map((row) => row.unitId))];
  const usable = await criteriaOfUnits(db, centreId, unitIds);
  const byId = new Map(usable.map((criterion) => [criterion.id, criterion]));
  const chosen = criterionIds.map((id) => byId.get(id));
  return chosen.every((criterion) => criterion !== undefined) ? (chosen as UnitCriterion[]) : null;
}
