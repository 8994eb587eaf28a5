import "server-only";
import { isCentreAccess, type AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requirePermission, requireRecordId } from "@/lib/auth/require-permission";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { outcomesOfUnits, type UnitOutcomes } from "./criteria";
import { visibleQualificationsWhere } from "@/lib/qualifications/visibility";

// A unit's page: the unit of the person's awarding body's qualification, and the outcomes and
// criteria they may see (published content, or what their own centre typed in).

/** Matches no centre: someone working outside a centre sees published content only. */
const noCentre = "00000000-0000-0000-0000-000000000000";

export async function getUnitWithCriteria(access: AccessContext, qualificationId: string, unitId: string) {
  requirePermission(access, "qualification.view", "Unit");
  requireRecordId(qualificationId, "Unit");
  requireRecordId(unitId, "Unit");
  const db = getPrisma();
  const unit = await db.unit.findFirst({
    where: { id: unitId, qualificationId, qualification: visibleQualificationsWhere(access) },
    include: { qualification: { select: { id: true, title: true } } },
  });
  if (!unit) throw notFound("Unit");
  const centreId = isCentreAccess(access) ? access.workspace.centreId : noCentre;
  const content: UnitOutcomes = (await outcomesOfUnits(db, centreId, [unit.id])).get(unit.id)!;
  const mayType = isCentreAccess(access) && rolesCan(access.workspace.roles, "criteria.manage") && content.source === "none";
  return { unit, content, mayType };
}

/** For the qualification page: which of its units have outcomes and criteria this person can see. */
export async function unitsWithCriteria(access: AccessContext, unitIds: readonly string[]): Promise<Set<string>> {
  requirePermission(access, "qualification.view");
  const centreId = isCentreAccess(access) ? access.workspace.centreId : noCentre;
  const content = await outcomesOfUnits(getPrisma(), centreId, unitIds);
  return new Set([...content.values()].filter((unit) => unit.source !== "none").map((unit) => unit.unitId));
}
