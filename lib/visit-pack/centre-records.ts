import "server-only";
import { activityDecisionLabels, assessmentMethodLabels } from "@/lib/activities/labels";
import { appealStatusLabels, decisionTypeLabels, unitOutcomeLabels } from "@/lib/appeals/labels";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { samplingOutcomeLabels, samplingStageLabels } from "@/lib/sampling/labels";
import { csvLine } from "./html";

// The centre records of handbook 5.20.3 as CSV files (open in any spreadsheet), generated from the
// data and read a page of rows at a time, so a large centre's records never sit in memory whole.

type Db = PrismaClient | Prisma.TransactionClient;

const PAGE = 500;
const date = (value: Date | null | undefined) => (value ? isoDay(value) : "");

/** Reads rows a page at a time (by id) and yields CSV text: the header first. */
async function* pagedCsv<Row extends { id: string }>(
  header: string[],
  read: (after: string | undefined) => Promise<Row[]>,
  cells: (row: Row) => (string | number | boolean | null | undefined)[],
): AsyncGenerator<string> {
  yield csvLine(header);
  let after: string | undefined;
  for (;;) {
    const rows = await read(after);
    if (rows.length === 0) return;
    yield rows.map((row) => csvLine(cells(row))).join("");
    after = rows[rows.length - 1]!.id;
    if (rows.length < PAGE) return;
  }
}

const page = (after: string | undefined) => ({
  take: PAGE,
  orderBy: { id: "asc" as const },
  ...(after ? { cursor: { id: after }, skip: 1 } : {}),
});

export type CentreRecord = {
  fileName: string;
  title: string;
  description: string;
  rows: (db: Db, centreId: string) => AsyncGenerator<string>;
};

