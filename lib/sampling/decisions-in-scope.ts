import "server-only";
import { nonBlockingRelationships } from "@/lib/conflicts/labels";
import { centreConflictDeclarations } from "@/lib/conflicts/rule-declarations";
import { Prisma, type PrismaClient } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import type { IsoDate } from "@/lib/rules/dates";
import { excludeFromSampling } from "@/lib/rules/iqa-sampling";
import type { DecisionForSampling } from "@/lib/rules/sampling";

// The assessment decisions an IQA's sampling plan draws from (the team's agreed scope): the
// centre's unit decisions on the plan's qualification decided within the plan period, summative
// ones signed off or awaiting countersignature (stage summative) and formative ones (stage
// interim), of candidates allocated to the IQA or to no IQA. Then the IQA's own decisions, those
// they countersigned and those of candidates they have a live declared conflict with are left
// out (lib/rules/iqa-sampling.ts excludeFromSampling), and counted.
//
// One SQL statement reads every decision with what the sampling rule needs about it, whatever
// the number of decisions (5,000+ at a busy centre). What lies behind a decision is read per
// candidate and unit, from the candidate's whole record for the unit's criteria (not only what
// existed on the day of the decision: records do not carry the decision they led to):
//   methods        the assessment methods of the accepted evidence items cross-referenced to the
//                  unit's criteria and of the activities (RD09) that covered any of them
//   evidenceTypes  the methods of those accepted evidence items only (the kinds of evidence)
//   records        "RD05 planning" (an assessment plan naming the unit), "RD06 feedback" (feedback
//                  on one of those evidence items or activities), "RD08 witness statement" (one
//                  of the evidence items is a witness statement), "RD09 activity"
//   site           the candidate's workplace as registered, or "Not recorded"

type Db = PrismaClient | Prisma.TransactionClient;

export const siteNotRecorded = "Not recorded";

export const recordKinds = {
  planning: "RD05 planning",
  feedback: "RD06 feedback",
  witness: "RD08 witness statement",
  activity: "RD09 activity",
} as const;

/** A decision as the sampling rule sees it, with the names the screens show. */
export type ScopedDecision = DecisionForSampling & {
  candidateName: string;
  assessorName: string;
  unitId: string;
  unitTitle: string;
  decisionType: "FORMATIVE" | "SUMMATIVE";
  status: "RECORDED" | "AWAITING_COUNTERSIGNATURE" | "SIGNED_OFF" | "REOPENED";
  /** Who countersigned it (the IQA when they countersigned any version), or null. */
  countersignedById: string | null;
};

export type ExclusionReason = "own-decision" | "countersigned" | "conflict";
export type ExclusionCounts = Record<ExclusionReason, number>;

export interface DecisionScope {
  centreId: string;
  qualificationId: string;
  iqaUserId: string;
  from: IsoDate;
  to: IsoDate;
  /** The day conflicts of interest are judged on (today). */
  on: IsoDate;
  /**
   * "allocated" (the plans' scope): candidates allocated to the IQA or to no IQA. "all": every
   * candidate of the centre (the benchmark, whose busy centre splits its candidates between two IQAs).
   */
  candidates?: "allocated" | "all";
  /** Only these decisions (checking one decision an IQA adds by hand). */
  decisionIds?: readonly string[];
}

type Row = {
  kind: "decision" | "evidence" | "activity" | "plan" | "countersigned";
  id: string | null;
  candidate_id: string | null;
  candidate_name: string | null;
  workplace: string | null;
  assessor_id: string | null;
  assessor_name: string | null;
  unit_id: string | null;
  unit_urn: string | null;
  unit_title: string | null;
  decided_on: Date | null;
  decision_type: ScopedDecision["decisionType"] | null;
  status: ScopedDecision["status"] | null;
  methods: string[] | null;
  has_witness: boolean | null;
  has_feedback: boolean | null;
  signer: string | null;
};

/** What lies behind a candidate's unit. */
type Behind = {
  evidenceMethods: Set<string>;
  activityMethods: Set<string>;
  witness: boolean;
  feedback: boolean;
  activity: boolean;
  plan: boolean;
};

