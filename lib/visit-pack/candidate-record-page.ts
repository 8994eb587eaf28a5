import "server-only";
import { activityDecisionLabels, assessmentMethodLabels } from "@/lib/activities/labels";
import { decisionTypeLabels, unitOutcomeLabels } from "@/lib/appeals/labels";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { evidenceStatusLabels } from "@/lib/evidence/labels";
import { isoDay } from "@/lib/format/dates";
import { samplingOutcomeLabels, samplingStageLabels } from "@/lib/sampling/labels";
import { definitionList, link, page, table } from "./html";

// One candidate's assessment record in the pack (handbook 5.20.3: who, where, what, when, by whom,
// the decisions with their reasons, feedback and reviews, IQA and its actions, achievements),
// with links to the evidence files beside it. Read from the database when the page is written,
// one candidate at a time.

type Db = PrismaClient | Prisma.TransactionClient;

const label = <K extends string>(labels: Record<K, string>, key: K) => labels[key] ?? key;

/** A file in the pack: its path relative to the candidate's folder, and the evidence item or activity it belongs to. */
export type EvidenceFileLink = { fileId: string; path: string; fileName: string; ownerId: string };

/**
 * The records of several candidates at once (the pack reads them in batches: eight queries per batch
 * rather than per candidate), by candidate id.
 */
export async function loadCandidateRecords(db: Db, centreId: string, ids: string[]) {
  const [candidates, decisions, activities, feedback, evidence, sampling, reviews] = await Promise.all([
    db.candidate.findMany({
      where: { centreId, id: { in: ids } },
      select: {
        id: true,
        name: true,
        uln: true,
        workplace: true,
        employer: true,
        startDate: true,
        entryConfirmedOn: true,
        entryType: true,
        initialAssessmentOn: true,
        initialAssessmentOutcome: true,
        status: true,
        completedOn: true,
        qualification: { select: { title: true, level: true, qualificationNumber: true } },
        assessor: { select: { name: true } },
        iqa: { select: { name: true } },
      },
    }),
    db.unitDecision.findMany({
      where: { centreId, candidateId: { in: ids } },
      orderBy: [{ decidedOn: "asc" }, { createdAt: "asc" }],
      select: {
        candidateId: true,
        decisionType: true,
        outcome: true,
        decidedOn: true,
        rationale: true,
        status: true,
        unit: { select: { urn: true, title: true } },
        assessor: { select: { name: true } },
      },
    }),
    db.assessmentActivity.findMany({
      where: { centreId, candidateId: { in: ids } },
      orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
      select: {
        candidateId: true,
        id: true,
        method: true,
        occurredOn: true,
        place: true,
        description: true,
        decision: true,
        simulated: true,
      },
    }),
    db.feedback.findMany({
      where: { centreId, candidateId: { in: ids } },
      orderBy: { givenAt: "asc" },
      select: { candidateId: true, givenAt: true, achieved: true, nextSteps: true, plannedActions: true, candidateResponse: true },
    }),
    db.evidenceItem.findMany({
      where: { centreId, candidateId: { in: ids } },
      orderBy: [{ createdAt: "asc" }],
      select: { candidateId: true, id: true, reference: true, title: true, method: true, status: true, judgedAt: true, createdAt: true },
    }),
    db.samplingRecord.findMany({
      where: { centreId, candidateId: { in: ids } },
      orderBy: [{ sampledOn: "asc" }, { createdAt: "asc" }],
      select: {
        candidateId: true,
        stage: true,
        sampledOn: true,
        outcome: true,
        rationale: true,
        unitId: true,
        iqa: { select: { name: true } },
        feedback: { select: { id: true } },
      },
    }),
    db.assessmentPlan.findMany({
      where: { centreId, candidateId: { in: ids } },
      orderBy: [{ plannedOn: "asc" }, { createdAt: "asc" }],
      select: { candidateId: true, title: true, plannedOn: true, reviewOn: true, status: true },
    }),
  ]);
  const unitIds = [...new Set(sampling.map((s) => s.unitId))];
  const units = unitIds.length
    ? new Map(
        (await db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, urn: true, title: true } })).map((u) => [u.id, u]),
      )
    : new Map<string, { urn: string; title: string }>();
  const of = <T extends { candidateId: string }>(rows: T[], id: string) => rows.filter((row) => row.candidateId === id);
  return new Map(
    candidates.map((candidate) => [
      candidate.id,
      {
        candidate,
        decisions: of(decisions, candidate.id),
        activities: of(activities, candidate.id),
        feedback: of(feedback, candidate.id),
        evidence: of(evidence, candidate.id),
        sampling: of(sampling, candidate.id),
        reviews: of(reviews, candidate.id),
        units,
      },
    ]),
  );
}

export type CandidateRecordData = NonNullable<Awaited<ReturnType<typeof loadCandidateRecords>> extends Map<string, infer V> ? V : never>;

