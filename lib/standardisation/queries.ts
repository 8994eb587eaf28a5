import "server-only";
import type { PickableCriterion } from "@/components/criteria/pickable-criterion";
import type { AccessContext, CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import type { AssessorRiskLevel, UnitOutcome } from "@/lib/db/generated/client";
import { centreConflictDeclarations } from "@/lib/conflicts/rule-declarations";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { declarationInForce } from "@/lib/rules/conflicts-of-interest";
import { compareJudgements, standardisationDue } from "@/lib/rules/iqa-sampling";
import { currentRiskRatings } from "@/lib/sampling/risk-ratings";
import { loadSamplingStrategy } from "@/lib/sampling/strategy";
import { criteriaOfUnits } from "@/lib/unit-criteria/criteria";
import { toRuleOutcome } from "./labels";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";

// Standardisation is read by the centre's judges (assessors and IQAs: standardisation.judge)
// and by those who oversee IQA (sampling.view: admins, head of centre, IQAs). An assessor sees
// the exercises they take part in; a participant sees the others' judgements only once they have
// judged themselves or the exercise is closed, so they are not led. Another centre's record, or
// one the person may not see, is "not found".

type Db = PrismaClient | Prisma.TransactionClient;

/** The person's access for standardisation reads, and whether they oversee it (sampling.view). */
function standardisationAccess(access: AccessContext, what: string): { centre: CentreAccess; oversees: boolean } {
  const oversees = rolesCan(access.workspace.roles, "sampling.view");
  const centre = requireCentrePermission(access, oversees ? "sampling.view" : "standardisation.judge", what);
  return { centre, oversees };
}

const unitLabelOf = (unit: { urn: string; unitNumber: number | null; title: string }) =>
  `${unit.unitNumber ? `Unit ${unit.unitNumber} ` : ""}(${unit.urn}) ${unit.title}`;

async function namesOf(db: Db, userIds: readonly string[]) {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}
const nameIn = (names: Map<string, string>, id: string) => names.get(id) ?? "Former staff member";

/** The latest standardisation meeting of a qualification at the centre, or null (H6: "standardisation due"). */
export async function lastStandardisationMeeting(db: Db, centreId: string, qualificationId: string) {
  return db.standardisationMeeting.findFirst({
    where: { centreId, qualificationId },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, heldOn: true },
  });
}

/**
 * For each qualification the centre has candidates for (or has standardised), when the next
 * standardisation meeting is due: the strategy's interval after the last one (never held: now).
 */
export async function standardisationDueByQualification(access: AccessContext, today: Date = new Date()) {
  const { centre } = standardisationAccess(access, "Standardisation");
  const db = getPrisma();
  const centreId = centre.workspace.centreId;
  const [registered, met] = await Promise.all([
    db.candidate.findMany({ where: { centreId }, distinct: ["qualificationId"], select: { qualificationId: true } }),
    db.standardisationMeeting.findMany({ where: { centreId }, distinct: ["qualificationId"], select: { qualificationId: true } }),
  ]);
  const ids = [...new Set([...registered, ...met].map((row) => row.qualificationId))];
  const qualifications = await db.qualification.findMany({
    where: { id: { in: ids }, ...centreQualificationsWhere(centre.workspace) },
    orderBy: { title: "asc" },
    select: { id: true, title: true, qualificationNumber: true },
  });
  return Promise.all(
    qualifications.map(async (qualification) => {
      const [last, strategy] = await Promise.all([
        lastStandardisationMeeting(db, centreId, qualification.id),
        loadSamplingStrategy(db, centreId, qualification.id),
      ]);
      const due = standardisationDue({
        lastHeldOn: last ? isoDay(last.heldOn) : null,
        intervalMonths: strategy.standardisationIntervalMonths,
        today: isoDay(today),
      });
      return { qualification, lastHeldOn: last?.heldOn ?? null, intervalMonths: strategy.standardisationIntervalMonths, ...due };
    }),
  );
}

