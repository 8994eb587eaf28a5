import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { iqaQualificationStatus, type RoleQualification } from "@/lib/rules/assessor-qualifications";
import { ownCpdStatuses } from "@/lib/cpd/queries";
import { awardingBodyPolicies } from "@/lib/policies/awarding-body-policy";
import type { AwardingBodyPolicy } from "@/lib/rules/policies";
import { schemeOfPolicy } from "@/lib/approvals/lifecycle";
import { approvalKey, approvalStandings, type ApprovalStanding } from "./approval-standing";
import { acceptedQualificationChoices, qualificationStatusPolicyFor, standingWithCertificates } from "./policy";
import { assessorRecordScope } from "./scope";
import { assessorStatusAtCentre, competenceClaimSha256, qualificationClaimSha256, qualificationsAtCentre } from "./verified";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";

// Reads of the person-level assessor record (StaffQualification, OccupationalCompetence). These
// rows carry no centre: the person reads their own; a centre admin reads a staff member's only
// through the centre's membership, and only what concerns the centre's awarding body.

/** A person's status at one centre: their rows as that centre has verified them (lib/professional-record/verified.ts). */
export type CentreStanding = { centreId: string; centreName: string; assessor: RoleQualification; iqa: RoleQualification };

function standingAtCentre(
  centre: { id: string; name: string; awardingBodyName: string },
  rows: readonly { code: string; held: boolean; verifiedAt: readonly string[] }[],
): CentreStanding {
  const atCentre = rows.map((row) => ({ code: row.code, held: row.held, verified: row.verifiedAt.includes(centre.id) }));
  return {
    centreId: centre.id,
    centreName: centre.name,
    assessor: assessorStatusAtCentre(atCentre, { name: centre.name, awardingBodyName: centre.awardingBodyName }),
    iqa: iqaQualificationStatus(qualificationsAtCentre(atCentre), qualificationStatusPolicyFor(centre.awardingBodyName)),
  };
}

/** A centre's verification of a row, as the staff page shows it ("Verified for this centre on … by …"). */
const verificationSelect = { centreId: true, verifiedAt: true, verifiedBy: { select: { name: true } } } as const;

const competenceSelect = {
  id: true,
  basis: true,
  createdAt: true,
  verifications: { select: { centreId: true } },
  unit: {
    select: {
      id: true,
      urn: true,
      title: true,
      qualification: { select: { id: true, title: true, qualificationNumber: true, awardingBodyId: true } },
    },
  },
} as const;

const fileSelect = { id: true, kind: true, fileName: true, contentType: true, byteSize: true, createdAt: true } as const;

