import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { requirePermission, requireRecordId } from "@/lib/auth/require-permission";
import { visibleQualificationsWhere } from "@/lib/qualifications/visibility";

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
  return qualification;
}
