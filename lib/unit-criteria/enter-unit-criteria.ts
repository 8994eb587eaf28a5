import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { enterUnitCriteriaSchema } from "./schemas";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";

export type UnitCriteriaEnteredSummary = { unit: string; after: { outcomes: number; criteria: number; refs: string[] } };

/**
 * A centre admin types in the learning outcomes and assessment criteria of a unit that has none
 * yet (neither published nor typed in by this centre). Saved with the centre's id, all in one
 * transaction: only this centre assesses against it, and no other centre sees it.
 */
export const enterUnitCriteria = defineCentreAction({
  name: "unitCriteria.enter",
  audit: { label: "Typed in a unit's outcomes and criteria", summary: auditSummary<UnitCriteriaEnteredSummary>() },
  input: enterUnitCriteriaSchema,
  permission: "criteria.manage",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    const unit = await tx.unit.findFirst({
      where: { id: input.unitId, qualification: centreQualificationsWhere(access.workspace) },
      select: { id: true, urn: true, title: true },
    });
    if (!unit) throw notFound("Unit");
    // Two admins saving the same unit at once: the second waits, then finds the first's content.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`unit-criteria:${centreId}:${unit.id}`}))`;
    const existing = await tx.learningOutcome.count({ where: { unitId: unit.id, OR: [{ centreId: null }, { centreId }] } });
    if (existing > 0) throw new AppError("CONFLICT", "This unit already has its outcomes and criteria. Reload the page to see them.");

    const refs: string[] = [];
    for (const [o, outcome] of input.outcomes.entries()) {
      const row = await tx.learningOutcome.create({
        data: { centreId, unitId: unit.id, ref: outcome.ref, title: outcome.title, position: o + 1, createdById: access.userId },
      });
      await tx.assessmentCriterion.createMany({
        data: outcome.criteria.map((criterion, c) => ({
          centreId,
          unitId: unit.id,
          learningOutcomeId: row.id,
          ref: criterion.ref,
          text: criterion.text,
          position: c + 1,
        })),
      });
      refs.push(...outcome.criteria.map((criterion) => criterion.ref));
    }
    await audit({
      targetType: "Unit",
      targetId: unit.id,
      summary: { unit: `${unit.urn} ${unit.title}`, after: { outcomes: input.outcomes.length, criteria: refs.length, refs } },
    });
    return { outcomes: input.outcomes.length, criteria: refs.length };
  },
});