/** The centre's standardisation meetings, newest first, with units, attendees and the actions' status. */
export async function listStandardisationMeetings(access: AccessContext) {
  const { centre } = standardisationAccess(access, "Standardisation");
  const db = getPrisma();
  const rows = await db.standardisationMeeting.findMany({
    where: { centreId: centre.workspace.centreId },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      heldOn: true,
      ledById: true,
      attendeeUserIds: true,
      otherAttendees: true,
      unitIds: true,
      qualification: { select: { id: true, title: true } },
      actions: { where: { centreId: centre.workspace.centreId }, select: { status: true } },
      _count: { select: { exercises: true } },
    },
  });
  const names = await namesOf(
    db,
    rows.flatMap((row) => [row.ledById, ...row.attendeeUserIds]),
  );
  const units = await db.unit.findMany({
    where: { id: { in: [...new Set(rows.flatMap((row) => row.unitIds))] } },
    select: { id: true, urn: true, unitNumber: true, title: true },
  });
  const unitLabels = new Map(units.map((unit) => [unit.id, unitLabelOf(unit)]));
  return rows.map((row) => ({
    id: row.id,
    heldOn: row.heldOn,
    qualification: row.qualification,
    ledBy: nameIn(names, row.ledById),
    attendees: row.attendeeUserIds.map((id) => nameIn(names, id)),
    otherAttendees: row.otherAttendees,
    units: row.unitIds.map((id) => unitLabels.get(id) ?? "Unit"),
    actionsOpen: row.actions.filter((action) => action.status === "OPEN").length,
    actionsDone: row.actions.filter((action) => action.status === "DONE").length,
    exercises: row._count.exercises,
  }));
}

/** One meeting: everything recorded, its actions with owner and status, and its exercises. */
export async function getStandardisationMeeting(access: AccessContext, meetingId: string) {
  const { centre, oversees } = standardisationAccess(access, "Standardisation meeting");
  requireRecordId(meetingId, "Standardisation meeting");
  const db = getPrisma();
  const centreId = centre.workspace.centreId;
  const row = await db.standardisationMeeting.findFirst({
    where: { id: meetingId, centreId },
    select: {
      id: true,
      heldOn: true,
      ledById: true,
      attendeeUserIds: true,
      otherAttendees: true,
      unitIds: true,
      evidenceStandardised: true,
      decisionsReached: true,
      createdAt: true,
      qualification: { select: { id: true, title: true, qualificationNumber: true } },
      actions: {
        where: { centreId },
        orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, ownerUserId: true, description: true, dueOn: true, status: true, completionNote: true, completedAt: true },
      },
      exercises: {
        where: { centreId, ...(oversees ? {} : { participantUserIds: { has: access.userId } }) },
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true, status: true },
      },
    },
  });
  if (!row) throw notFound("Standardisation meeting");
  const names = await namesOf(db, [row.ledById, ...row.attendeeUserIds, ...row.actions.map((action) => action.ownerUserId)]);
  const units = await db.unit.findMany({
    where: { id: { in: row.unitIds }, qualificationId: row.qualification.id },
    select: { id: true, urn: true, unitNumber: true, title: true },
  });
  const unitLabels = new Map(units.map((unit) => [unit.id, unitLabelOf(unit)]));
  return {
    ...row,
    ledBy: nameIn(names, row.ledById),
    attendees: row.attendeeUserIds.map((id) => ({ userId: id, name: nameIn(names, id) })),
    units: row.unitIds.map((id) => ({ id, label: unitLabels.get(id) ?? "Unit" })),
    actions: row.actions.map((action) => ({ ...action, owner: nameIn(names, action.ownerUserId) })),
    mayOpenExercise: rolesCan(access.workspace.roles, "sampling.manage"),
  };
}

/**
 * The exercises the person may see (all of them for those who oversee; otherwise the ones they
 * take part in), open ones awaiting their own judgement first, then open, then closed.
 */
export async function listStandardisationExercises(access: AccessContext) {
  const { centre, oversees } = standardisationAccess(access, "Standardisation");
  const db = getPrisma();
  const rows = await db.standardisationExercise.findMany({
    where: { centreId: centre.workspace.centreId, ...(oversees ? {} : { participantUserIds: { has: access.userId } }) },
    orderBy: [{ createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      status: true,
      createdAt: true,
      closedAt: true,
      participantUserIds: true,
      unit: { select: { urn: true, unitNumber: true, title: true } },
      judgements: { where: { centreId: centre.workspace.centreId }, select: { assessorUserId: true } },
    },
  });
  const exercises = rows.map((row) => {
    const judged = new Set(row.judgements.map((judgement) => judgement.assessorUserId));
    const takingPart = row.participantUserIds.includes(access.userId);
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      createdAt: row.createdAt,
      closedAt: row.closedAt,
      unit: unitLabelOf(row.unit),
      participants: row.participantUserIds.length,
      judged: judged.size,
      awaitingMyJudgement: row.status === "OPEN" && takingPart && !judged.has(access.userId),
      takingPart,
    };
  });
  const rank = (exercise: (typeof exercises)[number]) => (exercise.awaitingMyJudgement ? 0 : exercise.status === "OPEN" ? 1 : 2);
  return exercises.sort((a, b) => rank(a) - rank(b) || b.createdAt.getTime() - a.createdAt.getTime());
}

