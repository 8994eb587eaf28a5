import "server-only";
import type { AccessContext, Workspace } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { assessorStatusAtCentre } from "@/lib/professional-record/verified";
import { getPrisma, Prisma } from "@/lib/db/client";
import { partiesAt, toRuleDeclaration } from "@/lib/conflicts/rule-declarations";
import { addDays, isoDay } from "@/lib/format/dates";
import { assessorConflicts } from "@/lib/rules/conflicts-of-interest";
import { caseloadPageSize, containsPattern, type CaseloadFilters } from "./filters";

// The assessor's caseload: their candidates across every centre they assess for, with what needs
// them next. A fixed number of queries whatever the caseload's size: one set-based SQL statement
// computes every candidate's counts (grouped by candidate id, each join leading with the centre),
// filters and pages them; one reads the countersignatures the person is asked for. Each per-candidate
// aggregate is MATERIALIZED: the planner cannot estimate the caseload's size from the CTE and would
// otherwise re-run each aggregate once per candidate in a nested loop (seconds at 300 candidates).

type CentreWorkspace = Extract<Workspace, { kind: "centre" }>;

/** How long a candidate's reply to feedback stays "to read" when the assessor has not followed it up. */
export const replyWindowDays = 30;

/** The centres where the person assesses (their caseload spans them all). */
export function caseloadCentres(access: AccessContext): CentreWorkspace[] {
  return access.workspaces.filter((w): w is CentreWorkspace => w.kind === "centre" && rolesCan(w.roles, "caseload.view"));
}

export type CaseloadRow = {
  candidateId: string;
  centreId: string;
  centreName: string;
  name: string;
  qualificationTitle: string;
  plansAwaitingCandidate: number;
  evidenceAwaitingJudgement: number;
  feedbackOwed: number;
  unitsReadyToSign: number;
  unitsReopened: number;
  repliesToRead: number;
  needsMe: boolean;
};

export type CaseloadTotals = {
  candidates: number;
  needingMe: number;
  plansAwaitingCandidate: number;
  evidenceAwaitingJudgement: number;
  feedbackOwed: number;
  unitsReadyToSign: number;
  /** Units whose decision an IQA reopened ("disagree"): the assessor changes it and signs it again. */
  unitsReopened: number;
  repliesToRead: number;
};

type RawRow = {
  id: string;
  centre_id: string;
  name: string;
  qualification_title: string;
  plans: number;
  evidence_awaiting: number;
  feedback_owed: number;
  ready: number;
  reopened: number;
  replies: number;
  needs_me: boolean;
  filtered_total: number;
  all_candidates: number;
  all_needing: number;
  all_plans: number;
  all_evidence: number;
  all_feedback: number;
  all_ready: number;
  all_reopened: number;
  all_replies: number;
};

