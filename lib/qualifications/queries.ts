import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { requirePermission, requireRecordId } from "@/lib/auth/require-permission";
import { visibleQualificationsWhere } from "@/lib/qualifications/visibility";
import { isCentreAccess } from "@/lib/auth/access-context";
import { outcomesOfUnits, type UnitOutcomes } from "@/lib/unit-criteria/criteria";

/** Matches no centre: someone working outside a centre sees published content only. */
const noCentre = "00000000-0000-0000-0000-000000000000";

/** The qualifications of the awarding body that approved the person's centre (or employs them). */
export async function listQualifications(access: AccessContext) {
  requirePermission(access, "qualification.view");
  return getPrisma().qualification.findMany({
    where: visibleQualificationsWhere(access),
    include: { _count: { select: { units: true } } },
    orderBy: { title: "asc" },
  });
}

export async function getQualificationWithUnits(access: AccessContext, qualificationId: string) {
  requirePermission(access, "qualification.view", "Qualification");
  requireRecordId(qualificationId, "Qualification");
  const qualification = await getPrisma().qualification.findFirst({
    where: { id: qualificationId, ...visibleQualificationsWhere(access) },
    include: { units: { orderBy: [{ group: "asc" }, { unitNumber: "asc" }] }, awardingBody: true },
  });
  if (!qualification) throw notFound("Qualification");
  // Who imported it (lib/qualification-import): null for the built-in catalogue.
  const importedBy = qualification.importedById
    ? await getPrisma().user.findUnique({ where: { id: qualification.importedById }, select: { name: true } })
    : null;
  return { ...qualification, importedBy };
}

/**
 * The outcomes and criteria of a visible qualification's units, as this person's centre assesses
 * them (published content, or the centre's own). Call with the units of getQualificationWithUnits.
 */
export async function outcomesOfQualificationUnits(access: AccessContext, unitIds: readonly string[]): Promise<Map<string, UnitOutcomes>> {
  requirePermission(access, "qualification.view");
  return outcomesOfUnits(getPrisma(), isCentreAccess(access) ? access.workspace.centreId : noCentre, unitIds);
}