export type ComparisonColumn = { key: string; label: string; agreed: boolean };
/** Whether the column judged the criterion met, and whether that differs from the reference (the agreed judgement, or the majority). */
export type ComparisonCell = { met: boolean; differs: boolean };

/**
 * One exercise: the evidence, the criteria, who takes part and who has judged, what the person
 * may do, and (when they may see it) the comparison side by side: a row per criterion, a column
 * per participant who judged and one for the agreed judgement, then the outcomes and each
 * assessor's agreement (lib/rules/iqa-sampling.ts compareJudgements).
 */
export async function getStandardisationExercise(access: AccessContext, exerciseId: string) {
  const { centre, oversees } = standardisationAccess(access, "Standardisation exercise");
  requireRecordId(exerciseId, "Standardisation exercise");
  const db = getPrisma();
  const centreId = centre.workspace.centreId;
  const row = await db.standardisationExercise.findFirst({
    where: { id: exerciseId, centreId },
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      evidenceDescription: true,
      evidenceItemId: true,
      criterionIds: true,
      participantUserIds: true,
      agreedOutcome: true,
      agreedCriterionIds: true,
      agreedRationale: true,
      createdById: true,
      createdAt: true,
      closedAt: true,
      qualificationId: true,
      unit: { select: { id: true, urn: true, unitNumber: true, title: true, qualification: { select: { title: true } } } },
      meeting: { select: { id: true, heldOn: true } },
      judgements: {
        where: { centreId },
        select: { assessorUserId: true, outcome: true, criteriaMetIds: true, rationale: true, judgedAt: true },
      },
    },
  });
  const takingPart = row?.participantUserIds.includes(access.userId) ?? false;
  if (!row || (!oversees && !takingPart)) throw notFound("Standardisation exercise");

  const item = row.evidenceItemId
    ? await db.evidenceItem.findFirst({
        where: { id: row.evidenceItemId, centreId },
        select: { id: true, reference: true, title: true, candidateId: true, method: true },
      })
    : null;
  // Someone with a conflict of interest in force with the evidence's candidate is not led to the
  // candidate's record (nor told which item it is): they judge from the anonymised description.
  // A declaration with the candidate, or with the whole centre, counts.
  const conflicts = item
    ? await centreConflictDeclarations(db, { centreId, staffUserIds: [access.userId], candidateIds: [item.candidateId] })
    : [];
  const conflicted = conflicts.some((declaration) =>
    declarationInForce({ endedOn: declaration.endedOn ? isoDay(declaration.endedOn) : null }, isoDay(new Date())),
  );
  const evidenceItem: { conflicted: true } | (NonNullable<typeof item> & { conflicted: false }) | null = item
    ? conflicted
      ? { conflicted: true }
      : { ...item, conflicted: false }
    : null;
  const criteriaOfUnit = new Map((await criteriaOfUnits(db, centreId, [row.unit.id])).map((criterion) => [criterion.id, criterion]));
  const criteria = row.criterionIds.map((id) => ({
    id,
    ref: criteriaOfUnit.get(id)?.ref ?? "?",
    text: criteriaOfUnit.get(id)?.text ?? "A criterion no longer in the unit",
  }));
  const names = await namesOf(db, [row.createdById, ...row.participantUserIds]);
  const roles = await db.membership.findMany({
    where: { centreId, userId: { in: row.participantUserIds }, status: "ACTIVE", role: "ASSESSOR" },
    select: { userId: true },
  });
  const assessors = new Set(roles.map((role) => role.userId));
  const ratings = await currentRiskRatings(db, centreId);
  const byParticipant = new Map(row.judgements.map((judgement) => [judgement.assessorUserId, judgement]));
  const myJudgement = byParticipant.get(access.userId) ?? null;

  const manages = rolesCan(access.workspace.roles, "sampling.manage");
  const closed = row.status === "CLOSED";
  // A participant who has not judged yet must not be led by the others' judgements.
  const judgementsVisible = closed || (takingPart ? myJudgement !== null : oversees);
  // Judgements in the order participants were chosen.
  const judgements = row.participantUserIds.flatMap((id) => {
    const judgement = byParticipant.get(id);
    return judgement ? [{ ...judgement, name: nameIn(names, id) }] : [];
  });

  let comparison = null;
  if (judgementsVisible && judgements.length > 0) {
    const agreed = closed && row.agreedOutcome ? { outcome: toRuleOutcome(row.agreedOutcome), criterionIds: row.agreedCriterionIds } : null;
    const result = compareJudgements({
      criterionIds: row.criterionIds,
      agreed,
      judgements: judgements.map((judgement) => ({
        assessorId: judgement.assessorUserId,
        outcome: toRuleOutcome(judgement.outcome),
        criterionIds: judgement.criteriaMetIds,
      })),
    });
    const columns: ComparisonColumn[] = [
      ...judgements.map((judgement) => ({ key: judgement.assessorUserId, label: judgement.name, agreed: false })),
      ...(agreed ? [{ key: "agreed", label: "Agreed judgement", agreed: true }] : []),
    ];
    const perCriterion = new Map(result.perCriterion.map((entry) => [entry.criterionId, entry]));
    const perAssessor = new Map(result.perAssessor.map((entry) => [entry.assessorId, entry]));
    comparison = {
      /** Against the agreed judgement once closed; before that, against the majority. */
      against: agreed ? ("agreed" as const) : ("majority" as const),
      columns,
      rows: criteria.map((criterion) => {
        const counts = perCriterion.get(criterion.id)!;
        return {
          criterion,
          cells: [
            ...judgements.map((judgement) => ({
              met: judgement.criteriaMetIds.includes(criterion.id),
              differs: perAssessor.get(judgement.assessorUserId)!.criteriaDiffering.includes(criterion.id),
            })),
            ...(agreed ? [{ met: agreed.criterionIds.includes(criterion.id), differs: false }] : []),
          ] satisfies ComparisonCell[],
          judgedMet: counts.judgedMet,
          judgedNotMet: counts.judgedNotMet,
          differs: judgements.some((judgement) => perAssessor.get(judgement.assessorUserId)!.criteriaDiffering.includes(criterion.id)),
        };
      }),
      outcomes: [...judgements.map((judgement) => judgement.outcome), ...(agreed ? [row.agreedOutcome!] : [])] as UnitOutcome[],
      agreement: judgements.map((judgement) => {
        const entry = perAssessor.get(judgement.assessorUserId)!;
        return {
          assessorUserId: judgement.assessorUserId,
          name: judgement.name,
          outcomeMatches: entry.outcomeMatches,
          criteriaMatching: entry.criteriaMatching,
          criteriaDiffering: entry.criteriaDiffering.map((id) => criteria.find((criterion) => criterion.id === id)?.ref ?? "?"),
        };
      }),
      criteriaCount: criteria.length,
      consistent: result.consistent,
    };
  }

  const ratingsFromHere = await db.assessorRiskRating.findMany({
    where: { centreId, standardisationExerciseId: row.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, assessorUserId: true, risk: true, reason: true, ratedOn: true, ratedById: true },
  });
  const ratingNames = await namesOf(
    db,
    ratingsFromHere.flatMap((rating) => [rating.assessorUserId, rating.ratedById]),
  );

  return {
    exercise: {
      id: row.id,
      title: row.title,
      status: row.status,
      version: row.version,
      evidenceDescription: row.evidenceDescription,
      qualification: row.unit.qualification.title,
      unit: unitLabelOf(row.unit),
      meeting: row.meeting,
      createdBy: nameIn(names, row.createdById),
      createdAt: row.createdAt,
      closedAt: row.closedAt,
      agreedOutcome: row.agreedOutcome,
      agreedCriterionIds: row.agreedCriterionIds,
      agreedRationale: row.agreedRationale,
    },
    evidenceItem,
    criteria,
    participants: row.participantUserIds.map((id) => ({
      userId: id,
      name: nameIn(names, id),
      judged: byParticipant.has(id),
      isAssessor: assessors.has(id),
      currentRisk: (ratings.get(id)?.risk ?? null) as AssessorRiskLevel | null,
    })),
    myJudgement,
    judgementsVisible,
    /** Each judgement's outcome and rationale, when the person may see them. */
    judgements: judgementsVisible ? judgements : [],
    comparison,
    ratingsFromHere: ratingsFromHere.map((rating) => ({
      ...rating,
      assessor: nameIn(ratingNames, rating.assessorUserId),
      ratedBy: nameIn(ratingNames, rating.ratedById),
    })),
    may: {
      judge: takingPart && !closed && myJudgement === null && rolesCan(access.workspace.roles, "standardisation.judge"),
      close: manages && !closed && (row.createdById === access.userId || access.workspace.roles.includes("IQA")),
      changeRisk: manages && closed,
    },
  };
}

