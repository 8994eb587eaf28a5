import "server-only";
import { isCentreAccess, type AccessContext, type CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { loadCandidate, requireCandidateReader } from "@/lib/candidates/load-candidate";
import { logExternalVerifierAccess } from "@/lib/external-verifier-access/scope";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { describeCombinationRule, parseRuleOfCombination } from "@/lib/qualifications/rule-of-combination-data";
import {
  achievedUnitIds,
  criteriaProgress,
  progressSummary,
  unitAchievement,
  type CriterionProgress,
  type UnitAchievement,
} from "@/lib/rules/criteria-progress";
import { evaluateRuleOfCombination, suggestUnitsToComplete, type QualificationSpec } from "@/lib/rules/rule-of-combination";
import { decisionTypeLabels, methodLabels, outcomeLabels, signatureRoleLabels } from "@/lib/sign-off/labels";
import { criteriaOfUnits } from "@/lib/unit-criteria/criteria";

// The candidate page (RD01 profile, RD03 progress, the rule of combination, history) in a fixed,
// small number of queries however many units the candidate has: every read is by candidate, never
// per unit.

type Db = PrismaClient | Prisma.TransactionClient;

export type UnitProgress = {
  unit: { id: string; urn: string; title: string; credit: number; level: number; group: string; unitNumber: number | null };
  criteria: CriterionProgress[];
  summary: ReturnType<typeof progressSummary>;
  achievement: UnitAchievement;
};

export type HistoryEntry = { at: Date; what: string; who: string | null; href: string | null };

export type CandidateProgress = Awaited<ReturnType<typeof readCandidateProgress>>;

/** What the candidate page shows, for staff with candidate.view or the candidate themselves. */
export async function getCandidateProgress(access: AccessContext, candidateId: string): Promise<CandidateProgress> {
  if (!isCentreAccess(access)) throw notFound("Candidate");
  return readCandidateProgress(getPrisma(), access, candidateId);
}

export async function readCandidateProgress(db: Db, access: CentreAccess, candidateId: string) {
  const staff = rolesCan(access.workspace.roles, "candidate.view");
  // Staff, a candidate (their own) or an external verifier (granted candidates, read-only; logged).
  requireCandidateReader(access);
  const candidate = await loadCandidate(db, access, candidateId);
  await logExternalVerifierAccess(db, { access, candidateId: candidate.id, action: "VIEW", what: "Candidate page" });
  const centreId = access.workspace.centreId;
  const where = { centreId, candidateId: candidate.id };
  const [qualification, evidence, activities, decisions, plans, feedback] = await Promise.all([
    db.qualification.findUnique({
      where: { id: candidate.qualificationId },
      select: {
        id: true,
        title: true,
        qualificationNumber: true,
        ruleOfCombination: true,
        units: {
          select: { id: true, urn: true, title: true, credit: true, level: true, glh: true, group: true, unitNumber: true },
          orderBy: [{ group: "asc" }, { unitNumber: "asc" }, { urn: "asc" }],
        },
      },
    }),
    db.evidenceItem.findMany({
      where,
      select: {
        id: true,
        reference: true,
        title: true,
        status: true,
        createdAt: true,
        judgedAt: true,
        submittedById: true,
        judgedById: true,
        // The centre in the link's where lets the (centreId, evidenceItemId|activityId) index serve it.
        criteria: { where: { centreId }, select: { criterionId: true, judgement: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.assessmentActivity.findMany({
      where,
      select: {
        id: true,
        method: true,
        occurredOn: true,
        place: true,
        assessorUserId: true,
        createdAt: true,
        // The centre in the link's where lets the (centreId, evidenceItemId|activityId) index serve it.
        criteria: { where: { centreId }, select: { criterionId: true, judgement: true } },
      },
      orderBy: { occurredOn: "asc" },
    }),
    db.unitDecision.findMany({
      where,
      select: {
        id: true,
        unitId: true,
        decisionType: true,
        outcome: true,
        status: true,
        decidedOn: true,
        createdAt: true,
        assessorUserId: true,
      },
    }),
    db.assessmentPlan.findMany({ where, select: { id: true, title: true, createdAt: true, createdById: true } }),
    db.feedback.findMany({
      where,
      select: { id: true, givenAt: true, givenById: true, candidateRespondedAt: true, evidenceItemId: true, activityId: true },
    }),
  ]);
  if (!qualification) throw notFound("Candidate");

  // Signatures on this candidate's declarations ("candidateId:unitId"), decisions and plans.
  const [criteria, signatures] = await Promise.all([
    criteriaOfUnits(
      db,
      centreId,
      (candidate.entryType === "UNITS"
        ? qualification.units.filter((unit) => candidate.entryUnitIds.includes(unit.id))
        : qualification.units
      ).map((unit) => unit.id),
    ),
    db.signature.findMany({
      where: {
        centreId,
        OR: [
          {
            recordType: "UNIT_EVIDENCE_DECLARATION",
            recordId: { in: qualification.units.map((unit) => `${candidate.id}:${unit.id}`) },
          },
          { recordType: "UNIT_DECISION", recordId: { in: decisions.map((row) => row.id) } },
          { recordType: "ASSESSMENT_PLAN", recordId: { in: plans.map((row) => row.id) } },
        ],
      },
      select: { recordType: true, recordId: true, role: true, signedAt: true, version: true, signer: { select: { name: true } } },
    }),
  ]);

  const shownUnits =
    candidate.entryType === "UNITS" ? qualification.units.filter((unit) => candidate.entryUnitIds.includes(unit.id)) : qualification.units;
  const activityLabel = (activity: { method: keyof typeof methodLabels; occurredOn: Date }) =>
    `${methodLabels[activity.method]} ${isoDay(activity.occurredOn)}`;
  const progressActivities = activities.map((activity) => ({ ...activity, label: activityLabel(activity) }));
  const units: UnitProgress[] = shownUnits.map((unit) => {
    const cells = criteriaProgress(
      criteria.filter((criterion) => criterion.unitId === unit.id),
      evidence,
      progressActivities,
    );
    return {
      unit,
      criteria: cells,
      summary: progressSummary(cells),
      achievement: unitAchievement(decisions.filter((decision) => decision.unitId === unit.id)),
    };
  });

  // The rule of combination on achieved units only (a decision awaiting countersignature does not count).
  const achieved = new Set(achievedUnitIds(decisions));
  const achievedUrns = qualification.units.filter((unit) => achieved.has(unit.id)).map((unit) => unit.urn);
  const data = parseRuleOfCombination(qualification.ruleOfCombination);
  const spec: QualificationSpec = {
    units: qualification.units.map((unit) => ({ ...unit, unitNumber: unit.unitNumber ?? undefined })),
    rules: data.rules,
    groups: data.groups,
  };
  const combination = evaluateRuleOfCombination(spec, achievedUrns);
  const suggestion = combination.achieved ? null : suggestUnitsToComplete(spec, achievedUrns);
  const unitByUrn = new Map(qualification.units.map((unit) => [unit.urn, unit]));
  const ruleOfCombination = {
    applies: candidate.entryType === "FULL_AWARD",
    rules: data.rules.map((rule) => describeCombinationRule(rule, data)),
    achieved: combination.achieved,
    totalCredit: combination.totalCredit,
    shortfalls: combination.shortfalls.map((shortfall) => shortfall.message),
    achievedUnits: achievedUrns.map((urn) => unitByUrn.get(urn)!),
    unitsToComplete: suggestion ? suggestion.unitUrns.map((urn) => unitByUrn.get(urn)!) : null,
    additionalCredit: suggestion?.additionalCredit ?? null,
  };

  // Names of everyone in the history, in one query.
  const userIds = new Set<string>();
  for (const id of [
    candidate.assessorUserId,
    candidate.iqaUserId,
    ...evidence.flatMap((item) => [item.submittedById, item.judgedById]),
    ...activities.map((activity) => activity.assessorUserId),
    ...decisions.map((decision) => decision.assessorUserId),
    ...plans.map((plan) => plan.createdById),
    ...feedback.map((entry) => entry.givenById),
  ]) {
    if (id) userIds.add(id);
  }
  const people = await db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } });
  const nameOf = (id: string | null) => (id ? (people.find((person) => person.id === id)?.name ?? null) : null);

  const base = `/candidates/${candidate.id}`;
  const unitTitle = new Map(qualification.units.map((unit) => [unit.id, `${unit.title} (${unit.urn})`]));
  const evidenceRef = new Map(evidence.map((item) => [item.id, item.reference]));
  const history: HistoryEntry[] = [
    ...plans.map((plan) => ({
      at: plan.createdAt,
      what: `Assessment plan written: ${plan.title}`,
      who: nameOf(plan.createdById),
      href: `${base}/plans/${plan.id}`,
    })),
    ...activities.map((activity) => ({
      at: activity.occurredOn,
      what: `${methodLabels[activity.method]} at ${activity.place}`,
      who: nameOf(activity.assessorUserId),
      href: `${base}/activities/${activity.id}`,
    })),
    ...evidence.flatMap((item) => [
      {
        at: item.createdAt,
        what: `Evidence ${item.reference} submitted: ${item.title}`,
        who: nameOf(item.submittedById),
        href: `${base}/evidence/${item.id}`,
      },
      ...(item.judgedAt && item.status !== "AWAITING_JUDGEMENT"
        ? [
            {
              at: item.judgedAt,
              what: `Evidence ${item.reference} ${item.status === "ACCEPTED" ? "accepted" : "rejected"}`,
              who: nameOf(item.judgedById),
              href: `${base}/evidence/${item.id}`,
            },
          ]
        : []),
    ]),
    ...feedback.flatMap((entry) => [
      {
        at: entry.givenAt,
        what: `Feedback given${entry.evidenceItemId ? ` on evidence ${evidenceRef.get(entry.evidenceItemId) ?? ""}` : entry.activityId ? " on an activity" : ""}`,
        who: nameOf(entry.givenById),
        href: `${base}/feedback/${entry.id}`,
      },
      ...(entry.candidateRespondedAt
        ? [
            {
              at: entry.candidateRespondedAt,
              what: "Candidate replied to feedback",
              who: candidate.name,
              href: `${base}/feedback/${entry.id}`,
            },
          ]
        : []),
    ]),
    ...decisions.map((decision) => ({
      at: decision.decidedOn,
      what: `${decisionTypeLabels[decision.decisionType]} decision on ${unitTitle.get(decision.unitId) ?? "a unit"}: ${outcomeLabels[decision.outcome]}`,
      who: nameOf(decision.assessorUserId),
      href: `${base}/units/${decision.unitId}`,
    })),
    ...signatures.map((signature) => {
      const decision = signature.recordType === "UNIT_DECISION" ? decisions.find((d) => d.id === signature.recordId) : undefined;
      const unitId = signature.recordType === "UNIT_EVIDENCE_DECLARATION" ? signature.recordId.split(":")[1] : decision?.unitId;
      const what =
        signature.recordType === "UNIT_EVIDENCE_DECLARATION"
          ? `Declaration that the work is their own signed for ${unitTitle.get(unitId ?? "") ?? "a unit"} (version ${signature.version})`
          : signature.recordType === "UNIT_DECISION"
            ? `Decision on ${unitTitle.get(unitId ?? "") ?? "a unit"} signed as ${signatureRoleLabels[signature.role].toLowerCase()} (version ${signature.version})`
            : `Assessment plan confirmed (version ${signature.version})`;
      return {
        at: signature.signedAt,
        what,
        who: signature.signer.name,
        href: signature.recordType === "ASSESSMENT_PLAN" ? `${base}/plans/${signature.recordId}` : `${base}/units/${unitId}`,
      };
    }),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());

  return {
    candidate,
    staff,
    assessorName: nameOf(candidate.assessorUserId),
    iqaName: nameOf(candidate.iqaUserId),
    qualification: { id: qualification.id, title: qualification.title, qualificationNumber: qualification.qualificationNumber },
    units,
    ruleOfCombination,
    history,
  };
}