function decisionsSql(scope: DecisionScope): Prisma.Sql {
  const { centreId, qualificationId, iqaUserId, from, to } = scope;
  const allocation =
    (scope.candidates ?? "allocated") === "allocated"
      ? Prisma.sql`AND (c."iqaUserId" = ${iqaUserId}::uuid OR c."iqaUserId" IS NULL)`
      : Prisma.empty;
  const only = scope.decisionIds ? Prisma.sql`AND d."id" = ANY(${[...scope.decisionIds]}::uuid[])` : Prisma.empty;
  // Every CTE is MATERIALIZED and leads with the centre: the planner cannot estimate their sizes
  // and would otherwise repeat them per decision (see lib/caseload/queries.ts).
  return Prisma.sql`
    WITH dec AS MATERIALIZED (
      SELECT d."id", d."candidateId" AS candidate_id, d."unitId" AS unit_id, d."assessorUserId" AS assessor_id,
             d."decidedOn" AS decided_on, d."decisionType" AS decision_type, d."status",
             c."name" AS candidate_name, c."workplace"
      FROM "UnitDecision" d
      JOIN "Candidate" c ON c."centreId" = d."centreId" AND c."id" = d."candidateId"
      JOIN "Unit" u ON u."id" = d."unitId"
      WHERE d."centreId" = ${centreId}::uuid
        AND u."qualificationId" = ${qualificationId}::uuid
        AND d."decidedOn" BETWEEN ${from}::date AND ${to}::date
        AND ((d."decisionType" = 'SUMMATIVE' AND d."status" IN ('SIGNED_OFF', 'AWAITING_COUNTERSIGNATURE'))
             OR (d."decisionType" = 'FORMATIVE' AND d."status" <> 'REOPENED'))
        ${allocation} ${only}
    ),
    pairs AS MATERIALIZED (SELECT DISTINCT candidate_id, unit_id FROM dec),
    cands AS MATERIALIZED (SELECT DISTINCT candidate_id FROM pairs),
    units AS MATERIALIZED (SELECT DISTINCT unit_id FROM pairs),
    -- The unit's criteria: published ones and the centre's own typed-in ones.
    crit AS MATERIALIZED (
      SELECT ac."id", ac."unitId" AS unit_id
      FROM "AssessmentCriterion" ac JOIN units ON units.unit_id = ac."unitId"
      WHERE ac."centreId" IS NULL OR ac."centreId" = ${centreId}::uuid
    ),
    ev AS MATERIALIZED (
      SELECT DISTINCT e."candidateId" AS candidate_id, cr.unit_id, e."id" AS item_id, e."method"
      FROM cands
      JOIN "EvidenceItem" e ON e."centreId" = ${centreId}::uuid AND e."candidateId" = cands.candidate_id
      JOIN "EvidenceCriterion" ec ON ec."centreId" = e."centreId" AND ec."evidenceItemId" = e."id"
      JOIN crit cr ON cr."id" = ec."criterionId"
      WHERE e."status" = 'ACCEPTED'
    ),
    ev_unit AS MATERIALIZED (
      SELECT ev.candidate_id, ev.unit_id, array_agg(DISTINCT ev."method"::text) AS methods,
             bool_or(EXISTS (SELECT 1 FROM "WitnessStatement" w WHERE w."evidenceItemId" = ev.item_id)) AS has_witness,
             bool_or(EXISTS (SELECT 1 FROM "Feedback" f WHERE f."centreId" = ${centreId}::uuid AND f."evidenceItemId" = ev.item_id)) AS has_feedback
      FROM ev GROUP BY ev.candidate_id, ev.unit_id
    ),
    act AS MATERIALIZED (
      SELECT DISTINCT a."candidateId" AS candidate_id, cr.unit_id, a."id" AS activity_id, a."method"
      FROM cands
      JOIN "AssessmentActivity" a ON a."centreId" = ${centreId}::uuid AND a."candidateId" = cands.candidate_id
      JOIN "ActivityCriterion" x ON x."centreId" = a."centreId" AND x."activityId" = a."id"
      JOIN crit cr ON cr."id" = x."criterionId"
    ),
    act_unit AS MATERIALIZED (
      SELECT act.candidate_id, act.unit_id, array_agg(DISTINCT act."method"::text) AS methods,
             bool_or(EXISTS (SELECT 1 FROM "Feedback" f WHERE f."centreId" = ${centreId}::uuid AND f."activityId" = act.activity_id)) AS has_feedback
      FROM act GROUP BY act.candidate_id, act.unit_id
    ),
    planned AS MATERIALIZED (
      SELECT DISTINCT p."candidateId" AS candidate_id, planned_unit AS unit_id
      FROM cands
      JOIN "AssessmentPlan" p ON p."centreId" = ${centreId}::uuid AND p."candidateId" = cands.candidate_id
      CROSS JOIN LATERAL unnest(p."unitIds") AS planned_unit
    ),
    countersigned AS MATERIALIZED (
      SELECT s."recordId" AS decision_id,
             (array_agg(s."signerUserId" ORDER BY (s."signerUserId" = ${iqaUserId}::uuid) DESC, s."signedAt" DESC))[1] AS signer
      FROM "Signature" s
      WHERE s."centreId" = ${centreId}::uuid AND s."recordType" = 'UNIT_DECISION' AND s."role" = 'COUNTERSIGNING_ASSESSOR'
        AND s."recordId" IN (SELECT dec."id"::text FROM dec)
      GROUP BY s."recordId"
    )
    -- One stream of rows, no join between these CTEs (whose sizes the planner cannot estimate: it
    -- would loop over one per row of another): each decision, then what lies behind each candidate
    -- and unit, then each countersignature; they are put together in memory by their keys.
    SELECT 'decision' AS kind, dec."id", dec.candidate_id, dec.candidate_name, dec."workplace", dec.assessor_id,
           a."name" AS assessor_name, dec.unit_id, u."urn" AS unit_urn, u."title" AS unit_title, dec.decided_on,
           dec.decision_type::text AS decision_type, dec."status"::text AS status,
           NULL::text[] AS methods, NULL::boolean AS has_witness, NULL::boolean AS has_feedback, NULL::uuid AS signer
    FROM dec JOIN "User" a ON a."id" = dec.assessor_id JOIN "Unit" u ON u."id" = dec.unit_id
    UNION ALL
    SELECT 'evidence', NULL, candidate_id, NULL, NULL, NULL, NULL, unit_id, NULL, NULL, NULL, NULL, NULL, methods, has_witness, has_feedback, NULL
    FROM ev_unit
    UNION ALL
    SELECT 'activity', NULL, candidate_id, NULL, NULL, NULL, NULL, unit_id, NULL, NULL, NULL, NULL, NULL, methods, NULL, has_feedback, NULL
    FROM act_unit
    UNION ALL
    SELECT 'plan', NULL, candidate_id, NULL, NULL, NULL, NULL, unit_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM planned
    UNION ALL
    SELECT 'countersigned', decision_id::uuid, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, signer
    FROM countersigned`;
}

