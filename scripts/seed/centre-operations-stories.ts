import type { Prisma } from "@/lib/db/client";
import { addDays } from "@/lib/format/dates";
import { exampleQualification } from "@/lib/qualification-import/examples";
import { storeQualification } from "@/lib/qualification-import/store-qualification";
import { isValidUln } from "@/lib/rules/uln";
import { unitClaimKey } from "@/lib/certificate-claims/claim-keys";
import { demoUnits } from "./demo-data";

type Tx = Prisma.TransactionClient;

// Issue 10's centre operations in the demo world, all at Northgate College (Priya Shah, head of
// centre), dated from today so every screen has something current on first start:
// - Candidate import: the September intake file of the college's student records system, imported
//   when Amelia Evans was registered: her row imported, Chloe Turner's already registered, and one
//   row with a bad ULN left out ("import only the valid rows").
// - A qualification Northgate imported for its own use three weeks ago: the example file offered on
//   /qualifications/import (Level 2 Certificate in Retail Skills), stored by the import's own code;
//   Riverside does not see it.
// - Recognition of prior learning accepted for Chloe Turner (the business unit, from her earlier
//   retail management course); a reasonable adjustment for Jessica Wood's dyslexia; special
//   consideration for Liam O'Connor after two weeks off ill.
// - Direct Claims Status for the 10380 diploma, granted last year, ending in 60 days, with the next
//   visit (in 40 days) not marked final: the warning shows on the home and /direct-claims.
// - Certificate claims: batch CLM-…-0001 claimed a month ago under DCS (Lucy Brennan's two units,
//   provisional until the next visit, certificates received) and a draft batch with Harriet Cole's
//   two units. Callum Reid and Tariq Mahmood still have units ready to claim.
// - The last EV visit's report (Eleanor Price, 165 days ago): findings, DCS recommendation
//   "continue", the DCS claims confirmed, two action points (one completed with evidence, one open
//   and overdue) and a recommendation still open and not yet due.
// - EV access: Eleanor Price may read Lucy Brennan, Harriet Cole and Chloe Turner until five days
//   after the planned visit (an access ending before the visit it is for would be of no use), with
//   the pages she opened and a file she downloaded two days ago in the log.

/** The stories' names and days, shared with the demo-world test and the end-to-end specs. */
export const centreOperations = {
  importFileName: "northgate-september-intake.csv",
  importedDaysAgo: 67,
  importedQualification: exampleQualification.title,
  qualificationImportedDaysAgo: 21,
  directClaims: { grantedDaysAgo: 400, endsInDays: 60 },
  claimed: { candidate: "Lucy Brennan", claimedDaysAgo: 30, certificatesDaysAgo: 9 },
  draft: { candidate: "Harriet Cole", createdDaysAgo: 2 },
  evAccess: {
    verifierEmail: "eleanor.price@verifiers.example",
    candidates: ["Lucy Brennan", "Harriet Cole", "Chloe Turner"],
    daysAfterVisit: 5,
  },
  overdueActionPoint: "Hold a standardisation meeting on the complaints unit (R/506/2151) with every assessor, and keep its minutes.",
  completedActionPoint: "Record on each assessor's staff record the date their CV and certificates were last checked.",
  openRecommendation: "Add a second observed complaint call for each candidate on the complaints unit before sign-off.",
} as const;

/** What each account shows of centre operations (printed at start-up, and in the README). */
export const centreOperationsJourneys: { email: string; journey: string }[] = [
  {
    email: "priya.shah@northgate.example",
    journey:
      "Head of centre (Northgate): the home's claims ready, DCS warning (10380 ends in 60 days, no final visit), visit coming and an overdue action point; /claims (a batch claimed under DCS with certificates in, a draft), /direct-claims, /visits (last visit's report, action points), /ev-access (Eleanor's grant and log), /candidates/import (the September intake), /qualifications (the Level 2 Certificate in Retail Skills Northgate imported for its own use), Chloe Turner's prior learning, Jessica Wood's and Liam O'Connor's arrangements",
  },
  {
    email: "eleanor.price@verifiers.example",
    journey:
      "External verifier (Northgate): reads only Lucy Brennan, Harriet Cole and Chloe Turner until five days after the planned visit; every page and download is logged",
  },
  {
    email: "grace.mensah@northgate.example",
    journey:
      "Assessor (Northgate): Jessica Wood's dyslexia adjustment shown wherever she assesses her; Chloe Turner's accepted prior learning; owner of the overdue visit action point",
  },
  {
    email: "daniel.hughes@northgate.example",
    journey: "Assessor (Northgate): Liam O'Connor's special consideration (two weeks off ill) shown on his retention unit",
  },
];

