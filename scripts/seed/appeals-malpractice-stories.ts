import type { Prisma } from "@/lib/db/client";
import { addDays } from "@/lib/format/dates";

type Tx = Prisma.TransactionClient;

// Issue 10's appeals register and malpractice cases in the demo world:
// - Riverside: Olivia Green's appeal (lodged in assessment-stories) acknowledged and under review;
//   another candidate's appeal decided "not upheld" by Ravi Kapoor (the IQA, not the assessor).
// - Northgate: one suspected malpractice case under investigation for Priya Shah (head of centre),
//   reported to OCR, with dated investigation notes.

const day = (today: Date, days: number) => addDays(today, days);

export async function seedAppealsAndMalpracticeStories(tx: Tx, { today, userId }: { today: Date; userId: (email: string) => string }) {
  const olivia = await tx.appeal.findFirstOrThrow({
    where: { candidate: { email: "olivia.green@learners.example" } },
    select: { id: true, centreId: true, lodgedOn: true, candidateId: true },
  });
  await tx.appeal.update({
    where: { id: olivia.id },
    data: {
      status: "UNDER_REVIEW",
      acknowledgedOn: day(olivia.lodgedOn, 1),
      reviewStartedOn: day(olivia.lodgedOn, 4),
      version: 3,
    },
  });

  // A decided appeal at Riverside: the earliest decision of another candidate there.
  const ravi = userId("ravi.kapoor@riverside.example");
  const decision = await tx.unitDecision.findFirstOrThrow({
    where: { centreId: olivia.centreId, candidateId: { not: olivia.candidateId }, assessorUserId: { not: ravi } },
    orderBy: [{ decidedOn: "asc" }, { createdAt: "asc" }],
    select: { id: true, candidateId: true, decidedOn: true, candidate: { select: { userId: true } } },
  });
  const lodgedOn = day(decision.decidedOn, 3) < day(today, -30) ? day(decision.decidedOn, 3) : day(today, -30);
  await tx.appeal.create({
    data: {
      centreId: olivia.centreId,
      candidateId: decision.candidateId,
      unitDecisionId: decision.id,
      grounds: "My assessor did not count the customer survey I handed in as evidence for the feedback criteria.",
      lodgedOn,
      lodgedById: decision.candidate.userId ?? userId("tom.barker@riverside.example"),
      status: "NOT_UPHELD",
      acknowledgedOn: day(lodgedOn, 1),
      reviewStartedOn: day(lodgedOn, 3),
      decidedOn: day(lodgedOn, 10),
      decidedById: ravi,
      outcomeReasons:
        "The survey was reviewed: it is the team's survey, not the candidate's own work, so it cannot count for these criteria. The assessor's decision stands; the candidate has been shown what to collect instead.",
      version: 4,
    },
  });

  // A suspected case at Northgate, under investigation, reported to OCR.
  const priya = userId("priya.shah@northgate.example");
  const northgate = await tx.membership.findFirstOrThrow({ where: { userId: priya, isHeadOfCentre: true }, select: { centreId: true } });
  const candidate = await tx.candidate.findFirstOrThrow({
    where: { centreId: northgate.centreId, email: "mohammed.ali@learners.example" },
    select: { id: true },
  });
  const cameToLightOn = day(today, -12);
  await tx.malpracticeCase.create({
    data: {
      centreId: northgate.centreId,
      subject: "CANDIDATE",
      candidateId: candidate.id,
      suspicion:
        "Two written answers in the knowledge questions for the complaints unit match a published study guide word for word, including its examples.",
      cameToLightOn,
      reportedToAwardingBodyOn: day(today, -11),
      reportNote: "Email to OCR Risk and Compliance (compliance@ocr.org.uk) with both answers and the study guide's pages attached.",
      recordedById: priya,
      version: 4,
      notes: {
        create: [
          {
            centreId: northgate.centreId,
            writtenOn: day(today, -11),
            note: "Grace Mensah (IQA) found the match while sampling. Both answers and the guide's pages kept; the unit's sign-off is on hold.",
            authorId: priya,
          },
          {
            centreId: northgate.centreId,
            writtenOn: day(today, -8),
            note: "Met the candidate with his assessor. He says he used the guide to revise and did not know he had to put answers in his own words.",
            authorId: priya,
          },
          {
            centreId: northgate.centreId,
            writtenOn: day(today, -4),
            note: "Checked his other written work: no other matches found. Waiting for OCR's reply before deciding the outcome.",
            authorId: priya,
          },
        ],
      },
    },
  });
}
