import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/errors/app-error";
import { removeOccupationalCompetenceSchema } from "./schemas";

/** Removes a unit from the signed-in person's own list of units they are competent to assess. */
export const removeOccupationalCompetence = definePersonalAction({
  name: "assessorRecord.removeCompetence",
  audit: { label: "Removed a unit they are competent to assess", summary: auditSummary<{ unit: string }>() },
  input: removeOccupationalCompetenceSchema,
  permission: "home.view",
  async handler(input, { tx, access, audit }) {
    const row = await tx.occupationalCompetence.findFirst({
      where: { id: input.occupationalCompetenceId, userId: access.userId },
      include: { unit: { select: { urn: true, title: true } } },
    });
    if (!row) throw notFound("Unit");
    await tx.occupationalCompetence.deleteMany({ where: { id: row.id, userId: access.userId } });
    await audit({
      centreId: null,
      targetType: "OccupationalCompetence",
      targetId: row.id,
      summary: { unit: `${row.unit.urn} ${row.unit.title}` },
    });
    return { id: row.id };
  },
});
