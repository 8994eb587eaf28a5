import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import { centreConflictDeclarations } from "@/lib/conflicts/rule-declarations";
import type { Prisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";
import type { CheckQualification, CheckStaff, ImportCheckContext } from "./check-row";
import { qualificationKey } from "./read-values";

// Everything the row check needs of the centre, read once per file (not once per row): the
// qualifications it may enter for, its active assessors and IQAs, its registrations and the
// conflict-of-interest declarations about it and its candidates.

export async function loadCheckContext(tx: Prisma.TransactionClient, access: CentreAccess, now: Date): Promise<ImportCheckContext> {
  const centreId = access.workspace.centreId;
  // One after another: a transaction is one connection.
  const qualifications = await tx.qualification.findMany({ where: centreQualificationsWhere(access.workspace), include: { units: true } });
  const staff = await tx.membership.findMany({
    where: { centreId, status: "ACTIVE", role: { in: ["ASSESSOR", "IQA"] } },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
  });
  const existing = await tx.candidate.findMany({
    where: { centreId },
    select: {
      id: true,
      email: true,
      uln: true,
      dateOfBirth: true,
      qualificationId: true,
      entryType: true,
      entryUnitIds: true,
      status: true,
    },
  });
  const declarations = await centreConflictDeclarations(tx, { centreId });
  const byKey = new Map<string, CheckQualification>();
  for (const qualification of qualifications) {
    byKey.set(qualificationKey(qualification.qualificationNumber), qualification);
    if (qualification.entryCode) byKey.set(qualificationKey(qualification.entryCode), qualification);
  }
  const people = (role: "ASSESSOR" | "IQA") =>
    new Map<string, CheckStaff>(
      staff
        .filter((row) => row.role === role)
        .map((row) => [row.user.email.toLowerCase(), { userId: row.user.id, name: row.user.name, email: row.user.email }]),
    );
  return {
    centreId,
    today: isoDay(now),
    qualifications: byKey,
    assessors: people("ASSESSOR"),
    iqas: people("IQA"),
    existing: existing.map((row) => ({ ...row, dateOfBirth: isoDay(row.dateOfBirth) })),
    declarations,
  };
}