export const centreRecords: CentreRecord[] = [
  {
    fileName: "candidate-register.csv",
    title: "Candidate register",
    description:
      "Every candidate: location, qualification and level, start date, entry confirmation, assessor, IQA, initial assessment, status.",
    rows: (db, centreId) =>
      pagedCsv(
        [
          "Candidate",
          "ULN",
          "Location",
          "Employer",
          "Qualification",
          "Level",
          "Start date",
          "Entry confirmed",
          "Assessor",
          "IQA",
          "Initial assessment on",
          "Initial assessment outcome",
          "Status",
          "Completed on",
          "Withdrawn on",
        ],
        (after) =>
          db.candidate.findMany({
            where: { centreId },
            ...page(after),
            select: {
              id: true,
              name: true,
              uln: true,
              workplace: true,
              employer: true,
              startDate: true,
              entryConfirmedOn: true,
              initialAssessmentOn: true,
              initialAssessmentOutcome: true,
              status: true,
              completedOn: true,
              withdrawnOn: true,
              qualification: { select: { title: true, level: true } },
              assessor: { select: { name: true } },
              iqa: { select: { name: true } },
            },
          }),
        (c) => [
          c.name,
          c.uln,
          c.workplace,
          c.employer,
          c.qualification.title,
          c.qualification.level,
          date(c.startDate),
          date(c.entryConfirmedOn),
          c.assessor?.name,
          c.iqa?.name,
          date(c.initialAssessmentOn),
          c.initialAssessmentOutcome,
          c.status,
          date(c.completedOn),
          date(c.withdrawnOn),
        ],
      ),
  },
  {
    fileName: "assessment-decisions.csv",
    title: "Assessment decisions",
    description: "Formative and summative unit decisions with their dates, outcomes, assessors and reasons, cross-referenced to the unit.",
    rows: (db, centreId) =>
      pagedCsv(
        ["Candidate", "Unit", "Unit title", "Decision", "Outcome", "Decided on", "Assessor", "Reasons", "Status"],
        (after) =>
          db.unitDecision.findMany({
            where: { centreId },
            ...page(after),
            select: {
              id: true,
              decisionType: true,
              outcome: true,
              decidedOn: true,
              rationale: true,
              status: true,
              candidate: { select: { name: true } },
              unit: { select: { urn: true, title: true } },
              assessor: { select: { name: true } },
            },
          }),
        (d) => [
          d.candidate.name,
          d.unit.urn,
          d.unit.title,
          decisionTypeLabels[d.decisionType],
          unitOutcomeLabels[d.outcome],
          date(d.decidedOn),
          d.assessor.name,
          d.rationale,
          d.status,
        ],
      ),
  },
  {
    fileName: "assessments.csv",
    title: "Assessments",
    description: "Every assessment activity: date, method used, place and judgement.",
    rows: (db, centreId) =>
      pagedCsv(
        ["Candidate", "Date", "Method", "Simulated", "Place", "Judgement", "Description"],
        (after) =>
          db.assessmentActivity.findMany({
            where: { centreId },
            ...page(after),
            select: {
              id: true,
              occurredOn: true,
              method: true,
              simulated: true,
              place: true,
              decision: true,
              description: true,
              candidate: { select: { name: true } },
            },
          }),
        (a) => [
          a.candidate.name,
          date(a.occurredOn),
          assessmentMethodLabels[a.method] ?? a.method,
          a.simulated ? "yes" : "no",
          a.place,
          activityDecisionLabels[a.decision] ?? a.decision,
          a.description,
        ],
      ),
  },
  {
    fileName: "feedback-and-reviews.csv",
    title: "Feedback and reviews",
    description: "Dates and details of feedback to candidates and their responses.",
    rows: (db, centreId) =>
      pagedCsv(
        ["Candidate", "Given on", "Achieved", "Next steps", "Planned actions", "Candidate's response"],
        (after) =>
          db.feedback.findMany({
            where: { centreId },
            ...page(after),
            select: {
              id: true,
              givenAt: true,
              achieved: true,
              nextSteps: true,
              plannedActions: true,
              candidateResponse: true,
              candidate: { select: { name: true } },
            },
          }),
        (f) => [f.candidate.name, date(f.givenAt), f.achieved, f.nextSteps, f.plannedActions, f.candidateResponse],
      ),
  },
  {
    fileName: "iqa-sampling-records.csv",
    title: "IQA sampling records",
    description: "Dates and outcomes of internal quality assurance, with the rationale and the action resulting from it.",
    rows: (db, centreId) =>
      pagedCsv(
        ["Candidate", "Unit", "Stage", "Sampled on", "IQA", "Assessor", "Outcome", "Rationale", "Feedback to the assessor"],
        (after) =>
          db.samplingRecord.findMany({
            where: { centreId },
            ...page(after),
            select: {
              id: true,
              stage: true,
              sampledOn: true,
              outcome: true,
              rationale: true,
              iqa: { select: { name: true } },
              assessor: { select: { name: true } },
              unitDecision: { select: { candidate: { select: { name: true } }, unit: { select: { urn: true } } } },
              feedback: { select: { feedbackOnPractice: true } },
            },
          }),
        (s) => [
          s.unitDecision.candidate.name,
          s.unitDecision.unit.urn,
          samplingStageLabels[s.stage],
          date(s.sampledOn),
          s.iqa.name,
          s.assessor.name,
          samplingOutcomeLabels[s.outcome],
          s.rationale,
          s.feedback?.feedbackOnPractice,
        ],
      ),
  },
  {
    fileName: "appeals-register.csv",
    title: "Appeals register",
    description: "Appeals against assessment decisions with their status, dates and outcome.",
    rows: (db, centreId) =>
      pagedCsv(
        ["Candidate", "Lodged on", "Status", "Grounds", "Decided on", "Outcome reasons", "Referred on", "Awarding body outcome"],
        (after) =>
          db.appeal.findMany({
            where: { centreId },
            ...page(after),
            select: {
              id: true,
              lodgedOn: true,
              status: true,
              grounds: true,
              decidedOn: true,
              outcomeReasons: true,
              referredOn: true,
              awardingBodyOutcome: true,
              candidate: { select: { name: true } },
            },
          }),
        (a) => [
          a.candidate.name,
          date(a.lodgedOn),
          appealStatusLabels[a.status] ?? a.status,
          a.grounds,
          date(a.decidedOn),
          a.outcomeReasons,
          date(a.referredOn),
          a.awardingBodyOutcome,
        ],
      ),
  },
];