const day = (today: Date, days: number) => addDays(today, days);

export async function seedCentreOperationsStories(
  tx: Tx,
  { today, userId, qualificationId }: { today: Date; userId: (email: string) => string; qualificationId: string },
) {
  const priya = userId("priya.shah@northgate.example");
  const grace = userId("grace.mensah@northgate.example");
  const eleanor = userId(centreOperations.evAccess.verifierEmail);
  const { centreId } = await tx.membership.findFirstOrThrow({ where: { userId: priya, isHeadOfCentre: true }, select: { centreId: true } });
  const candidate = async (name: string) =>
    tx.candidate.findFirstOrThrow({
      where: { centreId, name },
      select: { id: true, name: true, email: true, dateOfBirth: true, uln: true, publiclyFunded: true, startDate: true, createdAt: true },
    });
  const unitId = async (urn: string) => (await tx.unit.findFirstOrThrow({ where: { qualificationId, urn }, select: { id: true } })).id;
  const [retention, complaints, business] = [
    await unitId(demoUnits.retention),
    await unitId(demoUnits.complaints),
    await unitId(demoUnits.business),
  ];
  const qualification = await tx.qualification.findUniqueOrThrow({ where: { id: qualificationId }, select: { qualificationNumber: true } });

  await seedCandidateImport(tx, { today, centreId, priya, qualificationNumber: qualification.qualificationNumber, candidate });

  // Northgate's own imported qualification, through the import's own store (checks the number is free).
  const { awardingBodyId } = await tx.centre.findUniqueOrThrow({ where: { id: centreId }, select: { awardingBodyId: true } });
  const imported = await storeQualification(tx, { awardingBodyId, centreId, importedById: priya }, exampleQualification);
  await tx.qualification.update({
    where: { id: imported.qualificationId },
    data: { createdAt: day(today, -centreOperations.qualificationImportedDaysAgo) },
  });

  // Recognition of prior learning (9.9), accepted by Chloe's assessor.
  const chloe = await candidate("Chloe Turner");
  await tx.priorLearningClaim.create({
    data: {
      centreId,
      candidateId: chloe.id,
      unitId: business,
      assessmentCriterionIds: [],
      priorLearning:
        "Completed a Level 3 Certificate in Retail Management at Leeds City College (2021) and ran the budget for a store's customer service desk for a year.",
      evidence:
        "Certificate and unit transcript from Leeds City College; a reference from her store manager describing her budget responsibilities.",
      status: "ACCEPTED",
      decisionNotes:
        "The transcript's finance and business planning units cover every criterion of the unit; the reference confirms she applied them at work. Accepted in full.",
      decidedOn: day(today, -95),
      decidedById: grace,
      recordedById: grace,
      createdAt: day(today, -100),
      version: 2,
    },
  });

  // Reasonable adjustment and special consideration (9.10), shown to the assessor.
  const jessica = await candidate("Jessica Wood");
  await tx.assessmentArrangement.create({
    data: {
      centreId,
      candidateId: jessica.id,
      kind: "REASONABLE_ADJUSTMENT",
      reason: "Dyslexia: assessed by the college's learning support team in 2024.",
      arrangement:
        "Questions given in writing a day before any questioning session; 25% extra time for written work; reflective accounts may be recorded as audio.",
      unitId: null,
      appliesFrom: jessica.startDate,
      appliesUntil: null,
      recordedById: priya,
      createdAt: jessica.startDate,
    },
  });
  const liam = await candidate("Liam O'Connor");
  await tx.assessmentArrangement.create({
    data: {
      centreId,
      candidateId: liam.id,
      kind: "SPECIAL_CONSIDERATION",
      reason: "Off work for two weeks with glandular fever; his observation on the retention unit was missed.",
      arrangement:
        "The written questions for the retention unit are due three weeks later; the missed observation is rebooked with his assessor.",
      unitId: retention,
      appliesFrom: day(today, -10),
      appliesUntil: day(today, 20),
      recordedById: priya,
      createdAt: day(today, -10),
    },
  });

  // Direct Claims Status (5.21) for the 10380 diploma, ending in 60 days with no final visit.
  const grantedOn = day(today, -centreOperations.directClaims.grantedDaysAgo);
  await tx.directClaimsStatus.create({
    data: {
      centreId,
      qualificationId,
      grantedOn,
      endsOn: day(today, centreOperations.directClaims.endsInDays),
      conditions:
        "Claims for the Level 3 Diploma in Customer Service (10380) only. Every certificate claimed is confirmed at the next verification visit; OCR is told at once of any change of IQA.",
      createdAt: grantedOn,
      events: {
        create: [
          {
            centreId,
            kind: "GRANTED",
            effectiveOn: grantedOn,
            reason: "OCR's letter after the annual visit: direct claims status granted for 10380.",
            recordedById: priya,
            recordedAt: grantedOn,
          },
        ],
      },
    },
  });

  // The visits: the last one's report with action points, and the next one's purpose.
  const [lastVisit, nextVisit] = await Promise.all([
    tx.externalVerifierVisit.findFirstOrThrow({ where: { centreId, status: "COMPLETED" }, orderBy: { visitOn: "desc" } }),
    tx.externalVerifierVisit.findFirstOrThrow({ where: { centreId, status: "PLANNED" }, orderBy: { visitOn: "asc" } }),
  ]);
  const reportOn = day(lastVisit.visitOn, 2);
  await tx.externalVerifierVisit.update({
    where: { id: lastVisit.id },
    data: {
      purpose: "Annual verification visit, 10380",
      qualificationId,
      reportSummary:
        "Assessment decisions sampled for five candidates were sound and well evidenced. Internal quality assurance is planned and recorded; feedback to assessors is clear. Standardisation of the complaints unit has lapsed and CV checks are not dated on staff records.",
      reportRecordedOn: reportOn,
      reportRecordedById: priya,
      dcsRecommendation: "CONTINUE",
      directClaimsConfirmed: true,
      scheduledById: priya,
      version: 2,
    },
  });
  await tx.visitActionPoint.createMany({
    data: [
      {
        centreId,
        visitId: lastVisit.id,
        kind: "ACTION_POINT",
        description: centreOperations.completedActionPoint,
        ownerUserId: priya,
        dueOn: day(lastVisit.visitOn, 60),
        status: "COMPLETED",
        completedOn: day(lastVisit.visitOn, 41),
        completedById: priya,
        completionEvidence:
          "Every assessor's and IQA's staff record now shows the date their CV and certificates were checked (Grace Mensah, Daniel Hughes, Sam Okafor).",
        createdById: priya,
        createdAt: reportOn,
        version: 2,
      },
      {
        centreId,
        visitId: lastVisit.id,
        kind: "ACTION_POINT",
        description: centreOperations.overdueActionPoint,
        ownerUserId: grace,
        dueOn: day(today, -21),
        createdById: priya,
        createdAt: reportOn,
      },
      {
        centreId,
        visitId: lastVisit.id,
        kind: "RECOMMENDATION",
        description: centreOperations.openRecommendation,
        ownerUserId: grace,
        dueOn: day(nextVisit.visitOn, -10),
        createdById: priya,
        createdAt: reportOn,
      },
    ],
  });
  await tx.externalVerifierVisit.update({
    where: { id: nextVisit.id },
    data: { purpose: "Annual verification visit, 10380", qualificationId, scheduledById: priya, version: 2 },
  });

  // Certificate claims (7.5, 8): a batch claimed under DCS a month ago, and a draft.
  const lucy = await candidate(centreOperations.claimed.candidate);
  const claimedOn = day(today, -centreOperations.claimed.claimedDaysAgo);
  const claimedBatch = await tx.certificateClaimBatch.create({
    data: {
      centreId,
      reference: `CLM-${claimedOn.getUTCFullYear()}-0001`,
      status: "CLAIMED",
      underDirectClaims: true,
      createdById: priya,
      createdAt: day(claimedOn, -1),
      claimedOn,
      claimedById: priya,
      version: 2,
    },
  });
  const certificatesOn = day(today, -centreOperations.claimed.certificatesDaysAgo);
  await tx.certificateClaimLine.createMany({
    data: [retention, complaints].map((unit, index) => ({
      centreId,
      batchId: claimedBatch.id,
      candidateId: lucy.id,
      qualificationId,
      kind: "UNIT" as const,
      unitId: unit,
      claimKey: unitClaimKey(unit),
      provisional: true,
      certificateReceivedOn: certificatesOn,
      certificateNumber: `OCR-10380-U-${String(480_215 + index)}`,
      createdAt: day(claimedOn, -1),
    })),
  });
  const harriet = await candidate(centreOperations.draft.candidate);
  const draftOn = day(today, -centreOperations.draft.createdDaysAgo);
  const draftBatch = await tx.certificateClaimBatch.create({
    data: {
      centreId,
      reference: `CLM-${draftOn.getUTCFullYear()}-${draftOn.getUTCFullYear() === claimedOn.getUTCFullYear() ? "0002" : "0001"}`,
      status: "DRAFT",
      underDirectClaims: true,
      createdById: priya,
      createdAt: draftOn,
    },
  });
  await tx.certificateClaimLine.createMany({
    data: [retention, complaints].map((unit) => ({
      centreId,
      batchId: draftBatch.id,
      candidateId: harriet.id,
      qualificationId,
      kind: "UNIT" as const,
      unitId: unit,
      claimKey: unitClaimKey(unit),
      provisional: true,
      createdAt: draftOn,
    })),
  });

  // EV access (tied to the planned visit) and what Eleanor has opened so far.
  const granted = await Promise.all(centreOperations.evAccess.candidates.map((name) => candidate(name)));
  const grantedAt = day(today, -3);
  const access = await tx.externalVerifierAccess.create({
    data: {
      centreId,
      externalVerifierUserId: eleanor,
      visitId: nextVisit.id,
      expiresOn: day(nextVisit.visitOn, centreOperations.evAccess.daysAfterVisit),
      grantedById: priya,
      grantedAt,
      candidates: { create: granted.map((row) => ({ centreId, candidateId: row.id })) },
    },
  });
  const lucyFile = await tx.storedFile.findFirst({ where: { centreId, candidateId: lucy.id }, orderBy: { createdAt: "asc" } });
  const seen = (hours: number) => new Date(day(today, -2).getTime() + hours * 3_600_000);
  await tx.externalVerifierAccessLog.createMany({
    data: [
      { centreId, accessId: access.id, userId: eleanor, candidateId: lucy.id, action: "VIEW", what: "Candidate page", at: seen(10) },
      { centreId, accessId: access.id, userId: eleanor, candidateId: lucy.id, action: "VIEW", what: "Evidence", at: seen(10.1) },
      ...(lucyFile
        ? [
            {
              centreId,
              accessId: access.id,
              userId: eleanor,
              candidateId: lucy.id,
              action: "DOWNLOAD" as const,
              what: lucyFile.fileName,
              at: seen(10.2),
            },
          ]
        : []),
      { centreId, accessId: access.id, userId: eleanor, candidateId: harriet.id, action: "VIEW", what: "Candidate page", at: seen(11) },
      { centreId, accessId: access.id, userId: eleanor, candidateId: harriet.id, action: "VIEW", what: "Assessment plans", at: seen(11.1) },
    ],
  });
}

