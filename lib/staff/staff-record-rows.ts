import "server-only";
import { acceptedQualificationChoices } from "@/lib/professional-record/policy";
import { competenceClaimSha256, qualificationClaimSha256 } from "@/lib/professional-record/verified";
import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { staffRoles } from "@/lib/rules/staff-membership";
import type { StaffRecordVerificationSummary } from "./audit-summaries";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";

type Tx = Prisma.TransactionClient;

/**
 * The row of a staff member's assessor record that a centre admin verifies (or withdraws), locked
 * against the person's own change until the admin's transaction ends. The person must work at the
 * active centre now (an active staff membership); the row must be theirs and concern the centre
 * (a qualification its awarding body accepts, a unit of one of its qualifications). Anything else,
 * another centre's people included, is "not found".
 */
export async function loadStaffRecordRow(
  tx: Tx,
  access: CentreAccess,
  input: { membershipId: string; kind: "qualification" | "competence"; rowId: string },
) {
  const centreId = access.workspace.centreId;
  const membership = await tx.membership.findFirst({
    where: { id: input.membershipId, centreId, role: { in: [...staffRoles] } },
    include: { user: { select: { email: true } } },
  });
  if (!membership) throw notFound("Staff member");
  if (membership.status !== "ACTIVE") {
    throw new AppError("CONFLICT", "This person no longer works here: only a current staff member's record can be verified.");
  }
  const person = membership.user.email;
  if (input.kind === "qualification") {
    await tx.$executeRaw`SELECT 1 FROM "StaffQualification" WHERE id = ${input.rowId}::uuid AND "userId" = ${membership.userId}::uuid FOR UPDATE`;
    const row = await tx.staffQualification.findFirst({ where: { id: input.rowId, userId: membership.userId } });
    const body = await tx.awardingBody.findUniqueOrThrow({ where: { id: access.workspace.awardingBodyId }, select: { name: true } });
    if (!row || !acceptedQualificationChoices([body.name]).some((choice) => choice.code === row.code)) throw notFound("Qualification");
    const summary: StaffRecordVerificationSummary = {
      person,
      kind: "qualification",
      row: { code: row.code, held: row.held, achievedOn: row.achievedOn ? isoDay(row.achievedOn) : null },
    };
    return {
      where: { staffQualificationId: row.id },
      claimSha256: qualificationClaimSha256(row),
      summary,
      targetId: row.id,
      userId: membership.userId,
    };
  }
  await tx.$executeRaw`SELECT 1 FROM "OccupationalCompetence" WHERE id = ${input.rowId}::uuid AND "userId" = ${membership.userId}::uuid FOR UPDATE`;
  const row = await tx.occupationalCompetence.findFirst({
    where: { id: input.rowId, userId: membership.userId, unit: { qualification: centreQualificationsWhere(access.workspace) } },
    include: { unit: { select: { urn: true, title: true } } },
  });
  if (!row) throw notFound("Unit");
  const summary: StaffRecordVerificationSummary = {
    person,
    kind: "competence",
    row: { unit: `${row.unit.urn} ${row.unit.title}`, basis: row.basis },
  };
  return {
    where: { occupationalCompetenceId: row.id },
    claimSha256: competenceClaimSha256(row),
    summary,
    targetId: row.id,
    userId: membership.userId,
  };
}