export function caseloadSql(options: {
  userId: string;
  centreIds: string[];
  filters: CaseloadFilters;
  limit: number;
  offset: number;
  now: Date;
}) {
  const { userId, centreIds, filters, limit, offset, now } = options;
  const repliesSince = addDays(now, -replyWindowDays);
  const centreFilter = filters.centreId ? Prisma.sql`AND r.centre_id = ${filters.centreId}::uuid` : Prisma.empty;
  const searchFilter = filters.search ? Prisma.sql`AND r.name ILIKE ${containsPattern(filters.search)}` : Prisma.empty;
  const needsFilter = filters.needsMe ? Prisma.sql`AND r.needs_me` : Prisma.empty;
  return Prisma.sql`
    WITH mine AS MATERIALIZED (
      SELECT c."id", c."centreId", c."name", c."qualificationId", c."entryType", c."entryUnitIds"
      FROM "Candidate" c
      WHERE c."centreId" = ANY(${centreIds}::uuid[]) AND c."assessorUserId" = ${userId}::uuid AND c."status" = 'ACTIVE'
    ),
    plans AS MATERIALIZED (
      SELECT p."candidateId" AS id, count(*)::int AS n
      FROM "AssessmentPlan" p JOIN mine m ON m."centreId" = p."centreId" AND m."id" = p."candidateId"
      WHERE p."status" = 'AWAITING_CANDIDATE'
      GROUP BY p."candidateId"
    ),
    evidence AS MATERIALIZED (
      SELECT e."candidateId" AS id,
        count(*) FILTER (WHERE e."status" = 'AWAITING_JUDGEMENT')::int AS awaiting,
        count(*) FILTER (
          WHERE e."status" <> 'AWAITING_JUDGEMENT'
            AND NOT EXISTS (SELECT 1 FROM "Feedback" f WHERE f."centreId" = e."centreId" AND f."evidenceItemId" = e."id")
        )::int AS owed
      FROM "EvidenceItem" e JOIN mine m ON m."centreId" = e."centreId" AND m."id" = e."candidateId"
      GROUP BY e."candidateId"
    ),
    activities AS MATERIALIZED (
      SELECT a."candidateId" AS id, count(*)::int AS owed
      FROM "AssessmentActivity" a JOIN mine m ON m."centreId" = a."centreId" AND m."id" = a."candidateId"
      WHERE NOT EXISTS (SELECT 1 FROM "Feedback" f WHERE f."centreId" = a."centreId" AND f."activityId" = a."id")
      GROUP BY a."candidateId"
    ),
    replies AS MATERIALIZED (
      SELECT f."candidateId" AS id, count(*)::int AS n
      FROM "Feedback" f JOIN mine m ON m."centreId" = f."centreId" AND m."id" = f."candidateId"
      WHERE f."givenById" = ${userId}::uuid
        AND f."candidateRespondedAt" >= ${repliesSince}
        AND NOT EXISTS (
          SELECT 1 FROM "Feedback" g
          WHERE g."centreId" = f."centreId" AND g."candidateId" = f."candidateId"
            AND g."givenById" = ${userId}::uuid AND g."givenAt" > f."candidateRespondedAt"
        )
      GROUP BY f."candidateId"
    ),
    -- The (centre, unit) pairs the caseload's candidates are entered for, found without a row per
    -- candidate and unit: 300 full-award candidates of one qualification are 13,500 such rows but
    -- 45 pairs (a full award by its qualification, named units by the candidate's list).
    centre_units AS MATERIALIZED (
      SELECT q.centre_id, u."id" AS unit_id
      FROM (SELECT DISTINCT m."centreId" AS centre_id, m."qualificationId" AS qualification_id FROM mine m WHERE m."entryType" = 'FULL_AWARD') q
      JOIN "Unit" u ON u."qualificationId" = q.qualification_id
      UNION
      SELECT m."centreId", u."id"
      FROM mine m JOIN "Unit" u ON u."qualificationId" = m."qualificationId" AND u."id" = ANY(m."entryUnitIds")
      WHERE m."entryType" <> 'FULL_AWARD'
    ),
    -- The criteria each centre assesses a unit against: the published ones when the unit has any,
    -- otherwise the centre's own typed-in ones (as lib/unit-criteria/criteria.ts).
    criteria AS (
      SELECT cu.centre_id, cu.unit_id, ac."id" AS criterion_id
      FROM centre_units cu
      JOIN "AssessmentCriterion" ac ON ac."centreId" IS NULL AND ac."unitId" = cu.unit_id
      UNION ALL
      SELECT cu.centre_id, cu.unit_id, ac."id"
      FROM centre_units cu
      JOIN "AssessmentCriterion" ac ON ac."centreId" = cu.centre_id AND ac."unitId" = cu.unit_id
      WHERE NOT EXISTS (SELECT 1 FROM "LearningOutcome" pub WHERE pub."centreId" IS NULL AND pub."unitId" = cu.unit_id)
    ),
    criteria_count AS MATERIALIZED (
      SELECT centre_id, unit_id, count(*)::int AS n FROM criteria GROUP BY centre_id, unit_id
    ),
    -- Met as lib/rules/criteria-progress.ts has it: an activity judged it met, or accepted evidence
    -- cross-referenced to it that was not judged only partly (or not yet) met.
    met AS MATERIALIZED (
      SELECT a."centreId" AS centre_id, a."candidateId" AS candidate_id, ac."criterionId" AS criterion_id,
        m."entryType" AS entry_type, m."entryUnitIds" AS entry_unit_ids
      FROM "AssessmentActivity" a
      JOIN mine m ON m."centreId" = a."centreId" AND m."id" = a."candidateId"
      JOIN "ActivityCriterion" ac ON ac."centreId" = a."centreId" AND ac."activityId" = a."id"
      WHERE ac."judgement" = 'MET'
      UNION ALL
      SELECT e."centreId", e."candidateId", ec."criterionId", m."entryType", m."entryUnitIds"
      FROM "EvidenceItem" e
      JOIN mine m ON m."centreId" = e."centreId" AND m."id" = e."candidateId"
      JOIN "EvidenceCriterion" ec ON ec."centreId" = e."centreId" AND ec."evidenceItemId" = e."id"
      WHERE e."status" = 'ACCEPTED' AND (ec."judgement" IS NULL OR ec."judgement" = 'MET')
    ),
    -- Met criteria per candidate and unit, for the candidate's own units only (the entry rides
    -- along on each row rather than joining the candidate-unit list again).
    met_count AS MATERIALIZED (
      SELECT met.candidate_id, met.centre_id, cr.unit_id, count(DISTINCT met.criterion_id)::int AS n
      FROM met
      JOIN criteria cr ON cr.centre_id = met.centre_id AND cr.criterion_id = met.criterion_id
      WHERE met.entry_type = 'FULL_AWARD' OR cr.unit_id = ANY(met.entry_unit_ids)
      GROUP BY met.candidate_id, met.centre_id, cr.unit_id
    ),
    ready AS MATERIALIZED (
      SELECT mc.candidate_id AS id, count(*)::int AS n
      FROM met_count mc
      JOIN criteria_count cc ON cc.centre_id = mc.centre_id AND cc.unit_id = mc.unit_id
      WHERE mc.n = cc.n
        AND NOT EXISTS (
          SELECT 1 FROM "UnitDecision" d
          WHERE d."centreId" = mc.centre_id AND d."candidateId" = mc.candidate_id AND d."unitId" = mc.unit_id
            AND d."decisionType" = 'SUMMATIVE' AND d."outcome" = 'ACHIEVED'
            -- A reopened sign-off is not ready to sign: it is counted under "reopened by the IQA" (changed first).
            AND d."status" IN ('SIGNED_OFF', 'AWAITING_COUNTERSIGNATURE', 'REOPENED')
        )
      GROUP BY mc.candidate_id
    ),
    -- Units with a decision an IQA reopened ("disagree"): the assessor must change it and sign it again.
    reopened AS MATERIALIZED (
      SELECT d."candidateId" AS id, count(DISTINCT d."unitId")::int AS n
      FROM "UnitDecision" d JOIN mine m ON m."centreId" = d."centreId" AND m."id" = d."candidateId"
      WHERE d."status" = 'REOPENED'
      GROUP BY d."candidateId"
    ),
    -- One stream of rows per candidate (the candidate itself, then each count), summed by candidate
    -- id in a single hash aggregate: no join between these CTEs, whose sizes the planner cannot
    -- estimate (it would pick nested loops over them).
    per_candidate AS (
      SELECT parts.id,
        (array_agg(parts.centre_id) FILTER (WHERE parts.centre_id IS NOT NULL))[1] AS centre_id,
        (array_agg(parts.name) FILTER (WHERE parts.name IS NOT NULL))[1] AS name,
        (array_agg(parts.qualification_id) FILTER (WHERE parts.qualification_id IS NOT NULL))[1] AS qualification_id,
        sum(parts.plans)::int AS plans,
        sum(parts.evidence_awaiting)::int AS evidence_awaiting,
        sum(parts.feedback_owed)::int AS feedback_owed,
        sum(parts.ready)::int AS ready,
        sum(parts.reopened)::int AS reopened,
        sum(parts.replies)::int AS replies
      FROM (
        SELECT m."id" AS id, m."centreId" AS centre_id, m."name" AS name, m."qualificationId" AS qualification_id,
          0 AS plans, 0 AS evidence_awaiting, 0 AS feedback_owed, 0 AS ready, 0 AS reopened, 0 AS replies
        FROM mine m
        UNION ALL SELECT id, NULL, NULL, NULL, n, 0, 0, 0, 0, 0 FROM plans
        UNION ALL SELECT id, NULL, NULL, NULL, 0, awaiting, owed, 0, 0, 0 FROM evidence
        UNION ALL SELECT id, NULL, NULL, NULL, 0, 0, owed, 0, 0, 0 FROM activities
        UNION ALL SELECT id, NULL, NULL, NULL, 0, 0, 0, n, 0, 0 FROM ready
        UNION ALL SELECT id, NULL, NULL, NULL, 0, 0, 0, 0, n, 0 FROM reopened
        UNION ALL SELECT id, NULL, NULL, NULL, 0, 0, 0, 0, 0, n FROM replies
      ) parts
      GROUP BY parts.id
    ),
    with_totals AS (
      SELECT pc.*,
        (pc.evidence_awaiting + pc.feedback_owed + pc.ready + pc.reopened + pc.replies) > 0 AS needs_me,
        count(*) OVER ()::int AS all_candidates,
        (count(*) FILTER (WHERE pc.evidence_awaiting + pc.feedback_owed + pc.ready + pc.reopened + pc.replies > 0) OVER ())::int AS all_needing,
        (sum(pc.plans) OVER ())::int AS all_plans,
        (sum(pc.evidence_awaiting) OVER ())::int AS all_evidence,
        (sum(pc.feedback_owed) OVER ())::int AS all_feedback,
        (sum(pc.ready) OVER ())::int AS all_ready,
        (sum(pc.reopened) OVER ())::int AS all_reopened,
        (sum(pc.replies) OVER ())::int AS all_replies
      FROM per_candidate pc
    ),
    page AS (
      SELECT r.*, count(*) OVER ()::int AS filtered_total
      FROM with_totals r
      WHERE TRUE ${centreFilter} ${searchFilter} ${needsFilter}
      ORDER BY r.needs_me DESC, r."name" ASC, r."id" ASC
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT page.*, q."title" AS qualification_title
    FROM page JOIN "Qualification" q ON q."id" = page.qualification_id
    ORDER BY page.needs_me DESC, page."name" ASC, page."id" ASC`;
}

