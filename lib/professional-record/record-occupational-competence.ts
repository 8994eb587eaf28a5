import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { recordOccupationalCompetenceSchema } from "./schemas";
import { assessorRecordScope, noRecordMessage } from "./scope";
import { removeVerifications } from "./verified";

/**
 * Records (or updates the basis of) a unit the signed-in person is occupationally competent to
 * assess (handbook 4.2). Only units of qualifications of the awarding bodies of the person's
 * centres: any other unit is "not found". Changing the basis removes the centres' verifications of it.
 */
export const recordOccupationalCompetence = definePersonalAction({
  name: "assessorRecord.recordCompetence",
  audit: {
    label: "Recorded a unit they are competent to assess",
    summary: auditSummary<{ unit: string; basis: string; before?: { basis: string }; verificationsRemoved?: number }>(),
  },
  input: recordOccupationalCompetenceSchema,
  permission: "home.view",
  async handler(input, { tx, access, audit }) {
    const scope = await assessorRecordScope(tx, access);
    if (!scope.keepsRecord) throw new AppError("FORBIDDEN", noRecordMessage);
    const unit = await tx.unit.findFirst({
      where: { id: input.unitId, qualification: { awardingBodyId: { in: scope.bodies.map((body) => body.id) }, centreId: null } },
      select: { id: true, urn: true, title: true },
    });
    if (!unit) throw notFound("Unit");
    const before = await tx.occupationalCompetence.findUnique({ where: { userId_unitId: { userId: access.userId, unitId: unit.id } } });
    const row = await tx.occupationalCompetence.upsert({
      where: { userId_unitId: { userId: access.userId, unitId: unit.id } },
      create: { userId: access.userId, unitId: unit.id, basis: input.basis },
      update: { basis: input.basis },
    });
    // A changed basis is verified again by each centre.
    const verificationsRemoved =
      before && before.basis !== input.basis ? await removeVerifications(tx, { occupationalCompetenceId: row.id }) : 0;
    await audit({
      centreId: null,
      targetType: "OccupationalCompetence",
      targetId: row.id,
      summary: {
        unit: `${unit.urn} ${unit.title}`,
        basis: input.basis,
        ...(before ? { before: { basis: before.basis } } : {}),
        ...(verificationsRemoved > 0 ? { verificationsRemoved } : {}),
      },
    });
    return { id: row.id };
  },
});
