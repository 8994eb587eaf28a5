import "server-only";
import { isCentreAccess, type AccessContext, type CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { isoDay, startOfUtcDay } from "@/lib/format/dates";
import { daysBetween, type IsoDate } from "@/lib/rules/dates";
import { isActionOverdue } from "@/lib/rules/iqa-sampling";
import { activeAssessorMembershipWhere } from "./assessors";

// RD07 feedback to assessors and the actions set in it or at standardisation meetings. An
// assessor reads the feedback they received and the actions they own; an IQA the feedback they
// gave and the actions they set; whoever reads the centre's IQA records (sampling.view: admin,
// head of centre, IQAs) reads every RD07 of the centre. Everything else is "not found".

const todayIso = () => isoDay(new Date());

/** The /iqa-feedback area: for people who receive RD07 feedback, give it, or read the centre's IQA records. */
export function requireIqaFeedbackReader(access: AccessContext): CentreAccess {
  const roles = access.workspace.roles;
  const allowed = rolesCan(roles, "iqaFeedback.receive") || rolesCan(roles, "sampling.view") || rolesCan(roles, "sampling.manage");
  if (!isCentreAccess(access) || !allowed) throw notFound("Feedback");
  return access;
}

const person = { select: { id: true, name: true } } as const;

const samplingRecordSelect = {
  select: {
    id: true,
    outcome: true,
    stage: true,
    sampledOn: true,
    planItemId: true,
    planItem: { select: { planId: true } },
    unitDecision: {
      select: {
        id: true,
        candidate: { select: { id: true, name: true } },
        unit: { select: { id: true, urn: true, title: true } },
      },
    },
  },
} as const;

const actionSelect = {
  id: true,
  description: true,
  dueOn: true,
  status: true,
  completionNote: true,
  completedAt: true,
  version: true,
  feedbackId: true,
  standardisationMeetingId: true,
  owner: person,
  setBy: person,
} as const satisfies Prisma.IqaActionSelect;

type ActionRow = Prisma.IqaActionGetPayload<{ select: typeof actionSelect }>;

/** Where an action was set: its RD07, or the standardisation meeting. */
export function iqaActionHref(action: { feedbackId: string | null; standardisationMeetingId: string | null }): string {
  if (action.feedbackId) return `/iqa-feedback/${action.feedbackId}`;
  if (action.standardisationMeetingId) return `/standardisation/meetings/${action.standardisationMeetingId}`;
  return "/iqa-feedback";
}

function withStanding(action: ActionRow, today: IsoDate) {
  const dueOn = isoDay(action.dueOn);
  const overdue = isActionOverdue(dueOn, action.status === "DONE" ? "done" : "open", today);
  return {
    ...action,
    overdue,
    overdueByDays: overdue ? daysBetween(dueOn, today) : 0,
    setIn: action.feedbackId ? ("feedback" as const) : ("meeting" as const),
    href: iqaActionHref(action),
  };
}
export type IqaActionView = ReturnType<typeof withStanding>;

const feedbackListSelect = {
  id: true,
  givenOn: true,
  feedbackOnPractice: true,
  acknowledgedAt: true,
  respondedAt: true,
  createdAt: true,
  iqa: person,
  assessor: person,
  samplingRecord: samplingRecordSelect,
  actions: { select: { id: true, status: true, dueOn: true } },
} as const satisfies Prisma.IqaFeedbackSelect;

type FeedbackListRow = Prisma.IqaFeedbackGetPayload<{ select: typeof feedbackListSelect }>;

function feedbackSummary(row: FeedbackListRow, today: IsoDate) {
  const { actions, ...rest } = row;
  return {
    ...rest,
    actionCounts: {
      open: actions.filter((a) => a.status === "OPEN").length,
      done: actions.filter((a) => a.status === "DONE").length,
      overdue: actions.filter((a) => isActionOverdue(isoDay(a.dueOn), a.status === "DONE" ? "done" : "open", today)).length,
    },
  };
}
export type IqaFeedbackSummary = ReturnType<typeof feedbackSummary>;

const newestFirst = [{ givenOn: "desc" }, { createdAt: "desc" }] as const satisfies Prisma.IqaFeedbackOrderByWithRelationInput[];

/** RD07 feedback the signed-in assessor received, newest first, acknowledged or not. */
export async function listFeedbackReceived(access: AccessContext, today: IsoDate = todayIso()) {
  const centre = requireCentrePermission(access, "iqaFeedback.receive", "Feedback");
  const rows = await getPrisma().iqaFeedback.findMany({
    where: { centreId: centre.workspace.centreId, assessorUserId: centre.userId },
    orderBy: [...newestFirst],
    select: feedbackListSelect,
  });
  return rows.map((row) => feedbackSummary(row, today));
}

/** RD07 feedback the signed-in IQA gave, newest first, with whether each was acknowledged. */
export async function listFeedbackGiven(access: AccessContext, today: IsoDate = todayIso()) {
  const centre = requireCentrePermission(access, "sampling.manage", "Feedback");
  const rows = await getPrisma().iqaFeedback.findMany({
    where: { centreId: centre.workspace.centreId, iqaUserId: centre.userId },
    orderBy: [...newestFirst],
    select: feedbackListSelect,
  });
  return rows.map((row) => feedbackSummary(row, today));
}

/** The most RD07s the centre's register shows at once (newest first). */
export const registerLimit = 500;

/** Every RD07 of the centre, newest first (up to registerLimit), for whoever reads the centre's IQA records. */
export async function listCentreFeedbackRegister(access: AccessContext, today: IsoDate = todayIso()) {
  const centre = requireCentrePermission(access, "sampling.view", "Feedback");
  const where = { centreId: centre.workspace.centreId };
  const [rows, total] = await Promise.all([
    getPrisma().iqaFeedback.findMany({ where, orderBy: [...newestFirst], take: registerLimit, select: feedbackListSelect }),
    getPrisma().iqaFeedback.count({ where }),
  ]);
  return { feedback: rows.map((row) => feedbackSummary(row, today)), total };
}

/** Actions the signed-in person owns (from RD07s and standardisation meetings): open ones by due date, then done ones. */
export async function listActionsOwned(access: AccessContext, today: IsoDate = todayIso()) {
  const centre = requireIqaFeedbackReader(access);
  const rows = await getPrisma().iqaAction.findMany({
    where: { centreId: centre.workspace.centreId, ownerUserId: centre.userId },
    orderBy: [{ status: "asc" }, { dueOn: "asc" }, { createdAt: "asc" }],
    select: actionSelect,
  });
  return rows.map((row) => withStanding(row, today));
}

/** Actions the signed-in person set for others, open ones first by due date. */
export async function listActionsSet(access: AccessContext, today: IsoDate = todayIso()) {
  const centre = requireIqaFeedbackReader(access);
  const rows = await getPrisma().iqaAction.findMany({
    where: { centreId: centre.workspace.centreId, setById: centre.userId },
    orderBy: [{ status: "asc" }, { dueOn: "asc" }, { createdAt: "asc" }],
    select: actionSelect,
  });
  return rows.map((row) => withStanding(row, today));
}

/**
 * For the home page: actions owned by the signed-in person or set by them, still open and past
 * their due date, most overdue first, with who owns and who set each and a link to where it was
 * set. Outside a centre there are none.
 */
export async function overdueIqaActions(access: AccessContext, today: IsoDate = todayIso()) {
  if (!isCentreAccess(access)) return [];
  const centre = requireCentrePermission(access, "home.view", "Action");
  const rows = await getPrisma().iqaAction.findMany({
    where: {
      centreId: centre.workspace.centreId,
      status: "OPEN",
      dueOn: { lt: new Date(`${today}T00:00:00.000Z`) },
      OR: [{ ownerUserId: centre.userId }, { setById: centre.userId }],
    },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    select: actionSelect,
  });
  return rows
    .map((row) => ({ ...withStanding(row, today), mine: row.owner.id === centre.userId ? ("owner" as const) : ("setter" as const) }))
    .filter((row) => row.overdue);
}
export type OverdueIqaAction = Awaited<ReturnType<typeof overdueIqaActions>>[number];

/**
 * One RD07: the IQA, the assessor, the date, the feedback and the response, the sampling record
 * it came from (if any) and its actions. The assessor it is for reads it; so does anyone who reads
 * the centre's IQA records. Anyone else, and another centre, get "not found".
 */
export async function getIqaFeedback(access: AccessContext, feedbackId: string, today: IsoDate = todayIso()) {
  const centre = requireIqaFeedbackReader(access);
  requireRecordId(feedbackId, "Feedback");
  const roles = centre.workspace.roles;
  const readsAll = rolesCan(roles, "sampling.view");
  const where: Prisma.IqaFeedbackWhereInput = { id: feedbackId, centreId: centre.workspace.centreId };
  if (!readsAll) where.assessorUserId = centre.userId;
  const row = await getPrisma().iqaFeedback.findFirst({
    where,
    select: {
      id: true,
      givenOn: true,
      feedbackOnPractice: true,
      acknowledgedAt: true,
      assessorResponse: true,
      respondedAt: true,
      createdAt: true,
      version: true,
      iqa: person,
      assessor: person,
      samplingRecord: samplingRecordSelect,
      actions: { orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }], select: actionSelect },
    },
  });
  if (!row) throw notFound("Feedback");
  const { actions, ...feedback } = row;
  const isTheAssessor = feedback.assessor.id === centre.userId && rolesCan(roles, "iqaFeedback.receive");
  return {
    feedback,
    actions: actions.map((action) => withStanding(action, today)),
    isTheAssessor,
    isTheIqa: feedback.iqa.id === centre.userId,
    /** Whether the reader may open the sampling pages (the assessor reads the unit on the candidate's record instead). */
    readsSampling: readsAll,
  };
}