const emptyTotals: CaseloadTotals = {
  candidates: 0,
  needingMe: 0,
  plansAwaitingCandidate: 0,
  evidenceAwaitingJudgement: 0,
  feedbackOwed: 0,
  unitsReadyToSign: 0,
  unitsReopened: 0,
  repliesToRead: 0,
};

async function runCaseload(userId: string, centreIds: string[], filters: CaseloadFilters, limit: number, offset: number, now: Date) {
  return getPrisma().$queryRaw<RawRow[]>(caseloadSql({ userId, centreIds, filters, limit, offset, now }));
}

/** Totals across the whole caseload (the home page's summary). Totals come from one query whatever the filters. */
async function totalsOnly(userId: string, centreIds: string[], now: Date): Promise<CaseloadTotals> {
  const noFilter: CaseloadFilters = { centreId: null, needsMe: false, search: "", page: 1 };
  const [row] = await runCaseload(userId, centreIds, noFilter, 1, 0, now);
  return row ? totalsOf(row) : emptyTotals;
}

function totalsOf(row: RawRow): CaseloadTotals {
  return {
    candidates: row.all_candidates,
    needingMe: row.all_needing,
    plansAwaitingCandidate: row.all_plans,
    evidenceAwaitingJudgement: row.all_evidence,
    feedbackOwed: row.all_feedback,
    unitsReadyToSign: row.all_ready,
    unitsReopened: row.all_reopened,
    repliesToRead: row.all_replies,
  };
}