/** The signed-in person's own record, with what they may add to it and what it makes of them. */
export async function getOwnAssessorRecord(access: AccessContext, now: Date = new Date()) {
  const db = getPrisma();
  const scope = await assessorRecordScope(db, access);
  const bodyIds = scope.bodies.map((body) => body.id);
  const [qualifications, competences, qualificationsWithUnits, files, policies, cpd] = await Promise.all([
    db.staffQualification.findMany({
      where: { userId: access.userId },
      include: {
        verifications: { select: { centreId: true } },
        certificates: { where: { kind: "CERTIFICATE" }, select: fileSelect, orderBy: { createdAt: "asc" } },
      },
      orderBy: { code: "asc" },
    }),
    db.occupationalCompetence.findMany({
      where: { userId: access.userId },
      select: competenceSelect,
      orderBy: [{ unit: { qualification: { title: "asc" } } }, { unit: { unitNumber: "asc" } }, { unit: { urn: "asc" } }],
    }),
    bodyIds.length === 0
      ? []
      : db.qualification.findMany({
          where: { awardingBodyId: { in: bodyIds }, centreId: null },
          select: {
            id: true,
            title: true,
            qualificationNumber: true,
            units: { select: { id: true, urn: true, title: true, unitNumber: true }, orderBy: [{ unitNumber: "asc" }, { urn: "asc" }] },
          },
          orderBy: { title: "asc" },
        }),
    db.staffFile.findMany({
      where: { userId: access.userId, kind: { in: ["CV", "ROLE_PROFILE"] } },
      select: fileSelect,
      orderBy: { createdAt: "desc" },
    }),
    awardingBodyPolicies(db, bodyIds),
    ownCpdStatuses(db, access, now),
  ]);
  const bodyName = new Map(scope.bodies.map((body) => [body.id, body.name]));
  const verifiedRows = qualifications.map((row) => ({ ...row, verifiedAt: row.verifications.map((v) => v.centreId) }));
  const centres = scope.centres.map((centre) => ({ id: centre.centreId, name: centre.name, roles: centre.roles }));
  const centreName = new Map(centres.map((centre) => [centre.id, centre.name]));
  /** "Verified by Northgate College; not yet by Riverside Training" for a row. */
  const verifiedBy = (centreIds: readonly string[]) => ({
    by: centres.filter((centre) => centreIds.includes(centre.id)).map((centre) => centre.name),
    notBy: centres.filter((centre) => !centreIds.includes(centre.id)).map((centre) => centre.name),
  });
  const certified = qualifications.map((row) => ({ code: row.code, held: row.held, hasCertificate: row.certificates.length > 0 }));
  const centreStandings = scope.centres.map((centre) =>
    standingAtCentre(
      {
        id: centre.centreId,
        name: centreName.get(centre.centreId) ?? centre.name,
        awardingBodyName: bodyName.get(centre.awardingBodyId) ?? "",
      },
      verifiedRows,
    ),
  );
  const approvals = await approvalStandings(db, { userIds: [access.userId], awardingBodyIds: bodyIds });
  const bodyStandings = scope.bodies.map((body) => {
    const policy = policies.get(body.id);
    const bodyCentres = scope.centres.filter((centre) => centre.awardingBodyId === body.id);
    const approvedBy = scope.approvals.some((approval) => approval.awardingBodyId === body.id);
    const roles = {
      assessor: approvedBy || bodyCentres.some((centre) => centre.roles.includes("ASSESSOR")),
      iqa: bodyCentres.some((centre) => centre.roles.includes("IQA")),
    };
    /** The centres of this body that count the role as qualified from what they verified. */
    const qualifiedAt = (role: "assessor" | "iqa") =>
      bodyCentres
        .filter((centre) => centre.roles.includes(role === "iqa" ? "IQA" : "ASSESSOR"))
        .filter((centre) => centreStandings.find((standing) => standing.centreId === centre.centreId)?.[role].status === "qualified")
        .map((centre) => centreName.get(centre.centreId) ?? centre.name);
    // The qualification-status rule (OCR handbook 4.2, 4.4) applies only under a body whose policy sets it.
    const statusPolicy = policy?.qualificationStatus ?? null;
    const qualification = statusPolicy ? standingWithCertificates(body, statusPolicy, certified) : null;
    /** Names of the role's accepted qualifications the person holds with no certificate on their record. */
    const withoutCertificate = (role: "assessor" | "iqa") => {
      const accepted = statusPolicy
        ? role === "iqa"
          ? statusPolicy.acceptedIqaQualifications
          : statusPolicy.acceptedAssessorQualifications
        : [];
      return certified
        .filter((row) => row.held && !row.hasCertificate)
        .flatMap((row) => accepted.filter((qualification) => qualification.code === row.code).map((qualification) => qualification.name));
    };
    return {
      awardingBodyId: body.id,
      awardingBodyName: body.name,
      /** The person's status under the body's accepted-qualification list, for the roles they hold under it; null where the body sets none. */
      assessor:
        qualification && roles.assessor
          ? { status: qualification.assessor, qualifiedAt: qualifiedAt("assessor"), withoutCertificate: withoutCertificate("assessor") }
          : null,
      iqa:
        qualification && roles.iqa
          ? { status: qualification.iqa, qualifiedAt: qualifiedAt("iqa"), withoutCertificate: withoutCertificate("iqa") }
          : null,
      /** Where the body runs an approval lifecycle (the Institute, Naace): the person's approval by it, or null when none is recorded. */
      approval: policy && schemeOfPolicy(policy) !== null ? { standing: approvals.get(approvalKey(body.id, access.userId)) ?? null } : null,
    };
  });
  return {
    keepsRecord: scope.keepsRecord,
    centres,
    /** The awarding bodies that approved the person (a Naace assessor may have no centre). */
    approvals: scope.approvals.map((body) => ({ id: body.awardingBodyId, name: body.name })),
    bodies: scope.bodies,
    choices: acceptedQualificationChoices(scope.bodies.map((body) => body.name)),
    /**
     * Per awarding body: under a body with an accepted-qualification list, the status the person's
     * own record (with its certificates) gives them for the roles they hold under it; under a body
     * with an approval lifecycle, their approval by it.
     */
    bodyStandings,
    /** CV and role profile files, newest first. */
    files,
    cpd,
    /** Per centre: the centre counts only what it has verified. */
    centreStandings,
    /** Names of the awarding bodies (by centre id) that set no accepted-qualification list: sign-off at their centres applies OCR's (lib/professional-record/verified.ts). */
    centresWithoutOwnList: new Map(
      scope.centres
        .filter((centre) => !policies.get(centre.awardingBodyId)?.qualificationStatus)
        .map((centre) => [centre.centreId, bodyName.get(centre.awardingBodyId) ?? ""]),
    ),
    qualifications: verifiedRows.map((row) => ({ ...row, verification: verifiedBy(row.verifiedAt) })),
    competences: competences.map((row) => ({ ...row, verification: verifiedBy(row.verifications.map((v) => v.centreId)) })),
    qualificationsWithUnits,
  };
}
/**
 * The stored policies of the awarding bodies the signed-in person's record answers to (their
 * centres' bodies and the bodies that approved them): which bodies' codes their record pages cite.
 */