/** The centre's active assessors an IQA may give RD07 feedback to (not the IQA themselves), by name. */
export async function assessorsForFeedback(access: AccessContext) {
  const centre = requireCentrePermission(access, "sampling.manage", "Assessor");
  const memberships = await getPrisma().membership.findMany({
    where: { ...activeAssessorMembershipWhere(centre.workspace.centreId, startOfUtcDay(new Date())), userId: { not: centre.userId } },
    select: { user: person },
    orderBy: { user: { name: "asc" } },
  });
  return memberships.map((membership) => membership.user);
}

/**
 * Everything the /iqa-feedback page shows the signed-in person, by what they do: feedback they
 * received and their actions (assessor), feedback they gave and actions they set (IQA), the
 * centre's RD07 register (those who oversee IQA without giving feedback: admin, head of centre).
 */
export async function iqaFeedbackOverview(access: AccessContext, today: IsoDate = todayIso()) {
  const centre = requireIqaFeedbackReader(access);
  const roles = centre.workspace.roles;
  const receives = rolesCan(roles, "iqaFeedback.receive");
  const gives = rolesCan(roles, "sampling.manage");
  const oversees = rolesCan(roles, "sampling.view") && !gives;
  const [received, given, register, owned, set] = await Promise.all([
    receives ? listFeedbackReceived(centre, today) : null,
    gives ? listFeedbackGiven(centre, today) : null,
    oversees ? listCentreFeedbackRegister(centre, today) : null,
    listActionsOwned(centre, today),
    listActionsSet(centre, today),
  ]);
  return { centre, receives, gives, received, given, register, owned, set };
}
