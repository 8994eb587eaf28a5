import { newOneTimeToken } from "@/lib/account-tokens/one-time-token";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { recordSystemAuditEvent } from "@/lib/audit/record-system-event";
import { hashPassword } from "@/lib/auth/password-hashing";
import { getPrisma } from "@/lib/db/client";
import { addDays, startOfUtcDay } from "@/lib/format/dates";
import { ocrLevel3DiplomaInCustomerService as ocr } from "@/lib/qualifications/ocr-10380";
import { awardingBodyStaff, demoCentres, demoPassword, demoSignIns } from "./seed/demo-data";

// Loads the demo world. With --if-empty (as `npm start` runs it) an existing database is left
// alone, so people's own changes survive restarts.

async function seed() {
  const db = getPrisma();
  const onlyIfEmpty = process.argv.includes("--if-empty");
  if (onlyIfEmpty && (await db.awardingBody.count()) > 0) {
    console.log("Database already has data: demo data not loaded again.");
    return;
  }

  const passwordHash = await hashPassword(demoPassword);
  const now = new Date();

  await auditedTransaction(
    db,
    async (tx) => {
      const body = await tx.awardingBody.create({
        data: { name: ocr.awardingBody, legalName: "Oxford Cambridge and RSA Examinations" },
      });
      await tx.qualification.create({
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

      const userIds = new Map<string, string>();
      async function userFor(name: string, email: string) {
        const known = userIds.get(email);
        if (known) return known;
        const user = await tx.user.create({ data: { name, email, passwordHash } });
        userIds.set(email, user.id);
        return user.id;
      }

      const staffUserId = await userFor(awardingBodyStaff.name, awardingBodyStaff.email);
      await tx.awardingBodyMembership.create({ data: { awardingBodyId: body.id, userId: staffUserId } });

      for (const centre of demoCentres) {
        const created = await tx.centre.create({
          data: {
            name: centre.name,
            centreNumber: centre.centreNumber,
            awardingBodyId: body.id,
            approvedOn: new Date(`${centre.approvedOn}T00:00:00Z`),
          },
        });
        for (const member of centre.members) {
          const userId = await userFor(member.name, member.email);
          for (const role of member.roles) {
            await tx.membership.create({
              data: {
                centreId: created.id,
                userId,
                role,
                isHeadOfCentre: role === "CENTRE_ADMIN" && member.headOfCentre === true,
                expiresOn: member.expiresInDays ? addDays(startOfUtcDay(now), member.expiresInDays) : null,
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
            createdById: userIds.get(centre.members.find((m) => m.roles.includes("CENTRE_ADMIN"))!.email) ?? null,
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
        await recordSystemAuditEvent(tx, {
          centreId: created.id,
          actorUserId: null,
          action: "centre.demoDataLoaded",
          targetType: "Centre",
          targetId: created.id,
          summary: { centreNumber: centre.centreNumber, members: centre.members.length },
        });
      }
    },
    { timeout: 60_000 },
  );
  console.log("Demo data loaded.");
}

function printSignIns() {
  console.log("\nDemo sign-ins (every account's password is the same):");
  console.log(`  password: ${demoPassword}`);
  for (const s of demoSignIns) console.log(`  ${s.email.padEnd(36)} ${s.who}`);
  console.log("");
}

seed()
  .then(printSignIns)
  .then(() => getPrisma().$disconnect())
  .catch(async (error) => {
    console.error("Seeding failed:", error);
    await getPrisma().$disconnect();
    process.exit(1);
  });