export type Countersignature = {
  decisionId: string;
  centreId: string;
  centreName: string;
  candidateId: string;
  candidateName: string;
  unitId: string;
  unit: string;
  assessorName: string;
  decidedOn: Date;
};

/**
 * Decisions by other assessors of the person's centres that wait for a qualified assessor's
 * countersignature (handbook 4.2), at the centres where the person's own record, as that centre
 * has verified it, makes them a qualified assessor under the awarding body's policy.
 */
async function countersignaturesFor(access: AccessContext, centres: CentreWorkspace[], limit: number, now: Date) {
  const db = getPrisma();
  const eligible = centres.filter((centre) => rolesCan(centre.roles, "assessment.countersign"));
  if (eligible.length === 0) return { total: 0, items: [] as Countersignature[] };
  const bodyIds = [...new Set(eligible.map((centre) => centre.awardingBodyId))];
  const [bodies, rows] = await Promise.all([
    db.awardingBody.findMany({ where: { id: { in: bodyIds } }, select: { id: true, name: true } }),
    db.staffQualification.findMany({
      where: { userId: access.userId },
      select: {
        code: true,
        held: true,
        verifications: { where: { centreId: { in: eligible.map((centre) => centre.centreId) } }, select: { centreId: true } },
      },
    }),
  ]);
  const bodyName = new Map(bodies.map((body) => [body.id, body.name]));
  // Qualified at a centre: an accepted assessor qualification held and verified by that centre
  // (lib/professional-record/verified.ts), as countersigning there requires.
  const centreIds = eligible
    .filter(
      (centre) =>
        assessorStatusAtCentre(
          rows.map((row) => ({ code: row.code, held: row.held, verified: row.verifications.some((v) => v.centreId === centre.centreId) })),
          { name: centre.name, awardingBodyName: bodyName.get(centre.awardingBodyId) ?? "" },
        ).status === "qualified",
    )
    .map((centre) => centre.centreId);
  if (centreIds.length === 0) return { total: 0, items: [] as Countersignature[] };
  // Not the candidates the person may not assess (a declared conflict, as assertMayAssess refuses
  // the countersignature), nor candidates who are no longer active.
  // A declaration about a whole centre leaves out every decision there.
  const declarations = await db.conflictOfInterestDeclaration.findMany({
    where: { centreId: { in: centreIds }, staffUserId: access.userId, subject: { in: ["CANDIDATE", "CENTRE"] } },
  });
  const ruleDeclarations = declarations.map(toRuleDeclaration);
  const blocks = (candidateId: string, centreId: string) =>
    assessorConflicts(access.userId, partiesAt(candidateId, centreId, isoDay(now)), ruleDeclarations).some(
      (finding) => finding.severity === "problem",
    );
  const blockedCentres = new Set(centreIds.filter((centreId) => blocks("", centreId)));
  const blocked = [
    ...new Set(
      declarations.flatMap((row) =>
        row.subject === "CANDIDATE" && row.candidateId && row.centreId && blocks(row.candidateId, row.centreId) ? [row.candidateId] : [],
      ),
    ),
  ];
  const where = {
    centreId: { in: centreIds.filter((centreId) => !blockedCentres.has(centreId)) },
    status: "AWAITING_COUNTERSIGNATURE" as const,
    assessorUserId: { not: access.userId },
    candidate: { status: "ACTIVE" as const },
    ...(blocked.length > 0 ? { candidateId: { notIn: blocked } } : {}),
  };
  const [total, decisions] = await Promise.all([
    db.unitDecision.count({ where }),
    db.unitDecision.findMany({
      where,
      orderBy: [{ decidedOn: "asc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        centreId: true,
        candidateId: true,
        decidedOn: true,
        candidate: { select: { name: true } },
        unit: { select: { id: true, urn: true, title: true } },
        assessor: { select: { name: true } },
      },
    }),
  ]);
  const centreName = new Map(centres.map((centre) => [centre.centreId, centre.name]));
  return {
    total,
    items: decisions.map((decision) => ({
      decisionId: decision.id,
      centreId: decision.centreId,
      centreName: centreName.get(decision.centreId) ?? "",
      candidateId: decision.candidateId,
      candidateName: decision.candidate.name,
      unitId: decision.unit.id,
      unit: `${decision.unit.urn} ${decision.unit.title}`,
      assessorName: decision.assessor.name,
      decidedOn: decision.decidedOn,
    })),
  };
}

/** The caseload page: one page of candidates with their counts, the totals, and the countersignatures asked for. */
export async function getCaseload(access: AccessContext, filters: CaseloadFilters, now: Date = new Date()) {
  requirePermission(access, "caseload.view");
  const centres = caseloadCentres(access);
  const centreIds = centres.map((centre) => centre.centreId);
  const centreName = new Map(centres.map((centre) => [centre.centreId, centre.name]));
  let page = filters.page;
  let rows =
    centreIds.length === 0
      ? []
      : await runCaseload(access.userId, centreIds, filters, caseloadPageSize, (page - 1) * caseloadPageSize, now);
  // A page past the end (the list shrank since the link was made): show the first page instead.
  if (rows.length === 0 && page > 1 && centreIds.length > 0) {
    page = 1;
    rows = await runCaseload(access.userId, centreIds, filters, caseloadPageSize, 0, now);
  }
  const [totals, countersignatures] = await Promise.all([
    rows[0]
      ? Promise.resolve(totalsOf(rows[0]))
      : centreIds.length === 0
        ? Promise.resolve(emptyTotals)
        : totalsOnly(access.userId, centreIds, now),
    countersignaturesFor(access, centres, 20, now),
  ]);
  const filteredTotal = rows[0]?.filtered_total ?? 0;
  return {
    centres: centres.map((centre) => ({ id: centre.centreId, name: centre.name, key: centre.key })),
    activeCentreId: access.workspace.kind === "centre" ? access.workspace.centreId : null,
    page,
    pageCount: Math.max(1, Math.ceil(filteredTotal / caseloadPageSize)),
    filteredTotal,
    totals,
    countersignatures,
    rows: rows.map((row): CaseloadRow => ({
      candidateId: row.id,
      centreId: row.centre_id,
      centreName: centreName.get(row.centre_id) ?? "",
      name: row.name,
      qualificationTitle: row.qualification_title,
      plansAwaitingCandidate: row.plans,
      evidenceAwaitingJudgement: row.evidence_awaiting,
      feedbackOwed: row.feedback_owed,
      unitsReadyToSign: row.ready,
      unitsReopened: row.reopened,
      repliesToRead: row.replies,
      needsMe: row.needs_me,
    })),
  };
}
export type Caseload = Awaited<ReturnType<typeof getCaseload>>;

/** The home page's short summary of the caseload. */
export async function getCaseloadSummary(access: AccessContext, now: Date = new Date()) {
  requirePermission(access, "caseload.view");
  const centres = caseloadCentres(access);
  const centreIds = centres.map((centre) => centre.centreId);
  const [totals, countersignatures] = await Promise.all([
    centreIds.length === 0 ? Promise.resolve(emptyTotals) : totalsOnly(access.userId, centreIds, now),
    countersignaturesFor(access, centres, 0, now),
  ]);
  return { totals, countersignaturesAsked: countersignatures.total, centreCount: centres.length };
}