type CandidateOf = (name: string) => Promise<{
  id: string;
  name: string;
  email: string;
  dateOfBirth: Date;
  uln: string | null;
  publiclyFunded: boolean;
  startDate: Date;
  createdAt: Date;
}>;

/** The September intake file: Amelia Evans imported, Chloe Turner already registered, one bad ULN left out. */
async function seedCandidateImport(
  tx: Tx,
  {
    today,
    centreId,
    priya,
    qualificationNumber,
    candidate,
  }: { today: Date; centreId: string; priya: string; qualificationNumber: string; candidate: CandidateOf },
) {
  const headers = [
    "Learner name",
    "Email",
    "DOB",
    "ULN",
    "Funded",
    "Qualification",
    "Full award",
    "Units",
    "Start date",
    "Assessor email",
    "IQA email",
    "Phone",
    "Employer",
    "Workplace",
  ];
  const mapping = {
    name: "Learner name",
    email: "Email",
    dateOfBirth: "DOB",
    uln: "ULN",
    publiclyFunded: "Funded",
    qualificationNumber: "Qualification",
    fullAward: "Full award",
    units: "Units",
    startDate: "Start date",
    assessorEmail: "Assessor email",
    iqaEmail: "IQA email",
    phone: "Phone",
    employer: "Employer",
    workplace: "Workplace",
  };
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  const values = (
    person: { name: string; email: string; dateOfBirth: Date; uln: string | null; publiclyFunded: boolean; startDate: Date },
    extra: { assessorEmail: string; iqaEmail: string; phone: string; employer: string; workplace: string },
  ) => ({
    name: person.name,
    email: person.email,
    dateOfBirth: iso(person.dateOfBirth),
    uln: person.uln ?? "",
    publiclyFunded: person.publiclyFunded ? "Yes" : "No",
    qualificationNumber,
    fullAward: "Yes",
    units: "",
    startDate: iso(person.startDate),
    ...extra,
  });
  const amelia = await candidate("Amelia Evans");
  const chloe = await candidate("Chloe Turner");
  const badUln = "6182049375";
  if (isValidUln(badUln)) throw new Error("The demo import's bad ULN must fail its check digit.");
  const importedAt = day(today, -centreOperations.importedDaysAgo);
  await tx.candidateImport.create({
    data: {
      centreId,
      fileName: centreOperations.importFileName,
      fileSha256: "5c1f0a4b7e93d2c68a1f4e0b9d3c7a2e6f8b1d4c9e0a3f7b2c5d8e1a4b7c0d3e",
      headers,
      mapping,
      status: "IMPORTED",
      rowCount: 3,
      importedCount: 1,
      createdById: priya,
      createdAt: importedAt,
      importedAt,
      importedById: priya,
      version: 2,
      rows: {
        create: [
          {
            centreId,
            lineNumber: 2,
            values: values(amelia, {
              assessorEmail: "sam.okafor@assessors.example",
              iqaEmail: "grace.mensah@northgate.example",
              phone: "07700 900105",
              employer: "Northern Rail Travel Centre",
              workplace: "Leeds station ticket office",
            }),
            status: "IMPORTED",
            candidateId: amelia.id,
          },
          {
            centreId,
            lineNumber: 3,
            values: values(chloe, {
              assessorEmail: "grace.mensah@northgate.example",
              iqaEmail: "sam.okafor@assessors.example",
              phone: "07700 900101",
              employer: "Harbour Bank plc",
              workplace: "Leeds contact centre, Wellington Place",
            }),
            status: "ALREADY_REGISTERED",
            candidateId: chloe.id,
          },
          {
            centreId,
            lineNumber: 4,
            values: {
              name: "Ryan Patel",
              email: "ryan.patel@learners.example",
              dateOfBirth: "2003-07-19",
              uln: badUln,
              publiclyFunded: "Yes",
              qualificationNumber,
              fullAward: "Yes",
              units: "",
              startDate: iso(amelia.startDate),
              assessorEmail: "daniel.hughes@northgate.example",
              iqaEmail: "grace.mensah@northgate.example",
              phone: "07700 900107",
              employer: "Harbour Bank plc",
              workplace: "Leeds contact centre, Wellington Place",
            },
            problems: [{ field: "uln", reason: "The ULN's check digit is wrong: check it against the Personal Learning Record." }],
            status: "INVALID",
          },
        ],
      },
    },
  });
}
