import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { recordQualificationCompetenceSchema } from "./schemas";
import { assessorRecordScope, noRecordMessage } from "./scope";
import { removeVerifications } from "./verified";

/**
 * Records that the signed-in person is occupationally competent to assess every unit of one
 * qualification, with one basis (handbook 4.2): one row per unit, all in the action's transaction.
 * Units already listed take the new basis; a changed basis is verified again by each centre.
 * Only qualifications of the person's record's awarding bodies: any other is "not found".
 */
export const recordQualificationCompetence = definePersonalAction({
  name: "professionalRecord.recordQualificationCompetence",
  audit: {
    label: "Recorded every unit of a qualification as one they are competent to assess",
    summary: auditSummary<{
      qualification: string;
      basis: string;
      unitsAdded: number;
      unitsUpdated: number;
      verificationsRemoved?: number;
    }>(),
  },
  input: recordQualificationCompetenceSchema,
  permission: "home.view",
  async handler(input, { tx, access, audit }) {
    const scope = await assessorRecordScope(tx, access);
    if (!scope.keepsRecord) throw new AppError("FORBIDDEN", noRecordMessage);
    const qualification = await tx.qualification.findFirst({
      where: { id: input.qualificationId, awardingBodyId: { in: scope.bodies.map((body) => body.id) }, centreId: null },
      select: { id: true, title: true, qualificationNumber: true, units: { select: { id: true } } },
    });
    if (!qualification) throw notFound("Qualification");
    if (qualification.units.length === 0) {
      const message = "This qualification has no units yet.";
      throw new AppError("INVALID_INPUT", message, { qualificationId: [message] });
    }
    const existing = await tx.occupationalCompetence.findMany({
      where: { userId: access.userId, unitId: { in: qualification.units.map((unit) => unit.id) } },
      select: { id: true, unitId: true, basis: true },
    });
    const byUnit = new Map(existing.map((row) => [row.unitId, row]));
    let unitsAdded = 0;
    let unitsUpdated = 0;
    let verificationsRemoved = 0;
    for (const unit of qualification.units) {
      const before = byUnit.get(unit.id);
      if (!before) {
        await tx.occupationalCompetence.create({ data: { userId: access.userId, unitId: unit.id, basis: input.basis } });
        unitsAdded += 1;
      } else if (before.basis !== input.basis) {
        await tx.occupationalCompetence.update({ where: { id: before.id }, data: { basis: input.basis } });
        verificationsRemoved += await removeVerifications(tx, { occupationalCompetenceId: before.id });
        unitsUpdated += 1;
      }
    }
    await audit({
      centreId: null,
      targetType: "Qualification",
      targetId: qualification.id,
      summary: {
        qualification: `${qualification.qualificationNumber} ${qualification.title}`,
        basis: input.basis,
        unitsAdded,
        unitsUpdated,
        ...(verificationsRemoved > 0 ? { verificationsRemoved } : {}),
      },
    });
    return { unitsAdded, unitsUpdated };
  },
});