function toDecisions(rows: Row[]): ScopedDecision[] {
  const behind = new Map<string, Behind>();
  const countersigner = new Map<string, string>();
  const facts = (row: Row) => {
    const key = `${row.candidate_id}:${row.unit_id}`;
    let found = behind.get(key);
    if (!found) {
      found = { evidenceMethods: new Set(), activityMethods: new Set(), witness: false, feedback: false, activity: false, plan: false };
      behind.set(key, found);
    }
    return found;
  };
  for (const row of rows) {
    if (row.kind === "evidence") {
      const found = facts(row);
      for (const method of row.methods ?? []) found.evidenceMethods.add(method);
      found.witness ||= Boolean(row.has_witness);
      found.feedback ||= Boolean(row.has_feedback);
    } else if (row.kind === "activity") {
      const found = facts(row);
      for (const method of row.methods ?? []) found.activityMethods.add(method);
      found.feedback ||= Boolean(row.has_feedback);
      found.activity = true;
    } else if (row.kind === "plan") {
      facts(row).plan = true;
    } else if (row.kind === "countersigned" && row.id && row.signer) {
      countersigner.set(row.id, row.signer);
    }
  }
  const decisions: ScopedDecision[] = [];
  for (const row of rows) {
    if (row.kind !== "decision") continue;
    const found = behind.get(`${row.candidate_id}:${row.unit_id}`);
    const evidenceMethods = [...(found?.evidenceMethods ?? [])].sort();
    const methods = [...new Set([...evidenceMethods, ...(found?.activityMethods ?? [])])].sort();
    const records: string[] = [];
    if (found?.plan) records.push(recordKinds.planning);
    if (found?.feedback) records.push(recordKinds.feedback);
    if (found?.witness) records.push(recordKinds.witness);
    if (found?.activity) records.push(recordKinds.activity);
    const site = row.workplace?.trim();
    decisions.push({
      id: row.id!,
      candidateId: row.candidate_id!,
      assessorId: row.assessor_id!,
      unitUrn: row.unit_urn!,
      methods,
      evidenceTypes: evidenceMethods,
      records,
      site: site ? site : siteNotRecorded,
      decidedOn: isoDay(row.decided_on),
      stage: row.decision_type === "FORMATIVE" ? "interim" : "summative",
      candidateName: row.candidate_name!,
      assessorName: row.assessor_name!,
      unitId: row.unit_id!,
      unitTitle: row.unit_title!,
      decisionType: row.decision_type!,
      status: row.status!,
      countersignedById: countersigner.get(row.id!) ?? null,
    });
  }
  return decisions.sort((a, b) =>
    a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/** Every decision of the period and qualification the IQA may see, before exclusions. */
export async function loadDecisionsForSampling(db: Db, scope: DecisionScope): Promise<ScopedDecision[]> {
  const rows = await db.$queryRaw<Row[]>(decisionsSql(scope));
  return toDecisions(rows);
}

/**
 * The IQA's declared relationships that stop them sampling a candidate's decisions (ICS A2): with
 * a candidate, or with the whole centre (candidateId null: every candidate there).
 */
export async function samplingConflicts(db: Db, centreId: string, iqaUserId: string) {
  const rows = await centreConflictDeclarations(db, { centreId, staffUserIds: [iqaUserId] });
  return rows
    .filter((row) => !nonBlockingRelationships.includes(row.relationship))
    .map((row) => ({
      staffId: row.staffUserId,
      candidateId: row.subject === "CANDIDATE" ? row.candidateId : null,
      declaredOn: isoDay(row.declaredOn),
      endedOn: row.endedOn ? isoDay(row.endedOn) : null,
    }));
}

export type DecisionsInScope = {
  /** The decisions the plan may sample, in decision-date order. */
  inScope: ScopedDecision[];
  /** Decisions of the period left out, and why. */
  excluded: { decision: ScopedDecision; reason: ExclusionReason }[];
  counts: ExclusionCounts;
};

/** The decisions a plan samples from: loaded, then the IQA's own, countersigned and conflicted ones left out. */
export async function decisionsInScope(db: Db, scope: DecisionScope): Promise<DecisionsInScope> {
  const decisions = await loadDecisionsForSampling(db, scope);
  const conflicts = await samplingConflicts(db, scope.centreId, scope.iqaUserId);
  return applyExclusions(decisions, scope.iqaUserId, conflicts, scope.on);
}

export function applyExclusions(
  decisions: ScopedDecision[],
  iqaUserId: string,
  conflicts: Awaited<ReturnType<typeof samplingConflicts>>,
  on: IsoDate,
): DecisionsInScope {
  // A declaration about the whole centre stands for one with each candidate whose decisions are here.
  const candidateIds = [...new Set(decisions.map((decision) => decision.candidateId))];
  const perCandidate = conflicts.flatMap((conflict) =>
    conflict.candidateId === null
      ? candidateIds.map((candidateId) => ({ ...conflict, candidateId }))
      : [{ ...conflict, candidateId: conflict.candidateId }],
  );
  const result = excludeFromSampling({ decisions, iqaId: iqaUserId, conflicts: perCandidate, on });
  const byId = new Map(decisions.map((decision) => [decision.id, decision]));
  const keep = new Set(result.inScope);
  const counts: ExclusionCounts = { "own-decision": 0, countersigned: 0, conflict: 0 };
  const excluded = result.excluded.flatMap((entry) => {
    const decision = byId.get(entry.id);
    if (!decision) return [];
    counts[entry.reason] += 1;
    return [{ decision, reason: entry.reason }];
  });
  return { inScope: decisions.filter((decision) => keep.has(decision.id)), excluded, counts };
}

/** Why an IQA may not sample a decision, in words. */
export function exclusionMessage(reason: ExclusionReason, decision: { candidateName: string }): string {
  switch (reason) {
    case "own-decision":
      return "That is your own assessment decision: an IQA never samples their own decisions.";
    case "countersigned":
      return "You countersigned that decision, so you cannot sample it: another IQA must.";
    case "conflict":
      return `You have declared a relationship with ${decision.candidateName} or with this centre that stops you sampling their decisions (ICS code A2).`;
  }
}
