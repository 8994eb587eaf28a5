import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";
import type { VisitPlanSummary } from "./audit-summaries";
import { visitScopeLabel } from "./labels";

// What every change to a visit shares: load it in the centre on the version the admin saw, check
// the qualification it covers, write it only if the version is still the same, describe it.

const visitForChange = {
  id: true,
  version: true,
  status: true,
  visitOn: true,
  externalVerifierName: true,
  purpose: true,
  qualificationId: true,
  final: true,
  reportRecordedOn: true,
} as const;

export type VisitForChange = Prisma.ExternalVerifierVisitGetPayload<{ select: typeof visitForChange }>;

export async function loadVisit(tx: Prisma.TransactionClient, centreId: string, visitId: string): Promise<VisitForChange> {
  const visit = await tx.externalVerifierVisit.findFirst({ where: { id: visitId, centreId }, select: visitForChange });
  if (!visit) throw notFound("Visit");
  return visit;
}

export async function loadVisitForChange(
  tx: Prisma.TransactionClient,
  centreId: string,
  input: { visitId: string; version: number },
): Promise<VisitForChange> {
  const visit = await loadVisit(tx, centreId, input.visitId);
  if (visit.version !== input.version) throw new AppError("STALE");
  return visit;
}

/** Only a planned visit can be changed, cancelled or reported on. */
export function requirePlanned(visit: VisitForChange, doing: string) {
  if (visit.status === "CANCELLED") throw new AppError("CONFLICT", `This visit was cancelled: it cannot be ${doing}.`);
  if (visit.status === "COMPLETED") throw new AppError("CONFLICT", `This visit has taken place: it cannot be ${doing}.`);
}

/** Writes the change on the version loaded; someone else's change in between makes it stale. */
export async function saveVisit(
  tx: Prisma.TransactionClient,
  centreId: string,
  visit: VisitForChange,
  data: Omit<Prisma.ExternalVerifierVisitUncheckedUpdateManyInput, "version">,
) {
  const { count } = await tx.externalVerifierVisit.updateMany({
    where: { id: visit.id, centreId, version: visit.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("STALE");
}

export type CoveredQualification = { id: string; title: string; qualificationNumber: string; certificationEndDate: Date | null };

/**
 * The qualification a visit covers, among those the centre reads (null: all of them); a final visit
 * must take place before the qualification's end date (handbook 5.21.3).
 */
export async function coveredQualification(
  tx: Prisma.TransactionClient,
  access: CentreAccess,
  input: { qualificationId: string; final: boolean; visitOn: string },
): Promise<CoveredQualification | null> {
  if (input.qualificationId === "") return null;
  const qualification = await tx.qualification.findFirst({
    where: { id: input.qualificationId, ...centreQualificationsWhere(access.workspace) },
    select: { id: true, title: true, qualificationNumber: true, certificationEndDate: true },
  });
  if (!qualification) {
    const message = "Choose a qualification from the list.";
    throw new AppError("INVALID_INPUT", message, { qualificationId: [message] });
  }
  if (input.final && qualification.certificationEndDate && input.visitOn >= isoDay(qualification.certificationEndDate)) {
    const message = `The final visit must take place before the qualification's end date (${isoDay(qualification.certificationEndDate)}).`;
    throw new AppError("INVALID_INPUT", message, { visitOn: [message] });
  }
  return qualification;
}

export function planSummary(
  plan: { visitOn: string; externalVerifierName: string | null; purpose: string | null; final: boolean },
  qualification: { title: string; qualificationNumber: string } | null,
): VisitPlanSummary {
  return {
    visitOn: plan.visitOn,
    externalVerifier: plan.externalVerifierName ?? "",
    purpose: plan.purpose ?? "",
    covers: visitScopeLabel(qualification),
    final: plan.final,
  };
}

export const dayOf = (value: string) => new Date(`${value}T00:00:00Z`);