export type StandardisationExerciseView = Awaited<ReturnType<typeof getStandardisationExercise>>;

/** The centre's active assessors and IQAs, for choosing attendees and participants. */
async function judgesOf(db: Db, centreId: string) {
  const rows = await db.membership.findMany({
    where: { centreId, status: "ACTIVE", role: { in: ["ASSESSOR", "IQA"] } },
    select: { userId: true, role: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const people = new Map<string, { userId: string; name: string; roles: string[] }>();
  for (const row of rows) {
    const person = people.get(row.userId) ?? { userId: row.userId, name: row.user.name, roles: [] };
    person.roles.push(row.role === "IQA" ? "IQA" : "assessor");
    people.set(row.userId, person);
  }
  return [...people.values()].map((person) => ({ userId: person.userId, label: `${person.name} (${person.roles.join(", ")})` }));
}

async function qualificationsWithUnits(db: Db, centre: CentreAccess) {
  // Only the qualifications the centre delivers (has candidates for), as the actions require.
  return db.qualification.findMany({
    where: { ...centreQualificationsWhere(centre.workspace), candidates: { some: { centreId: centre.workspace.centreId } } },
    orderBy: { title: "asc" },
    select: {
      id: true,
      title: true,
      qualificationNumber: true,
      units: { orderBy: [{ unitNumber: "asc" }, { urn: "asc" }], select: { id: true, urn: true, unitNumber: true, title: true } },
    },
  });
}

/** What the record-a-meeting form offers: qualifications with their units, and the centre's judges. */
export async function meetingFormOptions(access: AccessContext) {
  const centre = requireCentrePermission(access, "sampling.manage", "Standardisation");
  const db = getPrisma();
  const [qualifications, people] = await Promise.all([qualificationsWithUnits(db, centre), judgesOf(db, centre.workspace.centreId)]);
  return {
    qualifications: qualifications.map((qualification) => ({
      id: qualification.id,
      label: `${qualification.title} (${qualification.qualificationNumber})`,
      units: qualification.units.map((unit) => ({ id: unit.id, label: unitLabelOf(unit) })),
    })),
    people: people.filter((person) => person.userId !== access.userId),
  };
}

/**
 * What the open-an-exercise form offers: qualifications with units and each unit's criteria, the
 * centre's judges, its recent meetings, and recent evidence items (named by reference and title).
 */
export async function exerciseFormOptions(access: AccessContext) {
  const centre = requireCentrePermission(access, "sampling.manage", "Standardisation");
  const db = getPrisma();
  const centreId = centre.workspace.centreId;
  const [qualifications, people, meetings, evidence] = await Promise.all([
    qualificationsWithUnits(db, centre),
    judgesOf(db, centreId),
    db.standardisationMeeting.findMany({
      where: { centreId },
      orderBy: { heldOn: "desc" },
      take: 50,
      select: { id: true, heldOn: true, qualificationId: true },
    }),
    db.evidenceItem.findMany({
      where: { centreId },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: {
        id: true,
        reference: true,
        title: true,
        candidate: { select: { qualificationId: true } },
        criteria: { where: { centreId }, select: { criterion: { select: { unitId: true } } } },
      },
    }),
  ]);
  const criteria = await criteriaOfUnits(
    db,
    centreId,
    qualifications.flatMap((qualification) => qualification.units.map((unit) => unit.id)),
  );
  const unitLabels = new Map(qualifications.flatMap((qualification) => qualification.units.map((unit) => [unit.id, unitLabelOf(unit)])));
  return {
    qualifications: qualifications.map((qualification) => ({
      id: qualification.id,
      label: `${qualification.title} (${qualification.qualificationNumber})`,
      units: qualification.units.map((unit) => ({ id: unit.id, label: unitLabelOf(unit) })),
    })),
    criteria: criteria.map((criterion): PickableCriterion => ({
      id: criterion.id,
      unitId: criterion.unitId,
      unitLabel: unitLabels.get(criterion.unitId) ?? "",
      ref: criterion.ref,
      text: criterion.text,
    })),
    people,
    meetings: meetings.map((meeting) => ({ id: meeting.id, qualificationId: meeting.qualificationId, heldOn: isoDay(meeting.heldOn) })),
    evidence: evidence.map((item) => ({
      id: item.id,
      qualificationId: item.candidate.qualificationId,
      unitIds: [...new Set(item.criteria.map((link) => link.criterion.unitId))],
      label: `${item.reference} ${item.title}`,
    })),
  };
}
