import { newOneTimeToken } from "@/lib/account-tokens/one-time-token";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { recordSystemAuditEvent } from "@/lib/audit/record-system-event";
import { hashPassword } from "@/lib/auth/password-hashing";
import { getPrisma, type Prisma } from "@/lib/db/client";
import { addDays, startOfUtcDay } from "@/lib/format/dates";
import { ocrLevel3DiplomaInCustomerService as ocr } from "@/lib/qualifications/ocr-10380";
import { ocr10380UnitCriteria } from "@/lib/qualifications/ocr-10380-assessment-criteria";
import { isValidUln } from "@/lib/rules/uln";
import { seedAssessmentStories, type StoryCandidate } from "./assessment-stories";
import {
  awardingBodyStaff,
  demoCandidates,
  demoCentres,
  demoIqaJourneys,
  demoJourneys,
  demoPassword,
  demoSignIns,
  demoStaffRecords,
  type DemoCentre,
} from "./demo-data";
import { seedAwardingBodyStories } from "./awarding-body-stories";
import { demoProfessionalRecordJourneys, professionalRecordSignIns } from "./professional-record-data";
import { seedAppealsAndMalpracticeStories } from "./appeals-malpractice-stories";
import { centreOperationsJourneys, seedCentreOperationsStories } from "./centre-operations-stories";
import { seedProfessionalRecordStories } from "./professional-record-stories";
import { resetEvidenceReferences, type SeedUnit } from "./record-builder";
import { seedSamplingStories } from "./sampling-stories";
import { demoSigning } from "./signatures";

// Loads the demo world. With --if-empty (as `npm start` runs it) an existing database is left
// alone, so people's own changes survive restarts; so is one that already holds the demo world.

type Tx = Prisma.TransactionClient;

/** The awarding body's published outcomes and criteria (centreId null) for the units whose criteria are held. */
async function seedCatalogueCriteria(tx: Tx, qualificationId: string): Promise<Map<string, SeedUnit>> {
  const seeded = new Map<string, SeedUnit>();
  for (const source of ocr10380UnitCriteria) {
    const unit = await tx.unit.findFirstOrThrow({
      where: { qualificationId, urn: source.urn },
      select: { id: true, urn: true, title: true },
    });
    const criterionIds = new Map<string, string>();
    for (const [outcomeIndex, outcome] of source.outcomes.entries()) {
      const row = await tx.learningOutcome.create({
        data: { centreId: null, unitId: unit.id, ref: outcome.ref, title: outcome.title, position: outcomeIndex + 1 },
      });
      for (const [index, criterion] of outcome.criteria.entries()) {
        const created = await tx.assessmentCriterion.create({
          data: {
            centreId: null,
            unitId: unit.id,
            learningOutcomeId: row.id,
            ref: criterion.ref,
            text: criterion.text,
            position: index + 1,
          },
        });
        criterionIds.set(criterion.ref, created.id);
      }
    }
    seeded.set(unit.urn, { ...unit, criterionIds, refs: [...criterionIds.keys()] });
  }
  return seeded;
}

async function seedStaffRecords(tx: Tx, units: Map<string, SeedUnit>, userId: (email: string) => string) {
  for (const record of demoStaffRecords) {
    const id = userId(record.email);
    // Each centre the person assesses for has verified their record (its admin saw the certificates
    // and CV): only verified rows count there. A qualification worked towards needs no verifying.
    const centres = await tx.membership.findMany({ where: { userId: id, status: "ACTIVE", role: { in: ["ASSESSOR", "IQA"] } } });
    const verify = async (row: { staffQualificationId: string } | { occupationalCompetenceId: string }) => {
      for (const centreId of new Set(centres.map((membership) => membership.centreId))) {
        const admin = await tx.membership.findFirstOrThrow({ where: { centreId, role: "CENTRE_ADMIN", status: "ACTIVE" } });
        await tx.staffRecordVerification.create({ data: { centreId, ...row, verifiedById: admin.userId } });
      }
    };
    for (const qualification of record.qualifications) {
      const row = await tx.staffQualification.create({
        data: {
          userId: id,
          code: qualification.code,
          held: qualification.held,
          achievedOn: qualification.achievedOn ? new Date(`${qualification.achievedOn}T00:00:00Z`) : null,
        },
      });
      if (row.held) await verify({ staffQualificationId: row.id });
    }
    for (const competence of record.competentIn) {
      const unit = units.get(competence.urn);
      if (!unit) throw new Error(`No demo unit ${competence.urn}.`);
      const row = await tx.occupationalCompetence.create({ data: { userId: id, unitId: unit.id, basis: competence.basis } });
      await verify({ occupationalCompetenceId: row.id });
    }
  }
}

