import type { Prisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { addDays, addYears, type IsoDate } from "@/lib/rules/dates";
import { builtInPolicies } from "@/lib/rules/policies";
import { createCpdLog, expectCpdStatus, type SeedCpdEntry } from "./cpd-builder";
import { demoCentres, demoStaffRecords, freelanceAssessor, type DemoCentre } from "./demo-data";
import { storeStaffPdf } from "./demo-documents";
import { missingCertificate, newTeamMember, newTeamMemberRecord, ocrCpdStories } from "./professional-record-data";
import type { SeedUnit } from "./record-builder";

// The OCR centres' professional records on first start (issue 8):
// - when each person joined each centre (membership createdAt), so that OCR's CPD year (counted
//   from the anniversary of joining: OCR approves no assessors itself) and "new since the last
//   external verifier visit" read true. Northgate's last visit was 165 days ago; everyone joined
//   before it except Aisha Rahman, who joined 68 days ago; its next visit is planned in 40 days.
// - CPD logs under OCR's policy (occupational CPD every year, handbook 4.2, 4.5): Grace Mensah,
//   Ravi Kapoor and Sam Okafor compliant; Daniel Hughes at risk (his year ends within 60 days with
//   no occupational CPD); Hannah Lewis non-compliant (her last year had none). Sam's log has no
//   Institute Assessor Forum, so he is non-compliant under the Institute's policy (he is approved
//   by it: awarding-body-stories.ts).
// - certificates for every held qualification except Grace Mensah's V1; CVs for Sam and Grace;
//   sample signatures (drawn or typed) for everyone on the teams except the newcomer;
// - a conflict of interest about a whole centre: Aisha Rahman worked for Riverside Training until
//   the summer.

type Tx = Prisma.TransactionClient;

type World = {
  tx: Tx;
  today: Date;
  centreIds: Map<DemoCentre["key"], string>;
  units: Map<string, SeedUnit>;
  userFor: (name: string, email: string) => Promise<string>;
  userId: (email: string) => string;
  /** The day Sam Okafor's Institute approval counts his CPD year from (single sign-off). */
  samIcsApprovedOn: IsoDate;
};

const asDate = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
const at = (iso: IsoDate, hour: number) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00Z`);

/** How long ago each member of staff joined each centre: days, or a day relative to today. */
function joinedOn(todayIso: IsoDate): Record<DemoCentre["key"], Record<string, IsoDate>> {
  const d = (days: number) => addDays(todayIso, days);
  return {
    northgate: {
      "priya.shah@northgate.example": d(-2400),
      // Two years before the day 35 days from now: his OCR CPD year ends within 60 days.
      "daniel.hughes@northgate.example": addYears(d(35), -2),
      [freelanceAssessor.email]: d(-2000),
      "grace.mensah@northgate.example": d(-2500),
      "eleanor.price@verifiers.example": d(-400),
    },
    riverside: {
      "tom.barker@riverside.example": d(-2000),
      // Three years before 100 days ago: her last OCR CPD year ended 101 days ago.
      "hannah.lewis@riverside.example": addYears(d(-100), -3),
      [freelanceAssessor.email]: d(-1500),
      "ravi.kapoor@riverside.example": d(-1900),
    },
  };
}

export const northgateVisits = { lastCompletedDaysAgo: 165, nextPlannedInDays: 40, newcomerJoinedDaysAgo: 68 } as const;

export async function seedProfessionalRecordStories(world: World) {
  const { tx } = world;
  const todayIso = isoDay(world.today);
  const d = (days: number) => addDays(todayIso, days);
  const northgate = world.centreIds.get("northgate")!;
  const riverside = world.centreIds.get("riverside")!;

  // When people joined: staff from the table above, candidates a week before they started.
  const joined = joinedOn(todayIso);
  for (const centre of demoCentres) {
    const centreId = world.centreIds.get(centre.key)!;
    for (const [email, on] of Object.entries(joined[centre.key])) {
      await tx.membership.updateMany({ where: { centreId, userId: world.userId(email) }, data: { createdAt: at(on, 9) } });
    }
  }
  for (const candidate of await tx.candidate.findMany({
    where: { userId: { not: null } },
    select: { centreId: true, userId: true, createdAt: true },
  })) {
    await tx.membership.updateMany({
      where: { centreId: candidate.centreId, userId: candidate.userId!, role: "CANDIDATE" },
      data: { createdAt: candidate.createdAt },
    });
  }

  // External verifier visits: Northgate's last one and the next; Riverside's likewise.
  await tx.externalVerifierVisit.createMany({
    data: [
      {
        centreId: northgate,
        visitOn: asDate(d(-northgateVisits.lastCompletedDaysAgo)),
        status: "COMPLETED",
        externalVerifierName: "Eleanor Price",
      },
      {
        centreId: northgate,
        visitOn: asDate(d(northgateVisits.nextPlannedInDays)),
        status: "PLANNED",
        externalVerifierName: "Eleanor Price",
      },
      { centreId: riverside, visitOn: asDate(d(-230)), status: "COMPLETED", externalVerifierName: "Martin Hale" },
      { centreId: riverside, visitOn: asDate(d(75)), status: "PLANNED", externalVerifierName: "Martin Hale" },
    ],
  });

  // Aisha Rahman joined Northgate after its last visit: an assessor with the Award in Assessing
  // Competence, competent in the retention unit (verified by Priya Shah).
  const aisha = await world.userFor(newTeamMember.name, newTeamMember.email);
  await tx.membership.create({
    data: { centreId: northgate, userId: aisha, role: "ASSESSOR", createdAt: at(d(-northgateVisits.newcomerJoinedDaysAgo), 9) },
  });
  const priya = world.userId("priya.shah@northgate.example");
  for (const qualification of newTeamMemberRecord.qualifications) {
    const row = await tx.staffQualification.create({
      data: {
        userId: aisha,
        code: qualification.code,
        held: qualification.held,
        achievedOn: qualification.achievedOn ? asDate(qualification.achievedOn) : null,
      },
    });
    await tx.staffRecordVerification.create({ data: { centreId: northgate, staffQualificationId: row.id, verifiedById: priya } });
  }
  for (const competent of newTeamMemberRecord.competentIn) {
    const row = await tx.occupationalCompetence.create({
      data: { userId: aisha, unitId: world.units.get(competent.urn)!.id, basis: competent.basis },
    });
    await tx.staffRecordVerification.create({ data: { centreId: northgate, occupationalCompetenceId: row.id, verifiedById: priya } });
  }
  await tx.conflictOfInterestDeclaration.create({
    data: {
      staffUserId: aisha,
      subject: "CENTRE",
      centreId: riverside,
      relationship: "EMPLOYER",
      details: "Employed by Riverside Training Ltd as a trainer until August; assesses and samples nobody there.",
      declaredOn: asDate(d(-northgateVisits.newcomerJoinedDaysAgo)),
      createdAt: at(d(-northgateVisits.newcomerJoinedDaysAgo), 14),
    },
  });

  await seedOcrCpd(world, { todayIso, d, joined, aisha });
  await seedFiles(world, { d, aisha });
  await seedSampleSignatures(world, { d });
}

async function seedOcrCpd(
  world: World,
  { todayIso, d, joined, aisha }: { todayIso: IsoDate; d: (days: number) => IsoDate; joined: ReturnType<typeof joinedOn>; aisha: string },
) {
  const ocr = builtInPolicies.OCR.cpd;
  const occupational = (days: number, hours: number, description: string): SeedCpdEntry => ({
    on: d(days),
    hours,
    category: "occupationalKnowledge",
    description,
  });
  const assessorSkills = (days: number, hours: number, description: string): SeedCpdEntry => ({
    on: d(days),
    hours,
    category: "assessorSkills",
    description,
  });
  const logs: { email: string; yearStart: IsoDate; expected: "compliant" | "atRisk" | "nonCompliant"; entries: SeedCpdEntry[] }[] = [
    {
      email: ocrCpdStories.compliant,
      yearStart: joined.northgate[ocrCpdStories.compliant]!,
      expected: "compliant",
      entries: [
        occupational(-700, 3, "Housing sector complaints forum: the new Ombudsman code"),
        assessorSkills(-500, 2, "Centre standardisation: judging reflective accounts"),
        occupational(-400, 4, "Two days shadowing a housing association's customer contact team"),
        assessorSkills(-200, 3, "IQA sampling strategies: awarding body webinar"),
        {
          ...occupational(-90, 3, "Customer Service Excellence assessor update day"),
          evidence: {
            fileName: "cse-update-day.pdf",
            title: "Customer Service Excellence: update day",
            text: "Grace Mensah attended the Customer Service Excellence assessor update day (3 hours).",
          },
        },
      ],
    },
    {
      email: ocrCpdStories.atRisk,
      yearStart: joined.northgate[ocrCpdStories.atRisk]!,
      expected: "atRisk",
      entries: [
        occupational(-450, 3, "Energy regulator's complaint handling standards: briefing"),
        assessorSkills(-250, 6, "CAVA unit 1 workshop: principles of assessment"),
        assessorSkills(-120, 6, "CAVA unit 2 workshop: assessing occupational competence"),
      ],
    },
    {
      email: ocrCpdStories.nonCompliant,
      yearStart: joined.riverside[ocrCpdStories.nonCompliant]!,
      expected: "nonCompliant",
      entries: [
        occupational(-600, 3, "Broadband switching rules: Ofcom guidance for retention teams"),
        assessorSkills(-300, 2, "Writing developmental feedback: centre workshop"),
        assessorSkills(-40, 2, "Standardisation meeting: complaints unit"),
      ],
    },
    {
      email: "ravi.kapoor@riverside.example",
      yearStart: joined.riverside["ravi.kapoor@riverside.example"]!,
      expected: "compliant",
      entries: [
        occupational(-200, 4, "Customer relations conference: vulnerable customers"),
        assessorSkills(-150, 3, "Leading standardisation: IQA network meeting"),
        occupational(-30, 2, "Visit to Calder Valley Energy's customer service hub"),
      ],
    },
    {
      email: freelanceAssessor.email,
      yearStart: joined.northgate[freelanceAssessor.email]!,
      expected: "compliant",
      entries: [
        occupational(-700, 4, "UK Customer Service Summit"),
        assessorSkills(-620, 3, "RQF assessment practice: awarding body update"),
        occupational(-400, 4, "Complaints handling masterclass, Financial Ombudsman Service"),
        assessorSkills(-330, 4, "Assessor standardisation webinar: combined qualifications"),
        {
          ...occupational(-150, 3, "Site visit: Harbour Bank's complaints team and its new CRM"),
          evidence: {
            fileName: "harbour-bank-visit-notes.pdf",
            title: "Site visit notes: Harbour Bank complaints team",
            text: "Notes from a half-day visit to Harbour Bank's complaints team: the new CRM, call recording and escalation routes.",
          },
        },
        assessorSkills(-20, 2, "Questioning techniques for professional discussions"),
      ],
    },
    {
      email: newTeamMember.email,
      yearStart: d(-northgateVisits.newcomerJoinedDaysAgo),
      expected: "compliant",
      entries: [occupational(-20, 3, "Mobile network retention offers: product training")],
    },
  ];
  for (const log of logs) {
    expectCpdStatus(log.email, log.entries, ocr, todayIso, log.yearStart, log.expected);
    const id = log.email === newTeamMember.email ? aisha : world.userId(log.email);
    await createCpdLog(world.tx, id, log.entries);
  }
  // The same log read under the Institute's policy (Sam is approved by it): no Assessor Forum.
  const sam = logs.find((log) => log.email === freelanceAssessor.email)!;
  expectCpdStatus("Sam Okafor (Institute)", sam.entries, builtInPolicies.ICS.cpd, todayIso, world.samIcsApprovedOn, "nonCompliant");
}

async function seedFiles(world: World, { d, aisha }: { d: (days: number) => IsoDate; aisha: string }) {
  const { tx } = world;
  // A certificate for every held qualification, except the one the next visit will ask for.
  const holders = [
    ...demoStaffRecords.map((record) => ({ email: record.email, id: world.userId(record.email) })),
    { email: newTeamMember.email, id: aisha },
  ];
  for (const holder of holders) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: holder.id }, select: { name: true } });
    const held = await tx.staffQualification.findMany({ where: { userId: holder.id, held: true } });
    for (const qualification of held) {
      if (holder.email === missingCertificate.email && qualification.code === missingCertificate.code) continue;
      const achieved = qualification.achievedOn ? isoDay(qualification.achievedOn) : d(-365);
      const stored = await storeStaffPdf(
        holder.id,
        `${qualification.code.toLowerCase().replace(/_/g, "-")}-certificate.pdf`,
        `Certificate: ${qualification.code}`,
        `This is to certify that ${user.name} achieved ${qualification.code} on ${achieved}.`,
      );
      await tx.staffFile.create({
        data: { userId: holder.id, kind: "CERTIFICATE", staffQualificationId: qualification.id, ...stored, createdAt: at(d(-300), 10) },
      });
    }
  }
  const cvs = [
    {
      email: freelanceAssessor.email,
      text: "Freelance assessor and IQA since 2014. Twelve years in retail banking customer service, six as a contact centre manager. CAVA (2014), Award in IQA (2016).",
    },
    {
      email: "grace.mensah@northgate.example",
      text: "Assessor and IQA at Northgate College. Customer experience lead for a regional housing association, eight years. A1 (2009), V1 (2011).",
    },
  ];
  for (const cv of cvs) {
    const id = world.userId(cv.email);
    const user = await tx.user.findUniqueOrThrow({ where: { id }, select: { name: true } });
    const stored = await storeStaffPdf(id, "cv.pdf", `Curriculum vitae: ${user.name}`, cv.text);
    await tx.staffFile.create({ data: { userId: id, kind: "CV", ...stored, createdAt: at(d(-200), 10) } });
  }
}

/** A drawn signature: one stroke per word of the name on the 600 × 200 canvas, a loop for each letter. */
export function demoSignatureStrokes(name: string): number[][][] {
  const words = name.split(/\s+/);
  let x = 40;
  return words.map((word, wordIndex) => {
    const points: number[][] = [];
    const letters = word.length;
    const width = Math.min(260, letters * 30);
    const steps = letters * 8;
    for (let step = 0; step <= steps; step += 1) {
      const t = step / steps;
      const phase = t * letters * Math.PI * 2;
      const px = x + t * width + Math.cos(phase) * 9;
      const py = 110 - wordIndex * 10 + Math.sin(phase) * (22 - (step % 8) * 1.5) - t * 15;
      points.push([Math.round(Math.max(0, Math.min(600, px))), Math.round(Math.max(0, Math.min(200, py)))]);
    }
    x += width + 30;
    return points;
  });
}

async function seedSampleSignatures(world: World, { d }: { d: (days: number) => IsoDate }) {
  const drawn = [
    { email: freelanceAssessor.email, signedDaysAgo: 700 },
    { email: "grace.mensah@northgate.example", signedDaysAgo: 900 },
    { email: "hannah.lewis@riverside.example", signedDaysAgo: 500 },
    { email: "ravi.kapoor@riverside.example", signedDaysAgo: 650 },
    { email: "priya.shah@northgate.example", signedDaysAgo: 1000 },
  ];
  const typed = [
    { email: "daniel.hughes@northgate.example", signedDaysAgo: 600 },
    { email: "tom.barker@riverside.example", signedDaysAgo: 800 },
  ];
  for (const person of [
    ...drawn.map((p) => ({ ...p, method: "DRAWN" as const })),
    ...typed.map((p) => ({ ...p, method: "TYPED" as const })),
  ]) {
    const id = world.userId(person.email);
    const { name } = await world.tx.user.findUniqueOrThrow({ where: { id }, select: { name: true } });
    const signedOn = d(-person.signedDaysAgo);
    await world.tx.sampleSignature.create({
      data: {
        userId: id,
        method: person.method,
        typedName: person.method === "TYPED" ? name : null,
        strokes: person.method === "DRAWN" ? demoSignatureStrokes(name) : undefined,
        signedOn: asDate(signedOn),
        createdAt: at(signedOn, 10),
      },
    });
  }
}
