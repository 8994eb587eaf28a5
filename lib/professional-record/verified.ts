import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { contentSha256 } from "@/lib/signatures/canonical";
import { assessorQualificationStatus, type HeldQualification, type RoleQualification } from "@/lib/rules/assessor-qualifications";
import { problem, warning, listInEnglish } from "@/lib/rules/findings";
import { qualificationStatusPolicyFor } from "./policy";

// The person writes their own assessor record; the centre vouches for it. Handbook 4.2 ("You must
// provide evidence of the training being undertaken or proof of relevant qualifications") and
// 5.20.2 (the centre keeps assessors' certificates and CVs for the external verifier): a row
// counts at a centre only once an admin of that centre has verified it (seen the certificate or
// the CV). Every read here names the centre.

type Db = PrismaClient | Prisma.TransactionClient;

export type QualificationAtCentre = { code: string; held: boolean; verified: boolean };

/**
 * The rule's view of a person's qualifications at one centre.
 *
 * - Held and verified by the centre: achieved, with its proof on file.
 * - Held but not yet verified: counted as working towards it. The person says they hold it,
 *   which at least means they undertook the training; until the centre has seen the certificate
 *   (4.2: "proof of relevant qualifications") their decisions are treated as a trainee's are —
 *   they count only once a verified, qualified colleague countersigns. Counting the claim as
 *   nothing at all would stop them assessing, which 4.2 allows a trainee to do.
 * - Working towards: counted as working towards without verification. A trainee's decisions
 *   never count on their own (4.2: a qualified assessor countersigns), so the centre's check
 *   rests on the countersigner, whose own qualification must be verified.
 */
export function qualificationsAtCentre(rows: readonly QualificationAtCentre[]): HeldQualification[] {
  return rows.map((row) => ({
    code: row.code,
    status: row.held && row.verified ? "achieved" : "workingTowards",
    evidenceOnFile: true,
  }));
}

/** The person's assessor status at a centre from their verified record, with a finding naming what the centre has not yet verified. */
export function assessorStatusAtCentre(
  rows: readonly QualificationAtCentre[],
  centre: { name: string; awardingBodyName: string },
): RoleQualification {
  const policy = qualificationStatusPolicyFor(centre.awardingBodyName);
  const status = assessorQualificationStatus(qualificationsAtCentre(rows), policy);
  const accepted = policy.acceptedAssessorQualifications;
  const unverified = rows
    .filter((row) => row.held && !row.verified)
    .map((row) => accepted.find((qualification) => qualification.code === row.code)?.name)
    .filter((name): name is string => name !== undefined);
  if (status.status === "qualified" || unverified.length === 0) return status;
  return {
    ...status,
    findings: [
      ...status.findings,
      warning(
        "qualification.not-verified",
        `Not yet verified by ${centre.name}: ${listInEnglish(unverified)}. Sign-offs there need countersigning until ${unverified.length === 1 ? "it is" : "they are"}.`,
        "OCR handbook 4.2, 5.20.2",
      ),
    ],
  };
}

/** A person's qualification rows, each with whether the centre has verified it. */
export async function qualificationsVerifiedAt(db: Db, centreId: string, userId: string) {
  const rows = await db.staffQualification.findMany({
    where: { userId },
    select: { id: true, code: true, held: true, achievedOn: true, verifications: { where: { centreId }, select: { id: true } } },
    orderBy: { code: "asc" },
  });
  return rows.map(({ verifications, ...row }) => ({ ...row, verified: verifications.length > 0 }));
}

/** The person's assessor status at the centre, counting only what the centre has verified (see qualificationsAtCentre). */
export async function verifiedAssessorStatus(db: Db, centreId: string, userId: string): Promise<RoleQualification> {
  const [centre, rows] = await Promise.all([
    db.centre.findUniqueOrThrow({ where: { id: centreId }, select: { name: true, awardingBody: { select: { name: true } } } }),
    qualificationsVerifiedAt(db, centreId, userId),
  ]);
  return assessorStatusAtCentre(rows, { name: centre.name, awardingBodyName: centre.awardingBody.name });
}

/**
 * Whether the person may assess the unit at the centre: they listed it as a unit they are
 * occupationally competent to assess and an admin of the centre has verified it. "listed" says
 * whether there is a row at all (for the message when it awaits verification).
 */
export async function verifiedCompetence(db: Db, centreId: string, userId: string, unitId: string) {
  const row = await db.occupationalCompetence.findUnique({
    where: { userId_unitId: { userId, unitId } },
    select: { verifications: { where: { centreId }, select: { id: true } } },
  });
  return { listed: row !== null, verified: (row?.verifications.length ?? 0) > 0 };
}

/** The finding when the person listed the unit but the centre has not verified it yet. */
export function competenceNotVerified(centreName: string, unit: { urn: string; title: string }) {
  return problem(
    "sign-off.competence-not-verified",
    `${centreName} has not yet verified that you are occupationally competent to assess ${unit.title} (${unit.urn}). Another assessor must sign it off until it does.`,
    "OCR handbook 4.2, 5.20.2",
  );
}

/** What a centre admin verifies of a qualification row: the claim as they saw it. */
export function qualificationClaimSha256(row: { code: string; held: boolean; achievedOn: Date | null }): string {
  return contentSha256({ code: row.code, held: row.held, achievedOn: row.achievedOn });
}

/** What a centre admin verifies of a competence row: the unit and the basis as they saw them. */
export function competenceClaimSha256(row: { unitId: string; basis: string }): string {
  return contentSha256({ unitId: row.unitId, basis: row.basis });
}

/**
 * A changed or removed claim needs verifying again, and so does a qualification whose certificate
 * was removed or added (lib/staff-files): every centre's verification of the row goes, in the
 * caller's transaction. Returns how many went, for the audit entry.
 */
export async function removeVerifications(
  tx: Prisma.TransactionClient,
  row: { staffQualificationId: string } | { occupationalCompetenceId: string },
): Promise<number> {
  const { count } = await tx.staffRecordVerification.deleteMany({ where: row });
  return count;
}
