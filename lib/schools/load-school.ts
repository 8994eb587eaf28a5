import "server-only";
import type { AwardingBodyAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import type { IctMarkPolicy } from "@/lib/rules/ict-mark";

// What every school action starts from: the body runs the ICT Mark, the school is this body's
// (another body's school is "not found", like a missing one), and the version the person saw is
// still the school's.

export const noIctMarkMessage =
  "Schools and the ICT Mark are Naace's scheme: this awarding body's policy has no ICT Mark, so it keeps no schools.";

/** The body's ICT Mark policy; refused when the body runs none. */
export async function requireIctMarkPolicy(tx: Prisma.TransactionClient, access: AwardingBodyAccess): Promise<IctMarkPolicy> {
  const { ictMark } = await awardingBodyPolicy(tx, access.workspace.awardingBodyId);
  if (!ictMark) throw new AppError("FORBIDDEN", noIctMarkMessage);
  return ictMark;
}

export async function loadSchoolForChange(tx: Prisma.TransactionClient, access: AwardingBodyAccess, schoolId: string, version: number) {
  const school = await tx.school.findFirst({ where: { id: schoolId, awardingBodyId: access.workspace.awardingBodyId } });
  if (!school) throw notFound("School");
  const policy = await requireIctMarkPolicy(tx, access);
  if (school.version !== version) throw new AppError("STALE");
  return { school, policy };
}

/** Writes a change only if nobody changed the school since it was loaded. */
export async function updateSchoolAtVersion(
  tx: Prisma.TransactionClient,
  access: AwardingBodyAccess,
  school: { id: string; version: number },
  data: Prisma.SchoolUpdateManyMutationInput,
): Promise<void> {
  const { count } = await tx.school.updateMany({
    where: { id: school.id, awardingBodyId: access.workspace.awardingBodyId, version: school.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("STALE");
}

/** A school's name is unique within its body: a clash is told next to the name field. */
export async function assertNameFree(
  tx: Prisma.TransactionClient,
  access: AwardingBodyAccess,
  name: string,
  exceptSchoolId?: string,
): Promise<void> {
  const clash = await tx.school.findFirst({
    where: {
      awardingBodyId: access.workspace.awardingBodyId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptSchoolId ? { id: { not: exceptSchoolId } } : {}),
    },
    select: { id: true },
  });
  if (clash) {
    const message = "A school with this name is already on your list.";
    throw new AppError("CONFLICT", message, { name: [message] });
  }
}

export type SchoolAuditFields = { name: string; urn: string | null; contactEmail: string | null };
