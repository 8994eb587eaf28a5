import { recordSystemAuditEvent } from "@/lib/audit/record-system-event";
import type { Prisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { writeBuiltInPolicySettings } from "@/lib/policies/policy-settings";
import type { IcsApprovalEvent } from "@/lib/rules/approval-lifecycle-ics";
import type { NaaceAssessorEvent } from "@/lib/rules/approval-lifecycle-naace";
import { addDays, addYears, type IsoDate } from "@/lib/rules/dates";
import { builtInPolicies } from "@/lib/rules/policies";
import { createIcsApproval, createNaaceApproval, type SeedStep } from "./approval-builder";
import { createCpdLog, expectCpdStatus, type SeedCpdEntry } from "./cpd-builder";
import { freelanceAssessor } from "./demo-data";
import { demoAwardingBodies, demoSchools, icsAssessors, icsCentre, icsStaff, naaceAssessors, naaceStaff } from "./professional-record-data";

// Issue 8 on first start: the Institute of Customer Service and Naace beside OCR, each body's
// policy settings row, and their assessors in the lifecycle states the issue names. Every
// approval's state is the lifecycle rule's replay of its events (approval-builder.ts); every CPD
// story is checked against the CPD rule as the demo is loaded (cpd-builder.ts). Dates count from
// the day the demo is loaded, so the overdue targets, the CPD year ending soon, the open appeal
// window and the ICT Mark renewal stay true whenever it is started.
//
// The Institute (Amara Osei): Harbour Contact Centre Academy with Marcus Bell (fully accredited,
// CPD compliant, a QA request open), Leah Fitzgerald (single sign-off, accreditation overdue, CPD
// at risk, a QA request overdue, a new employer notified and not yet acknowledged), Owen Pritchard
// (a breach opened a supporting review; the Institute's letter is unanswered past its date; CPD
// non-compliant) and Nadia Kowalski (in training, single sign-off overdue). Sam Okafor, who
// assesses at both OCR centres, is fully accredited by the Institute too: a completed QA request,
// and CPD non-compliant under the Institute's policy (no Assessor Forum) though compliant under OCR's.
//
// Naace (Lucy Ward): ICT Mark assessors with no centre. Gareth Lloyd accredited with ten school
// assessments (quality review due) and a declared conflict with Hillside Primary, which he
// supported through the self-review framework and whose ICT Mark is due for renewal; Fiona
// Campbell not accredited after her second moderation ten days ago (appeal window open; CPD
// non-compliant: no annual event last year); Peter Okoro development required after a failed
// first moderation, fees overdue, CPD at risk; Yasmin Patel registered, awaiting her moderated assessment.

type Tx = Prisma.TransactionClient;

type World = {
  tx: Tx;
  today: Date;
  ocrBodyId: string;
  /** Creates (or finds) a demo account with the demo password. */
  userFor: (name: string, email: string) => Promise<string>;
  userId: (email: string) => string;
};

const asDate = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
const at = (iso: IsoDate, hour: number) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00Z`);

export async function seedAwardingBodyStories(world: World) {
  const { tx } = world;
  const todayIso = isoDay(world.today);
  const d = (days: number) => addDays(todayIso, days);

  const ics = await tx.awardingBody.create({ data: { ...demoAwardingBodies.ics, createdAt: asDate("2021-01-04") } });
  const naace = await tx.awardingBody.create({ data: { ...demoAwardingBodies.naace, createdAt: asDate("2021-01-04") } });
  const ocr = await tx.awardingBody.findUniqueOrThrow({ where: { id: world.ocrBodyId } });
  for (const body of [ocr, ics, naace]) await writeBuiltInPolicySettings(tx, body);

  const amara = await world.userFor(icsStaff.name, icsStaff.email);
  await tx.awardingBodyMembership.create({ data: { awardingBodyId: ics.id, userId: amara } });
  const lucy = await world.userFor(naaceStaff.name, naaceStaff.email);
  await tx.awardingBodyMembership.create({ data: { awardingBodyId: naace.id, userId: lucy } });

  const { samApproval } = await seedInstitute(world, { bodyId: ics.id, staffId: amara, d, todayIso });
  await seedNaace(world, { bodyId: naace.id, staffId: lucy, d, todayIso });
  return { icsBodyId: ics.id, naaceBodyId: naace.id, samIcsApprovedOn: samApproval.record.singleSignOffOn! };
}

type BodyStory = { bodyId: string; staffId: string; d: (days: number) => IsoDate; todayIso: IsoDate };

async function seedInstitute(world: World, { bodyId, staffId, d, todayIso }: BodyStory) {
  const { tx } = world;
  const policy = builtInPolicies.ICS;
  const lifecycle = policy.icsLifecycle;

  const centre = await tx.centre.create({
    data: { name: icsCentre.name, centreNumber: icsCentre.centreNumber, awardingBodyId: bodyId, approvedOn: asDate(icsCentre.approvedOn) },
  });
  const admin = await world.userFor(icsCentre.admin.name, icsCentre.admin.email);
  await tx.membership.create({
    data: { centreId: centre.id, userId: admin, role: "CENTRE_ADMIN", isHeadOfCentre: true, createdAt: at(icsCentre.approvedOn, 9) },
  });

  const person = async (who: { name: string; email: string }, joinedDaysAgo: number) => {
    const id = await world.userFor(who.name, who.email);
    await tx.membership.create({ data: { centreId: centre.id, userId: id, role: "ASSESSOR", createdAt: at(d(-joinedDaysAgo), 9) } });
    return id;
  };
  const training = (dayTwo: number, completed: number): SeedStep<IcsApprovalEvent>[] => [
    {
      event: { type: "attendWorkshopDayTwo", on: d(dayTwo) },
      reason: "Attended day two of the Assessor Development Workshop",
      evidence: "Workshop attendance register",
    },
    {
      event: { type: "completeTraining", on: d(completed) },
      reason: "Completed the Institute Assessor training programme",
      evidence: "Training programme completion record",
    },
  ];
  const singleSignOff = (on: number): SeedStep<IcsApprovalEvent> => ({
    event: { type: "grantSingleSignOff", on: d(on) },
    reason: "Observed assessment and portfolio review satisfactory: single qualifications",
    evidence: "Single sign-off observation report",
  });
  const fullAccreditation = (on: number): SeedStep<IcsApprovalEvent> => ({
    event: { type: "grantFullAccreditation", on: d(on) },
    reason: "Combined qualification assessment observed and satisfactory",
    evidence: "Accreditation observation report",
  });

  // Marcus Bell: fully accredited; CPD met last year and this (hours, both kinds, the Forum).
  const marcus = await person(icsAssessors.accredited, 720);
  const marcusApproval = await createIcsApproval(tx, {
    awardingBodyId: bodyId,
    userId: marcus,
    recordedById: staffId,
    policy: lifecycle,
    steps: [...training(-700, -690), singleSignOff(-660), fullAccreditation(-610)],
  });
  const marcusCpd: SeedCpdEntry[] = [
    {
      on: d(-560),
      hours: null,
      category: "assessorSkills",
      event: "icsAssessorForum",
      description: "Institute Assessor Forum, Birmingham",
    },
    {
      on: d(-480),
      hours: 5,
      category: "occupationalKnowledge",
      description: "Customer experience conference: complaint trends in utilities",
    },
    {
      on: d(-250),
      hours: 4,
      category: "occupationalKnowledge",
      description: "Shadowed the escalations team at a partner contact centre",
    },
    {
      on: d(-120),
      hours: 3,
      category: "assessorSkills",
      event: "icsAssessorForum",
      description: "Institute Assessor Forum (online): assessment planning and questioning",
      evidence: {
        fileName: "assessor-forum-certificate.pdf",
        title: "Certificate of attendance",
        text: "Marcus Bell attended the Institute Assessor Forum (online), 3 hours: assessment planning and questioning.",
      },
    },
    { on: d(-60), hours: 2, category: "assessorSkills", description: "Webinar: giving developmental feedback to candidates" },
  ];
  expectCpdStatus("Marcus Bell", marcusCpd, policy.cpd, todayIso, marcusApproval.record.singleSignOffOn!, "compliant");
  await createCpdLog(tx, marcus, marcusCpd);

  // Leah Fitzgerald: single sign-off 320 days ago, accreditation long overdue; her CPD year ends
  // in about 45 days, with 3 of 7 hours, nothing occupational and no Forum.
  const leah = await person(icsAssessors.singleSignOff, 400);
  const leahApproval = await createIcsApproval(tx, {
    awardingBodyId: bodyId,
    userId: leah,
    recordedById: staffId,
    policy: lifecycle,
    steps: [...training(-380, -360), singleSignOff(-320)],
  });
  const leahCpd: SeedCpdEntry[] = [
    { on: d(-150), hours: 3, category: "assessorSkills", description: "Read and discussed the Institute's updated assessment guidance" },
  ];
  expectCpdStatus("Leah Fitzgerald", leahCpd, policy.cpd, todayIso, leahApproval.record.singleSignOffOn!, "atRisk");
  await createCpdLog(tx, leah, leahCpd);
  await tx.circumstanceChange.create({
    data: {
      userId: leah,
      awardingBodyId: bodyId,
      kind: "EMPLOYER",
      details: "Joined Coastline Energy as a customer experience trainer; still assesses for Harbour Contact Centre Academy.",
      effectiveOn: asDate(d(-14)),
      notifiedAt: at(d(-6), 10),
    },
  });

  // Owen Pritchard: fully accredited, then a breach 40 days ago opened a supporting review; the
  // Institute's letter asked for a reply 14 days ago and none came. His last CPD year ended with
  // 2 hours, no assessor-skills CPD and no Forum, and this year has nothing yet.
  const owen = await person(icsAssessors.supportingReview, 920);
  const breachOn = d(-40);
  const breachDescription =
    "Assessment documentation for three candidates was not returned to the Institute within the quality assurance timescale (A7).";
  const owenApproval = await createIcsApproval(tx, {
    awardingBodyId: bodyId,
    userId: owen,
    recordedById: staffId,
    policy: lifecycle,
    steps: [
      ...training(-900, -880),
      singleSignOff(-850),
      fullAccreditation(-800),
      {
        event: { type: "recordBreach", on: breachOn, description: breachDescription },
        reason: "Breach of the Code: documentation not returned",
        evidence: "Quality assurance log QA-2291",
      },
    ],
  });
  const review = await tx.supportingReview.create({
    data: { awardingBodyId: bodyId, approvalId: owenApproval.approval.id, openedOn: asDate(breachOn), createdAt: at(breachOn, 15) },
  });
  await tx.breach.create({
    data: {
      awardingBodyId: bodyId,
      approvalId: owenApproval.approval.id,
      supportingReviewId: review.id,
      occurredOn: asDate(breachOn),
      description: breachDescription,
      recordedById: staffId,
      recordedAt: at(breachOn, 15),
    },
  });
  await tx.supportingReviewCorrespondence.create({
    data: {
      awardingBodyId: bodyId,
      supportingReviewId: review.id,
      direction: "TO_ASSESSOR",
      sentOn: asDate(d(-35)),
      summary:
        "Letter asking for the three candidates' assessment documentation and an explanation of the delay, with an offer of a support call.",
      responseDueOn: asDate(d(-14)),
      recordedById: staffId,
      recordedAt: at(d(-35), 11),
    },
  });
  const owenCpd: SeedCpdEntry[] = [
    { on: d(-600), hours: 4, category: "occupationalKnowledge", description: "Retail customer service standards refresher" },
    {
      on: d(-540),
      hours: null,
      category: "assessorSkills",
      event: "icsAssessorForum",
      description: "Institute Assessor Forum, Manchester",
    },
    { on: d(-300), hours: 2, category: "occupationalKnowledge", description: "Read sector report: customer satisfaction index" },
  ];
  expectCpdStatus("Owen Pritchard", owenCpd, policy.cpd, todayIso, owenApproval.record.singleSignOffOn!, "nonCompliant");
  await createCpdLog(tx, owen, owenCpd);

  // Nadia Kowalski: day two of the workshop 70 days ago, training done; single sign-off was due by
  // six weeks after day two.
  const nadia = await person(icsAssessors.inTraining, 90);
  await createIcsApproval(tx, {
    awardingBodyId: bodyId,
    userId: nadia,
    recordedById: staffId,
    policy: lifecycle,
    steps: training(-70, -55),
  });

  // Sam Okafor (assesses at both OCR centres): fully accredited by the Institute too. His CPD log
  // (professional-record-stories.ts) has occupational CPD every year, so OCR's policy is met, but
  // no Assessor Forum, so the Institute's is not.
  const sam = world.userId(freelanceAssessor.email);
  const samApproval = await createIcsApproval(tx, {
    awardingBodyId: bodyId,
    userId: sam,
    recordedById: staffId,
    policy: lifecycle,
    steps: [...training(-1180, -1160), singleSignOff(-1125), fullAccreditation(-1070)],
  });

  // Quality-assurance requests (A5): one open, one overdue, one completed.
  await tx.qualityAssuranceRequest.create({
    data: {
      awardingBodyId: bodyId,
      assessorUserId: marcus,
      kind: "REVIEW_CPD_LOG",
      details: "Please make sure your CPD log for this year is up to date, with evidence for the Assessor Forum; we will review it.",
      requestedOn: asDate(d(-5)),
      dueOn: asDate(d(23)),
      requestedById: staffId,
      createdAt: at(d(-5), 10),
    },
  });
  await tx.qualityAssuranceRequest.create({
    data: {
      awardingBodyId: bodyId,
      assessorUserId: leah,
      kind: "SAMPLE_DECISIONS",
      details: "Send the assessment decisions and evidence for two candidates you signed off this quarter for sampling.",
      requestedOn: asDate(d(-40)),
      dueOn: asDate(d(-12)),
      requestedById: staffId,
      createdAt: at(d(-40), 10),
    },
  });
  await tx.qualityAssuranceRequest.create({
    data: {
      awardingBodyId: bodyId,
      assessorUserId: sam,
      kind: "OBSERVE_ASSESSMENT",
      details: "An Institute quality assurer will observe one of your workplace observations at a centre of your choice.",
      requestedOn: asDate(d(-90)),
      dueOn: asDate(d(-60)),
      status: "COMPLETED",
      assessorResponse: "Observation booked at Riverside Training for Olivia Green's complaints call.",
      respondedAt: at(d(-85), 9),
      completedOn: asDate(d(-66)),
      outcome: "Observed a workplace observation; planning, questioning and feedback all met the Code. No actions.",
      requestedById: staffId,
      completedById: staffId,
      createdAt: at(d(-90), 10),
    },
  });

  await recordSystemAuditEvent(tx, {
    centreId: centre.id,
    actorUserId: null,
    action: "centre.demoDataLoaded",
    targetType: "Centre",
    targetId: centre.id,
    summary: { centreNumber: icsCentre.centreNumber, members: 5, candidates: 0 },
  });
  return { samApproval };
}

async function seedNaace(world: World, { bodyId, staffId, d, todayIso }: BodyStory) {
  const { tx } = world;
  const policy = builtInPolicies.NAACE;
  const lifecycle = policy.naaceLifecycle;
  const threeYearsAgo = addYears(todayIso, -3);

  // Schools and their ICT Mark (3 years from the award, reminders from 90 days before expiry).
  const schoolSpecs: { name: string; urn: string; awardedOn: IsoDate | null }[] = [
    { name: demoSchools.renewalDue, urn: "107812", awardedOn: addDays(threeYearsAgo, 60) },
    { name: demoSchools.current, urn: "107955", awardedOn: d(-400) },
    { name: demoSchools.expired, urn: "136204", awardedOn: addDays(threeYearsAgo, -45) },
    { name: "Brookside Junior School", urn: "107640", awardedOn: d(-935) },
    { name: "Oakfield Primary School", urn: "107701", awardedOn: d(-875) },
    { name: "Meadowview Infant School", urn: "107733", awardedOn: d(-715) },
    { name: "Kingsmead Secondary School", urn: "137419", awardedOn: d(-25) },
    { name: "Riverbank Community School", urn: "107999", awardedOn: null },
  ];
  const schools = new Map<string, string>();
  for (const spec of schoolSpecs) {
    const slug = spec.name
      .toLowerCase()
      .replace(/[^a-z]+/g, "-")
      .replace(/^-|-$/g, "");
    const school = await tx.school.create({
      data: {
        awardingBodyId: bodyId,
        name: spec.name,
        urn: spec.urn,
        contactEmail: `headteacher@${slug}.schools.example`,
        ictMarkAwardedOn: spec.awardedOn ? asDate(spec.awardedOn) : null,
      },
    });
    schools.set(spec.name, school.id);
  }
  const school = (name: string) => schools.get(name)!;

  const person = (who: { name: string; email: string }) => world.userFor(who.name, who.email);
  const register = (on: number): SeedStep<NaaceAssessorEvent> => ({
    event: { type: "register", on: d(on), penPortraitSubmitted: true, codeOfPracticeSigned: true },
    reason: "Pen portrait received and code of practice signed",
    evidence: "Registration pack",
  });
  const annualFee = (on: number, until: number): SeedStep<NaaceAssessorEvent> => ({
    event: { type: "recordAnnualFeePaid", on: d(on), paidUntil: d(until) },
    reason: "Annual registration fee received",
    evidence: "Naace finance receipt",
  });

  // Gareth Lloyd: accredited; ten school assessments since, so a quality review is due.
  const gareth = await person(naaceAssessors.accredited);
  const assessedSchools = [
    "Oakfield Primary School",
    "Meadowview Infant School",
    demoSchools.current,
    "Oakfield Primary School",
    "Riverbank Community School",
    "Meadowview Infant School",
    demoSchools.current,
    "Riverbank Community School",
    "Brookside Junior School",
    "Kingsmead Secondary School",
  ];
  const assessmentDays = [-875, -800, -715, -640, -560, -470, -400, -300, -150, -25];
  await createNaaceApproval(tx, {
    awardingBodyId: bodyId,
    userId: gareth,
    recordedById: staffId,
    policy: lifecycle,
    organisation: naaceAssessors.accredited.organisation,
    steps: [
      register(-1000),
      {
        event: { type: "recordModeration", on: d(-940), outcome: "satisfactory" },
        reason: "Moderated first assessment satisfactory",
        evidence: "Moderation report M-118",
        schoolId: school("Brookside Junior School"),
      },
      { event: { type: "recordInitialFeePaid", on: d(-935) }, reason: "Initial fee received", evidence: "Naace finance receipt" },
      ...assessmentDays.map((days, index) => ({
        event: { type: "recordSchoolAssessment" as const, on: d(days) },
        reason: "School assessment completed",
        evidence: `Assessment report SA-${300 + index}`,
        schoolId: school(assessedSchools[index]!),
      })),
      annualFee(-200, 165),
    ],
  });
  const garethCpd: SeedCpdEntry[] = [
    {
      on: d(-480),
      hours: 6,
      category: "assessorSkills",
      event: "naaceAnnualEvent",
      description: "ICT Mark annual professional development event",
    },
    { on: d(-330), hours: 3, category: "occupationalKnowledge", description: "Online safety in primary schools: CPD course" },
    {
      on: d(-100),
      hours: 6,
      category: "assessorSkills",
      event: "naaceAnnualEvent",
      description: "ICT Mark annual professional development event",
      evidence: {
        fileName: "ict-mark-annual-event.pdf",
        title: "ICT Mark annual event: attendance",
        text: "Gareth Lloyd attended the ICT Mark annual professional development event.",
      },
    },
  ];
  expectCpdStatus("Gareth Lloyd", garethCpd, policy.cpd, todayIso, d(-1000), "compliant");
  await createCpdLog(tx, gareth, garethCpd);
  // He supported Hillside Primary through the self-review framework, so he may not assess it.
  await tx.conflictOfInterestDeclaration.create({
    data: {
      staffUserId: gareth,
      subject: "SCHOOL",
      awardingBodyId: bodyId,
      schoolId: school(demoSchools.renewalDue),
      relationship: "SUPPORTED_SELF_REVIEW",
      details: "Supported the school's leadership through the self-review framework before its renewal.",
      declaredOn: asDate(d(-200)),
      createdAt: at(d(-200), 12),
    },
  });

  // Fiona Campbell: second moderation unsatisfactory ten days ago: not accredited, appeal window open.
  const fiona = await person(naaceAssessors.notAccredited);
  await createNaaceApproval(tx, {
    awardingBodyId: bodyId,
    userId: fiona,
    recordedById: staffId,
    policy: lifecycle,
    organisation: naaceAssessors.notAccredited.organisation,
    steps: [
      register(-400),
      annualFee(-400, -35),
      {
        event: { type: "recordModeration", on: d(-300), outcome: "unsatisfactory" },
        reason: "Moderated first assessment unsatisfactory: evidence for two elements not tested",
        evidence: "Moderation report M-131",
        schoolId: school("Meadowview Infant School"),
      },
      {
        event: { type: "completeDevelopment", on: d(-150) },
        reason: "Two shadowing visits with an accredited assessor",
        evidence: "Shadowing log",
      },
      annualFee(-40, 325),
      {
        event: { type: "recordModeration", on: d(-10), outcome: "unsatisfactory" },
        reason: "Second moderated assessment unsatisfactory; the Lead Assessor notified her the same day",
        evidence: "Moderation report M-152",
        schoolId: school("Riverbank Community School"),
      },
    ],
  });
  const fionaCpd: SeedCpdEntry[] = [
    { on: d(-250), hours: 2, category: "occupationalKnowledge", description: "Computing curriculum update webinar" },
    { on: d(-120), hours: 3, category: "assessorSkills", description: "Shadowing reflections written up with the Lead Assessor" },
  ];
  expectCpdStatus("Fiona Campbell", fionaCpd, policy.cpd, todayIso, d(-400), "nonCompliant");
  await createCpdLog(tx, fiona, fionaCpd);

  // Peter Okoro: first moderation unsatisfactory; development required; fees overdue; his CPD year
  // ends within 60 days without the annual event.
  const peter = await person(naaceAssessors.developmentRequired);
  await createNaaceApproval(tx, {
    awardingBodyId: bodyId,
    userId: peter,
    recordedById: staffId,
    policy: lifecycle,
    organisation: naaceAssessors.developmentRequired.organisation,
    steps: [
      register(-330),
      annualFee(-330, -20),
      {
        event: { type: "recordModeration", on: d(-45), outcome: "unsatisfactory" },
        reason: "Moderated first assessment unsatisfactory: shadowing visits recommended",
        evidence: "Moderation report M-149",
        schoolId: school(demoSchools.current),
      },
    ],
  });
  const peterCpd: SeedCpdEntry[] = [
    { on: d(-90), hours: 2, category: "occupationalKnowledge", description: "Data protection in schools: trust briefing" },
  ];
  expectCpdStatus("Peter Okoro", peterCpd, policy.cpd, todayIso, d(-330), "atRisk");
  await createCpdLog(tx, peter, peterCpd);

  // Yasmin Patel: registered a month ago; her moderated first assessment is still to come.
  const yasmin = await person(naaceAssessors.registered);
  await createNaaceApproval(tx, {
    awardingBodyId: bodyId,
    userId: yasmin,
    recordedById: staffId,
    policy: lifecycle,
    organisation: naaceAssessors.registered.organisation,
    steps: [register(-30), annualFee(-30, 335)],
  });
}
