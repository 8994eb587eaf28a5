import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { loadOwnCandidates } from "@/lib/candidates/load-candidate";
import { getPrisma } from "@/lib/db/client";
import { readCandidateProgress } from "@/lib/progress/queries";
import { declarationRecordId, unitDeclarationContent } from "@/lib/sign-off/declaration-content";
import { contentSha256 } from "@/lib/signatures/canonical";
import { criteriaOfUnits } from "@/lib/unit-criteria/criteria";

// The candidate's own landing page: for each of their registrations at the active centre, what
// waits for them (a plan to confirm, feedback to reply to, declarations to sign), their evidence
// and progress, and the rule of combination with what to take next. A candidate sees only their
// own registrations (loadOwnCandidates); a fixed number of queries per registration.

export type EvidenceCounts = { awaitingJudgement: number; accepted: number; rejected: number };

async function portfolioOf(access: Parameters<typeof readCandidateProgress>[1], candidateId: string) {
  const db = getPrisma();
  const centreId = access.workspace.centreId;
  const where = { centreId, candidateId };
  const progress = await readCandidateProgress(db, access, candidateId);
  const unitIds = progress.units.map((unit) => unit.unit.id);
  const [plans, feedback, evidenceByStatus, evidence, criteria, declarationSignatures] = await Promise.all([
    db.assessmentPlan.findMany({
      where: { ...where, status: "AWAITING_CANDIDATE" },
      select: { id: true, title: true, plannedOn: true },
      orderBy: { createdAt: "asc" },
    }),
    db.feedback.findMany({
      where: { ...where, candidateResponse: null },
      select: { id: true, givenAt: true, nextSteps: true },
      orderBy: { givenAt: "asc" },
    }),
    db.evidenceItem.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db.evidenceItem.findMany({
      where: { ...where, status: { not: "REJECTED" } },
      select: { id: true, reference: true, title: true, method: true, status: true, criteria: { select: { criterionId: true } } },
    }),
    criteriaOfUnits(db, centreId, unitIds),
    db.signature.findMany({
      where: { centreId, recordType: "UNIT_EVIDENCE_DECLARATION", recordId: { startsWith: `${candidateId}:` }, role: "CANDIDATE" },
      select: { recordId: true, contentSha256: true },
    }),
  ]);

  const counts: EvidenceCounts = { awaitingJudgement: 0, accepted: 0, rejected: 0 };
  for (const row of evidenceByStatus) {
    if (row.status === "AWAITING_JUDGEMENT") counts.awaitingJudgement = row._count._all;
    if (row.status === "ACCEPTED") counts.accepted = row._count._all;
    if (row.status === "REJECTED") counts.rejected = row._count._all;
  }

  // A declaration is due for a unit whose every criterion is met and that is not achieved yet,
  // when the candidate has not signed its evidence list exactly as it stands now.
  const criterionById = new Map(criteria.map((criterion) => [criterion.id, criterion]));
  const signed = new Set(declarationSignatures.map((row) => `${row.recordId}|${row.contentSha256}`));
  const declarationsToSign = progress.units
    .filter((unit) => unit.summary.total > 0 && unit.summary.met === unit.summary.total && unit.achievement.state === "notAchieved")
    .filter((unit) => {
      const content = unitDeclarationContent({
        candidateId,
        unit: unit.unit,
        evidence: evidence.map((item) => ({
          ...item,
          criteriaRefs: item.criteria
            .map((link) => criterionById.get(link.criterionId))
            .filter((criterion) => criterion?.unitId === unit.unit.id)
            .map((criterion) => criterion!.ref),
        })),
      });
      return !signed.has(`${declarationRecordId(candidateId, unit.unit.id)}|${contentSha256(content)}`);
    })
    .map((unit) => unit.unit);

  return {
    candidate: { id: progress.candidate.id, name: progress.candidate.name, status: progress.candidate.status },
    qualification: progress.qualification,
    assessorName: progress.assessorName,
    plansToConfirm: plans,
    feedbackToReply: feedback,
    declarationsToSign,
    evidence: counts,
    units: progress.units.map((unit) => ({ unit: unit.unit, summary: unit.summary, achievement: unit.achievement })),
    ruleOfCombination: progress.ruleOfCombination,
  };
}
export type Portfolio = Awaited<ReturnType<typeof portfolioOf>>;

/** The signed-in candidate's registrations at the active centre, each with its portfolio summary. */
export async function getOwnPortfolio(access: AccessContext): Promise<Portfolio[]> {
  const centre = requireCentrePermission(access, "portfolio.own", "Portfolio");
  const candidates = await loadOwnCandidates(getPrisma(), centre);
  return Promise.all(candidates.map((candidate) => portfolioOf(centre, candidate.id)));
}