export async function loadDemoWorld(options: { onlyIfEmpty: boolean }): Promise<"loaded" | "skipped"> {
  const db = getPrisma();
  if (options.onlyIfEmpty && (await db.awardingBody.count()) > 0) {
    console.log("Database already has data: demo data not loaded again.");
    return "skipped";
  }
  if ((await db.centre.count({ where: { centreNumber: { in: demoCentres.map((centre) => centre.centreNumber) } } })) > 0) {
    console.log("The demo centres are already loaded: demo data not loaded again.");
    return "skipped";
  }

  const passwordHash = await hashPassword(demoPassword);
  const now = new Date();
  const today = startOfUtcDay(now);
  resetEvidenceReferences();

  await auditedTransaction(
    db,
    async (tx) => {
      const body = await tx.awardingBody.create({
        data: { name: ocr.awardingBody, legalName: "Oxford Cambridge and RSA Examinations" },
      });
      const qualification = await tx.qualification.create({
        data: {
          awardingBodyId: body.id,
          qualificationNumber: ocr.qualificationNumber,
          title: ocr.title,
          entryCode: ocr.entryCode,
          level: ocr.level,
          minimumGuidedLearningHours: ocr.minimumGuidedLearningHours,
          ruleOfCombination: { groups: ocr.groups, rules: ocr.rules },
          units: {
            create: ocr.units.map((u) => ({
              urn: u.urn,
              unitNumber: u.unitNumber,
              title: u.title,
              credit: u.credit,
              level: u.level,
              glh: u.glh,
              group: u.group,
            })),
          },
        },
      });
      const units = await seedCatalogueCriteria(tx, qualification.id);

      const userIds = new Map<string, string>();
      async function userFor(name: string, email: string) {
        const known = userIds.get(email);
        if (known) return known;
        const user = await tx.user.create({ data: { name, email, passwordHash } });
        userIds.set(email, user.id);
        return user.id;
      }
      const userId = (email: string) => {
        const id = userIds.get(email);
        if (!id) throw new Error(`No demo account ${email}.`);
        return id;
      };

      const staffUserId = await userFor(awardingBodyStaff.name, awardingBodyStaff.email);
      await tx.awardingBodyMembership.create({ data: { awardingBodyId: body.id, userId: staffUserId } });

      const centreIds = new Map<DemoCentre["key"], string>();
      for (const centre of demoCentres) {
        const created = await tx.centre.create({
          data: {
            name: centre.name,
            centreNumber: centre.centreNumber,
            awardingBodyId: body.id,
            approvedOn: new Date(`${centre.approvedOn}T00:00:00Z`),
          },
        });
        centreIds.set(centre.key, created.id);
        for (const member of centre.members) {
          const memberId = await userFor(member.name, member.email);
          for (const role of member.roles) {
            await tx.membership.create({
              data: {
                centreId: created.id,
                userId: memberId,
                role,
                isHeadOfCentre: role === "CENTRE_ADMIN" && member.headOfCentre === true,
                expiresOn: member.expiresInDays ? addDays(today, member.expiresInDays) : null,
              },
            });
          }
        }
        // One invitation nobody has answered yet, so the staff list shows that state on first start.
        // Its link was never emailed: "Resend" from the staff list puts one in the outbox.
        const invited = centre.pendingInvitation;
        const invitation = await tx.invitation.create({
          data: {
            centreId: created.id,
            email: invited.email,
            name: invited.name,
            role: invited.role,
            tokenHash: newOneTimeToken().tokenHash,
            expiresAt: addDays(now, 14),
            sentAt: now,
            createdById: userIds.get(centreAdminOf(centre).email) ?? null,
          },
        });
        await recordAuditEvent(tx, {
          centreId: created.id,
          actorUserId: null,
          action: "staff.invite",
          targetType: "Invitation",
          targetId: invitation.id,
          summary: { after: { name: invited.name, email: invited.email, role: invited.role, isHeadOfCentre: false, expiresOn: null } },
        });
      }

      await seedStaffRecords(tx, units, userId);

      // Candidates (RD01): those with an account are linked to it; the others have a pending invitation.
      const candidates = new Map<string, StoryCandidate>();
      for (const person of demoCandidates) {
        const centre = demoCentres.find((c) => c.key === person.centre)!;
        const centreId = centreIds.get(person.centre)!;
        if (person.uln !== null && !isValidUln(person.uln)) throw new Error(`Demo ULN ${person.uln} is not valid.`);
        const startDate = addDays(today, -person.startedDaysAgo);
        const adminId = userId(centreAdminOf(centre).email);
        let invitationId: string | null = null;
        if (!person.account) {
          const invitation = await tx.invitation.create({
            data: {
              centreId,
              email: person.email,
              name: person.name,
              role: "CANDIDATE",
              tokenHash: newOneTimeToken().tokenHash,
              expiresAt: addDays(now, 14),
              sentAt: addDays(now, -Math.min(person.startedDaysAgo, 3)),
              createdById: adminId,
            },
          });
          invitationId = invitation.id;
        } else if (!centre.members.some((member) => member.email === person.email && member.roles.includes("CANDIDATE"))) {
          throw new Error(`Demo candidate ${person.email} has no candidate membership at ${centre.name}.`);
        }
        const entryUnitIds = person.entry === "FULL_AWARD" ? [] : person.entry.units.map((urn) => units.get(urn)!.id);
        const candidate = await tx.candidate.create({
          data: {
            centreId,
            userId: person.account ? userId(person.email) : null,
            invitationId,
            name: person.name,
            email: person.email,
            phone: person.phone,
            address: person.address,
            dateOfBirth: new Date(`${person.dateOfBirth}T00:00:00Z`),
            uln: person.uln,
            publiclyFunded: person.publiclyFunded,
            employer: person.employer,
            workplace: person.workplace,
            qualificationId: qualification.id,
            entryType: person.entry === "FULL_AWARD" ? "FULL_AWARD" : "UNITS",
            entryUnitIds,
            startDate,
            entryConfirmedOn: person.entryConfirmed ? addDays(startDate, 7) : null,
            assessorUserId: userId(person.assessor),
            iqaUserId: userId(person.iqa),
            // Those registered this week have their initial assessment still to come.
            initialAssessmentOn: person.startedDaysAgo >= 14 ? addDays(startDate, -7) : null,
            initialAssessmentOutcome: person.initialAssessmentOutcome,
            specialAssessmentRequirements: person.specialAssessmentRequirements ?? null,
            registeredById: adminId,
            createdAt: addDays(startDate, -7),
          },
        });
        candidates.set(person.email, {
          tx,
          today,
          centreId,
          candidateId: candidate.id,
          candidateUserId: candidate.userId,
          assessorUserId: userId(person.assessor),
          units,
          name: person.name,
        });
      }

      const sign = demoSigning(tx, today);
      await seedAssessmentStories(tx, { today, candidates, userId, units, sign });
      await seedSamplingStories(tx, { today, qualificationId: qualification.id, candidates, userId, units, sign });
      // Issue 8: the Institute and Naace beside OCR, and everyone's professional record.
      const { samIcsApprovedOn } = await seedAwardingBodyStories({ tx, today, ocrBodyId: body.id, userFor, userId });
      await seedProfessionalRecordStories({ tx, today, centreIds, units, userFor, userId, samIcsApprovedOn });

      for (const centre of demoCentres) {
        await recordSystemAuditEvent(tx, {
          centreId: centreIds.get(centre.key)!,
          actorUserId: null,
          action: "centre.demoDataLoaded",
          targetType: "Centre",
          targetId: centreIds.get(centre.key)!,
          summary: {
            centreNumber: centre.centreNumber,
            members: centre.members.length,
            candidates: demoCandidates.filter((candidate) => candidate.centre === centre.key).length,
          },
        });
      }
      // Issue 10: the appeals register and a malpractice case.
      await seedAppealsAndMalpracticeStories(tx, { today, userId });
      // Issue 10: centre operations at Northgate (import, RPL, arrangements, DCS, claims, the visit report, EV access).
      await seedCentreOperationsStories(tx, { today, userId, qualificationId: qualification.id });
    },
    { timeout: 120_000 },
  );
  console.log("Demo data loaded.");
  return "loaded";
}

