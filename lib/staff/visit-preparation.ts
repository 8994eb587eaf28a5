import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { cpdStandings } from "@/lib/cpd/cpd-standing";
import { getPrisma } from "@/lib/db/client";
import { isoDay, startOfUtcDay } from "@/lib/format/dates";
import { missingCertificates } from "@/lib/professional-record/certificates";
import type { CpdCompliance } from "@/lib/rules/cpd-compliance";
import { currentSampleSignatures } from "@/lib/sample-signatures/queries";
import { joinedSinceVisit } from "./visit-flags";

// What the next external verifier visit needs from the assessment team (handbook 5.20.2): CVs,
// training and certificates of people new since the last visit, every certificate of a
// qualification held, CPD kept up under the centre's awarding body, and a sample signature list.
// For the centre's admins and its external verifier (professionalRecord.viewTeam).

export type PersonVisitFlags = {
  userId: string;
  /** When they first joined this centre's assessment team (their earliest active assessor/IQA membership). */
  joinedAt: Date;
  /** Joined after the last completed visit (everyone, when there has been none). */
  newSinceVisit: boolean;
  /** Codes of qualifications they hold with no certificate on their record. */
  missingCertificates: string[];
  /** Their CPD status under the centre's awarding body (null when its policy sets no CPD). */
  cpd: CpdCompliance | null;
  hasSampleSignature: boolean;
};

export type VisitPreparation = {
  lastVisit: { visitOn: Date; externalVerifierName: string | null } | null;
  nextVisit: { visitOn: Date; externalVerifierName: string | null } | null;
  people: Map<string, PersonVisitFlags>;
  counts: { newSinceVisit: number; missingCertificates: number; cpdAtRisk: number; cpdNonCompliant: number; noSampleSignature: number };
};

/** Whether the person needs anything for the visit. */
export function needsAttention(flags: PersonVisitFlags): boolean {
  return (
    flags.newSinceVisit ||
    flags.missingCertificates.length > 0 ||
    (flags.cpd !== null && flags.cpd.status !== "compliant") ||
    !flags.hasSampleSignature
  );
}

/**
 * The flags for each active assessor and IQA of the centre, for the next external verifier visit,
 * and the counts for the staff list's summary. Not found for anyone without professionalRecord.viewTeam.
 */
export async function visitPreparation(access: AccessContext, now: Date = new Date()): Promise<VisitPreparation> {
  const centre = requireCentrePermission(access, "professionalRecord.viewTeam", "Visit preparation");
  const db = getPrisma();
  const centreId = centre.workspace.centreId;
  const today = startOfUtcDay(now);
  const [lastVisit, nextVisit, memberships] = await Promise.all([
    db.externalVerifierVisit.findFirst({
      where: { centreId, status: "COMPLETED" },
      orderBy: [{ visitOn: "desc" }, { createdAt: "desc" }],
      select: { visitOn: true, externalVerifierName: true },
    }),
    db.externalVerifierVisit.findFirst({
      where: { centreId, status: "PLANNED", visitOn: { gte: today } },
      orderBy: [{ visitOn: "asc" }, { createdAt: "asc" }],
      select: { visitOn: true, externalVerifierName: true },
    }),
    db.membership.findMany({
      where: {
        centreId,
        role: { in: ["ASSESSOR", "IQA"] },
        status: "ACTIVE",
        OR: [{ expiresOn: null }, { expiresOn: { gte: today } }],
      },
      select: { userId: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const joined = new Map<string, Date>();
  for (const m of memberships) if (!joined.has(m.userId)) joined.set(m.userId, m.createdAt);
  const userIds = [...joined.keys()];
  const [certificates, cpd, signatures] = await Promise.all([
    missingCertificates(db, userIds),
    cpdStandings(db, { awardingBodyId: centre.workspace.awardingBodyId, userIds, asOf: isoDay(now) }),
    currentSampleSignatures(db, userIds),
  ]);
  const people = new Map<string, PersonVisitFlags>();
  const counts = { newSinceVisit: 0, missingCertificates: 0, cpdAtRisk: 0, cpdNonCompliant: 0, noSampleSignature: 0 };
  for (const [userId, joinedAt] of joined) {
    const flags: PersonVisitFlags = {
      userId,
      joinedAt,
      newSinceVisit: joinedSinceVisit(joinedAt, lastVisit?.visitOn ?? null),
      missingCertificates: certificates.get(userId) ?? [],
      cpd: cpd.get(userId) ?? null,
      hasSampleSignature: signatures.has(userId),
    };
    people.set(userId, flags);
    if (flags.newSinceVisit) counts.newSinceVisit++;
    if (flags.missingCertificates.length > 0) counts.missingCertificates++;
    if (flags.cpd?.status === "atRisk") counts.cpdAtRisk++;
    if (flags.cpd?.status === "nonCompliant") counts.cpdNonCompliant++;
    if (!flags.hasSampleSignature) counts.noSampleSignature++;
  }
  return { lastVisit, nextVisit, people, counts };
}