export async function ownRecordPolicies(access: AccessContext): Promise<AwardingBodyPolicy[]> {
  const db = getPrisma();
  const scope = await assessorRecordScope(db, access);
  return [
    ...(
      await awardingBodyPolicies(
        db,
        scope.bodies.map((body) => body.id),
      )
    ).values(),
  ];
}

export type OwnAssessorRecord = Awaited<ReturnType<typeof getOwnAssessorRecord>>;
export type OwnBodyStanding = OwnAssessorRecord["bodyStandings"][number];
export type { ApprovalStanding };

/**
 * A staff member's record as their centre admin sees it (read-only): the qualifications and the
 * status under the centre's awarding body, and the units of that body's qualifications they are
 * competent to assess. The person must be a member of the active centre.
 */
export async function getStaffMemberAssessorRecord(access: AccessContext, userId: string) {
  const centre = requireCentrePermission(access, "staff.view", "Staff member");
  const db = getPrisma();
  const memberships = await db.membership.findMany({
    where: { centreId: centre.workspace.centreId, userId, status: "ACTIVE" },
    select: { role: true },
  });
  const anyMembership = await db.membership.findFirst({ where: { centreId: centre.workspace.centreId, userId }, select: { id: true } });
  if (!anyMembership) throw notFound("Staff member");
  const [body, qualifications, competences] = await Promise.all([
    db.awardingBody.findUniqueOrThrow({ where: { id: centre.workspace.awardingBodyId }, select: { id: true, name: true } }),
    db.staffQualification.findMany({
      where: { userId },
      include: { verifications: { where: { centreId: centre.workspace.centreId }, select: verificationSelect } },
      orderBy: { code: "asc" },
    }),
    db.occupationalCompetence.findMany({
      where: { userId, unit: { qualification: centreQualificationsWhere(centre.workspace) } },
      select: {
        ...competenceSelect,
        unitId: true,
        verifications: { where: { centreId: centre.workspace.centreId }, select: verificationSelect },
      },
      orderBy: [{ unit: { qualification: { title: "asc" } } }, { unit: { unitNumber: "asc" } }, { unit: { urn: "asc" } }],
    }),
  ]);
  const choices = acceptedQualificationChoices([body.name]);
  return {
    /** The roles the person holds at this centre: which of the two statuses concern it. */
    roles: { assessor: memberships.some((row) => row.role === "ASSESSOR"), iqa: memberships.some((row) => row.role === "IQA") },
    /** As this centre has verified the rows. */
    standing: standingAtCentre(
      { id: centre.workspace.centreId, name: centre.workspace.name, awardingBodyName: body.name },
      qualifications.map((row) => ({ ...row, verifiedAt: row.verifications.map((v) => v.centreId) })),
    ),
    // Only the qualifications this awarding body recognises concern the centre.
    qualifications: qualifications
      .filter((row) => choices.some((choice) => choice.code === row.code))
      .map((row) => ({
        ...row,
        name: choices.find((choice) => choice.code === row.code)?.name ?? row.code,
        verified: row.verifications.length > 0,
        /** This centre's verification: when and by whom. */
        verification: row.verifications[0] ?? null,
        /** The row as shown: what a verification from this page vouches for. */
        claimSha256: qualificationClaimSha256(row),
      })),
    competences: competences.map((row) => ({
      ...row,
      verified: row.verifications.some((v) => v.centreId === centre.workspace.centreId),
      verification: row.verifications[0] ?? null,
      claimSha256: competenceClaimSha256(row),
    })),
  };
}