export function candidateRecordPage(
  record: CandidateRecordData,
  input: {
    /** The candidate's files in the pack by stored-file id, with paths relative to the candidate's folder. */
    files: Map<string, EvidenceFileLink>;
    claimedLines: { kind: string; unit: string | null; claimedOn: string; provisional: boolean; reference: string }[];
    workInProgress: boolean;
  },
): string {
  const { candidate, decisions, activities, feedback, evidence, sampling, reviews, units } = record;
  const filesByEvidence = new Map<string, EvidenceFileLink[]>();
  for (const found of input.files.values()) filesByEvidence.set(found.ownerId, [...(filesByEvidence.get(found.ownerId) ?? []), found]);
  const fileLinks = (ownerId: string) => {
    const files = filesByEvidence.get(ownerId) ?? [];
    return { html: files.length ? files.map((f) => link(f.path, f.fileName)).join("<br>") : "—" };
  };

  const body = [
    input.workInProgress ? "<p>Work in progress: chosen by the centre for the external verifier to see.</p>" : "",
    "<h2>Candidate</h2>",
    definitionList([
      ["Name", candidate.name],
      ["ULN", candidate.uln],
      ["Location", [candidate.workplace, candidate.employer].filter(Boolean).join(", ")],
      [
        "Qualification",
        `${candidate.qualification.title} (level ${candidate.qualification.level}, ${candidate.qualification.qualificationNumber})`,
      ],
      ["Entry", candidate.entryType === "FULL_AWARD" ? "Full award" : "Unit entry"],
      ["Start date", isoDay(candidate.startDate)],
      ["Entry confirmed", candidate.entryConfirmedOn ? isoDay(candidate.entryConfirmedOn) : "Not confirmed"],
      ["Assessor", candidate.assessor?.name],
      ["Internal quality assurance", candidate.iqa?.name],
      [
        "Initial assessment",
        candidate.initialAssessmentOn ? `${isoDay(candidate.initialAssessmentOn)}: ${candidate.initialAssessmentOutcome ?? ""}` : null,
      ],
      ["Status", candidate.completedOn ? `${candidate.status} (completed ${isoDay(candidate.completedOn)})` : candidate.status],
    ]),
    "<h2>Achievements claimed</h2>",
    table(
      "Certificates claimed",
      ["Claim", "Claimed on", "Batch", "Direct Claims Status"],
      input.claimedLines.map((l) => [
        l.kind === "FULL_AWARD" ? "Full award" : `Unit ${l.unit ?? ""}`,
        l.claimedOn,
        l.reference,
        l.provisional ? "Provisional, to confirm at this visit" : "—",
      ]),
    ),
    "<h2>Assessment decisions</h2>",
    table(
      "Unit decisions, cross-referenced to the unit",
      ["Unit", "Decision", "Outcome", "Date", "Assessor", "Reasons", "Status"],
      decisions.map((d) => [
        `${d.unit.urn} ${d.unit.title}`,
        label(decisionTypeLabels, d.decisionType),
        label(unitOutcomeLabels, d.outcome),
        isoDay(d.decidedOn),
        d.assessor.name,
        d.rationale,
        d.status,
      ]),
    ),
    "<h2>Assessments</h2>",
    table(
      "Assessment activities",
      ["Date", "Method", "Where", "What happened", "Judgement", "Files"],
      activities.map((a) => [
        isoDay(a.occurredOn),
        label(assessmentMethodLabels, a.method) + (a.simulated ? " (simulated)" : ""),
        a.place,
        a.description,
        label(activityDecisionLabels, a.decision),
        fileLinks(a.id),
      ]),
    ),
    "<h2>Evidence</h2>",
    table(
      "Evidence items",
      ["Reference", "Title", "Method", "Status", "Judged", "Files"],
      evidence.map((e) => [
        e.reference,
        e.title,
        label(assessmentMethodLabels, e.method),
        label(evidenceStatusLabels, e.status),
        e.judgedAt ? isoDay(e.judgedAt) : null,
        fileLinks(e.id),
      ]),
    ),
    "<h2>Reviews and feedback</h2>",
    table(
      "Assessment plans and reviews",
      ["Plan", "Planned", "Review", "Status"],
      reviews.map((r) => [r.title, r.plannedOn ? isoDay(r.plannedOn) : null, r.reviewOn ? isoDay(r.reviewOn) : null, r.status]),
    ),
    table(
      "Feedback to the candidate",
      ["Given", "Achieved", "Next steps", "Planned actions", "Candidate's response"],
      feedback.map((f) => [isoDay(f.givenAt), f.achieved, f.nextSteps, f.plannedActions, f.candidateResponse]),
    ),
    "<h2>Internal quality assurance</h2>",
    table(
      "Sampling records",
      ["Date", "Unit", "Stage", "IQA", "Outcome", "Rationale", "Feedback to assessor"],
      sampling.map((s) => {
        const unit = units.get(s.unitId);
        return [
          isoDay(s.sampledOn),
          unit ? `${unit.urn} ${unit.title}` : null,
          label(samplingStageLabels, s.stage),
          s.iqa.name,
          label(samplingOutcomeLabels, s.outcome),
          s.rationale,
          s.feedback ? "Given" : "—",
        ];
      }),
    ),
  ].join("\n");
  return page(`Assessment record: ${candidate.name}`, body, { up: "../../", subtitle: candidate.qualification.title });
}
