import { workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createCentre, createUser } from "./centre-world";

// Two awarding bodies for the professional-record and compliance tests: an Institute-style body
// (ICS lifecycle) with a centre, its staff member and an approved assessor, and a Naace-style body
// with its staff member, an approved assessor and a school. Names start with the built-in policy's
// code, so each body starts from that policy (lib/policies/awarding-body-policy.ts).

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createAwardingBodyWorld() {
  const db = getPrisma();
  const ics = await db.awardingBody.create({ data: { name: `ICS ${unique()}`, legalName: "The Institute of Customer Service" } });
  const naace = await db.awardingBody.create({ data: { name: `NAACE ${unique()}`, legalName: "Naace" } });
  const icsCentre = await createCentre("Gamma Contact Academy", ics.id);

  const icsStaff = await createUser("Isla Institute");
  await db.awardingBodyMembership.create({ data: { awardingBodyId: ics.id, userId: icsStaff.id } });
  const naaceStaff = await createUser("Nia Naace");
  await db.awardingBodyMembership.create({ data: { awardingBodyId: naace.id, userId: naaceStaff.id } });

  // The Institute's assessor works at its centre and holds single sign-off.
  const icsAssessor = await createUser("Ivan Assessor");
  await db.membership.create({ data: { centreId: icsCentre.id, userId: icsAssessor.id, role: "ASSESSOR" } });
  const icsApproval = await db.assessorApproval.create({
    data: {
      awardingBodyId: ics.id,
      userId: icsAssessor.id,
      scheme: "ICS",
      state: "singleSignOff",
      approvedOn: new Date("2025-09-01"),
      events: {
        create: [
          {
            awardingBodyId: ics.id,
            sequence: 1,
            type: "attendWorkshopDayTwo",
            event: { type: "attendWorkshopDayTwo", on: "2025-07-01" },
            occurredOn: new Date("2025-07-01"),
            reason: "Attended",
          },
          {
            awardingBodyId: ics.id,
            sequence: 2,
            type: "completeTraining",
            event: { type: "completeTraining", on: "2025-07-20" },
            occurredOn: new Date("2025-07-20"),
            reason: "Completed",
          },
          {
            awardingBodyId: ics.id,
            sequence: 3,
            type: "grantSingleSignOff",
            event: { type: "grantSingleSignOff", on: "2025-09-01" },
            occurredOn: new Date("2025-09-01"),
            reason: "Signed off",
          },
        ],
      },
    },
  });

  // Naace's assessor is registered (pen portrait and signed code), awaiting the moderated assessment.
  const naaceAssessor = await createUser("Nora Assessor");
  const naaceApproval = await db.assessorApproval.create({
    data: {
      awardingBodyId: naace.id,
      userId: naaceAssessor.id,
      scheme: "NAACE",
      state: "registered",
      organisation: "Self-employed",
      approvedOn: new Date("2025-10-01"),
      events: {
        create: [
          {
            awardingBodyId: naace.id,
            sequence: 1,
            type: "register",
            event: { type: "register", on: "2025-10-01", penPortraitSubmitted: true, codeOfPracticeSigned: true },
            occurredOn: new Date("2025-10-01"),
            reason: "Pen portrait and signed code received",
          },
        ],
      },
    },
  });
  const school = await db.school.create({
    data: {
      awardingBodyId: naace.id,
      name: `Hillside Primary ${unique()}`,
      contactEmail: "head@hillside.test",
      ictMarkAwardedOn: new Date("2024-01-10"),
    },
  });

  // A school row under the Institute (which runs no ICT Mark), only so that the isolation tests
  // have another body's school to name; its ICT Mark would be due for renewal under Naace's policy.
  const icsSchool = await db.school.create({
    data: {
      awardingBodyId: ics.id,
      name: `Institute School ${unique()}`,
      contactEmail: "office@institute-school.test",
      ictMarkAwardedOn: new Date("2024-01-10"),
    },
  });

  // A change of circumstance the Institute's assessor notified to the Institute, not yet acknowledged.
  const icsChange = await db.circumstanceChange.create({
    data: {
      userId: icsAssessor.id,
      awardingBodyId: ics.id,
      kind: "EMPLOYER",
      details: "Moved to Delta Training as a senior assessor.",
      effectiveOn: new Date("2026-01-05"),
    },
  });

  // A closed supporting review (a past breach, resolved) and a completed quality-assurance request of
  // the Institute, only so that the isolation tests have another body's review and request to name.
  // Closed and completed, so no open count anywhere includes them.
  const icsPastReview = await db.supportingReview.create({
    data: {
      awardingBodyId: ics.id,
      approvalId: icsApproval.id,
      openedOn: new Date("2025-10-01"),
      status: "CLOSED",
      closedOn: new Date("2025-11-01"),
      outcome: "Resolved with advice.",
    },
  });
  const icsPastQaRequest = await db.qualityAssuranceRequest.create({
    data: {
      awardingBodyId: ics.id,
      assessorUserId: icsAssessor.id,
      kind: "REVIEW_CPD_LOG",
      details: "Send your CPD log for the year.",
      requestedOn: new Date("2025-10-01"),
      dueOn: new Date("2025-10-29"),
      status: "COMPLETED",
      completedOn: new Date("2025-10-20"),
      outcome: "Log complete.",
      requestedById: icsStaff.id,
      completedById: icsStaff.id,
    },
  });

  return {
    ics,
    naace,
    icsCentre,
    icsStaff,
    naaceStaff,
    icsAssessor,
    icsApproval,
    naaceAssessor,
    naaceApproval,
    school,
    icsSchool,
    icsChange,
    icsPastReview,
    icsPastQaRequest,
    /** The actor working in an awarding body's workspace (staff, or an approved assessor). */
    actor: (userId: string, awardingBodyId: string) => ({ userId, workspaceKey: workspaceKey.awardingBody(awardingBodyId) }),
    /** The actor working in a centre. */
    centreActor: (userId: string, centreId: string) => ({ userId, workspaceKey: workspaceKey.centre(centreId) }),
  };
}

export type AwardingBodyWorld = Awaited<ReturnType<typeof createAwardingBodyWorld>>;