function centreAdminOf(centre: DemoCentre) {
  const admin = centre.members.find((member) => member.roles.includes("CENTRE_ADMIN"));
  if (!admin) throw new Error(`${centre.name} has no demo centre admin.`);
  return admin;
}

/** The demo sign-ins and which journey each shows (printed at start-up, and in the README). */
export function demoSignInsText(): string {
  const signIns = [...demoSignIns, ...professionalRecordSignIns];
  const width = Math.max(...signIns.map((s) => s.email.length));
  const lines = ["Demo sign-ins (every account's password is the same):", `  password: ${demoPassword}`];
  for (const s of signIns) lines.push(`  ${s.email.padEnd(width)} ${s.who}`);
  lines.push("", "What each account shows (candidates and their assessment record):");
  for (const journey of demoJourneys) {
    lines.push(`  ${journey.email.padEnd(width)} ${journey.journey}`);
  }
  lines.push("", "Internal quality assurance (sampling, feedback to assessors, standardisation):");
  for (const journey of demoIqaJourneys) lines.push(`  ${journey.email.padEnd(width)} ${journey.journey}`);
  lines.push("", "Professional records and awarding-body compliance (CPD, approvals, reviews, schools):");
  for (const journey of demoProfessionalRecordJourneys) lines.push(`  ${journey.email.padEnd(width)} ${journey.journey}`);
  lines.push("", "Centre operations (candidate import, prior learning, arrangements, claims, DCS, visits, the visit pack, EV access):");
  for (const journey of centreOperationsJourneys) lines.push(`  ${journey.email.padEnd(width)} ${journey.journey}`);
  return lines.join("\n");
}
