// No "server-only" marker: the demo seed (scripts/seed, which the end-to-end specs also load outside
// Next) stores the example through this; it reaches only the transaction it is given.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { AgeGroup } from "@/lib/rules/qualification-spec";
import { qualificationNumberClash, type ImportDestination } from "./clash";
import { ageGroups } from "./format";
import type { QualificationDocument } from "./schemas";

// Writes a checked qualification with its units, learning outcomes and assessment criteria, in the
// caller's transaction. The qualification number is checked for a clash while holding a lock on
// it, so two imports of the same number at once cannot both land.

export type StoredQualification = { qualificationId: string; units: number; outcomes: number; criteria: number };

export async function storeQualification(
  tx: Prisma.TransactionClient,
  destination: ImportDestination & { importedById: string | null },
  qualification: QualificationDocument,
): Promise<StoredQualification> {
  const { awardingBodyId, centreId } = destination;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`qualification-number:${awardingBodyId}:${qualification.qualificationNumber}`}))`;
  const clash = await qualificationNumberClash(tx, destination, qualification.qualificationNumber);
  if (clash) throw new AppError("CONFLICT", clash, { qualificationNumber: [clash] });

  const approvedAgeGroups = Object.fromEntries(
    ageGroups.map((group) => [group, qualification.approvedAgeGroups.includes(group)]),
  ) as Record<AgeGroup, boolean>;
  const created = await tx.qualification.create({
    data: {
      awardingBodyId,
      centreId,
      qualificationNumber: qualification.qualificationNumber,
      title: qualification.title,
      entryCode: qualification.entryCode ?? null,
      level: qualification.level,
      minimumGuidedLearningHours: qualification.minimumGuidedLearningHours ?? null,
      ruleOfCombination: { groups: qualification.groups, rules: qualification.rules } as Prisma.InputJsonValue,
      approvedAgeGroups,
      unitEntriesAllowed: qualification.unitEntriesAllowed,
      certificationEndDate: qualification.certificationEndDate ? new Date(`${qualification.certificationEndDate}T00:00:00Z`) : null,
      importedById: destination.importedById,
    },
    select: { id: true },
  });

  const units: Prisma.UnitCreateManyInput[] = [];
  const outcomes: Prisma.LearningOutcomeCreateManyInput[] = [];
  const criteria: Prisma.AssessmentCriterionCreateManyInput[] = [];
  for (const unit of qualification.units) {
    const unitId = randomUUID();
    units.push({
      id: unitId,
      qualificationId: created.id,
      urn: unit.urn,
      unitNumber: unit.unitNumber ?? null,
      title: unit.title,
      credit: unit.credit,
      level: unit.level,
      glh: unit.glh,
      group: unit.group,
    });
    unit.learningOutcomes.forEach((outcome, o) => {
      const learningOutcomeId = randomUUID();
      // A centre's own qualification's content belongs to that centre, like content it typed in.
      outcomes.push({
        id: learningOutcomeId,
        centreId,
        unitId,
        ref: outcome.ref,
        title: outcome.title,
        position: o + 1,
        createdById: destination.importedById,
      });
      outcome.criteria.forEach((criterion, c) => {
        criteria.push({ centreId, unitId, learningOutcomeId, ref: criterion.ref, text: criterion.text, position: c + 1 });
      });
    });
  }
  await tx.unit.createMany({ data: units });
  await tx.learningOutcome.createMany({ data: outcomes });
  await tx.assessmentCriterion.createMany({ data: criteria });
  return { qualificationId: created.id, units: units.length, outcomes: outcomes.length, criteria: criteria.length };
}
