import "server-only";
import { ownCaseRefusal } from "@/lib/rules/separation-of-duties";
import { requireAssessorInBody, registerRowOf } from "@/lib/assessor-register/queries";
import type { AwardingBodyAccess } from "@/lib/auth/access-context";
import { requireAwardingBodyPermission } from "@/lib/auth/require-permission";
import { rolesCan } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import { appealDeadline, qualityReviewsDue } from "@/lib/rules/approval-lifecycle-naace";
import { addDays, type IsoDate } from "@/lib/rules/dates";
import type { RuleFinding } from "@/lib/rules/findings";
import {
  availableForms,
  icsPolicyOf,
  naacePolicyOf,
  replayApproval,
  schemeOfPolicy,
  type ApprovalEvent,
  type ApprovalFormType,
  type ApprovalRecord,
  type ApprovalScheme,
} from "./lifecycle";

// The approval page of one assessor: the lifecycle history, the state the rule replays, its
// warnings and due dates, and the changes the state allows. Another body's assessor is "not found".

export type ApprovalHistoryEntry = {
  id: string;
  sequence: number;
  event: ApprovalEvent;
  occurredOn: IsoDate;
  reason: string;
  evidence: string | null;
  school: { id: string; name: string } | null;
  recordedBy: string | null;
  recordedAt: Date;
};

/** A date the rule sets, shown beside the state (a target, a deadline). */
export type DueDate = { label: string; from?: IsoDate; by: IsoDate; passed: boolean; source: string };

export type ApprovalPageData = {
  person: { userId: string; name: string; email: string };
  /** The lifecycle the body runs for new approvals (null: centres approve their assessors). */
  bodyScheme: ApprovalScheme | null;
  /** May record changes: the manage permission, and not their own approval (separation of duties). */
  canManage: boolean;
  /** Why a member of staff with the permission may not record changes here (their own approval), or null. */
  ownCaseRefusal: string | null;
  approval: {
    id: string;
    scheme: ApprovalScheme;
    state: string;
    version: number;
    organisation: string | null;
    approvedOn: IsoDate | null;
    feesPaidUntil: IsoDate | null;
    current: ApprovalRecord | null;
    /** Set when the stored events do not replay (a data problem to fix). */
    replayProblem: string | null;
    history: ApprovalHistoryEntry[];
    warnings: RuleFinding[];
    dueDates: DueDate[];
    forms: ApprovalFormType[];
    /** Naace: the appeal window when the assessor is not accredited and no appeal is decided. */
    appeal: { notifiedOn: IsoDate; deadline: IsoDate; open: boolean; windowDays: number } | null;
    /** Naace: school assessments and quality reviews. */
    qualityReview: { assessments: number; reviewsDone: number; due: number; every: number } | null;
  } | null;
  schools: { id: string; name: string }[];
  cpdStatus: string | null;
  openSupportingReviewId: string | null;
};

export async function approvalPage(access: AwardingBodyAccess, userId: string, options: { now?: Date } = {}): Promise<ApprovalPageData> {
  requireAwardingBodyPermission(access, "assessorRegister.view", "Assessor");
  const db = getPrisma();
  const awardingBodyId = access.workspace.awardingBodyId;
  const person = await requireAssessorInBody(db, access, userId);
  const today = isoDay(options.now ?? new Date());
  const [policy, row, schools] = await Promise.all([
    awardingBodyPolicy(db, awardingBodyId),
    registerRowOf(access, person.userId, { now: options.now, db }),
    db.school.findMany({ where: { awardingBodyId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const mayManage = rolesCan(access.workspace.roles, "assessorRegister.manage");
  const ownCase = mayManage ? ownCaseRefusal(access.userId, person.userId, "approval", access.workspace.name) : null;
  const base = {
    person: { userId: person.userId, name: person.name, email: person.email },
    bodyScheme: schemeOfPolicy(policy),
    canManage: mayManage && ownCase === null,
    ownCaseRefusal: ownCase,
    schools,
    cpdStatus: row.cpd?.status ?? null,
    openSupportingReviewId: row.openSupportingReviewId,
  };
  if (!person.approval) return { ...base, approval: null };

  const approval = await db.assessorApproval.findFirstOrThrow({
    where: { id: person.approval.id, awardingBodyId },
    select: {
      id: true,
      scheme: true,
      state: true,
      version: true,
      organisation: true,
      approvedOn: true,
      feesPaidUntil: true,
      events: {
        orderBy: { sequence: "asc" },
        select: {
          id: true,
          sequence: true,
          event: true,
          occurredOn: true,
          reason: true,
          evidence: true,
          recordedById: true,
          recordedAt: true,
          school: { select: { id: true, name: true } },
        },
      },
    },
  });
  const recorders = await db.user.findMany({
    where: { id: { in: approval.events.map((e) => e.recordedById).filter((id): id is string => id !== null) } },
    select: { id: true, name: true },
  });
  const recorderName = new Map(recorders.map((u) => [u.id, u.name]));
  const history: ApprovalHistoryEntry[] = approval.events.map((e) => ({
    id: e.id,
    sequence: e.sequence,
    event: e.event as unknown as ApprovalEvent,
    occurredOn: isoDay(e.occurredOn),
    reason: e.reason,
    evidence: e.evidence,
    school: e.school,
    recordedBy: e.recordedById ? (recorderName.get(e.recordedById) ?? null) : null,
    recordedAt: e.recordedAt,
  }));

  let current: ApprovalRecord | null = null;
  let replayProblem: string | null = null;
  try {
    current = replayApproval(
      approval.scheme,
      history.map((entry) => entry.event),
      policy,
    );
  } catch (error) {
    replayProblem = error instanceof Error ? error.message : String(error);
  }

  return {
    ...base,
    approval: {
      id: approval.id,
      scheme: approval.scheme,
      state: approval.state,
      version: approval.version,
      organisation: approval.organisation,
      approvedOn: approval.approvedOn ? isoDay(approval.approvedOn) : null,
      feesPaidUntil: approval.feesPaidUntil ? isoDay(approval.feesPaidUntil) : null,
      current,
      replayProblem,
      history,
      // The register row's warnings: the rule's, plus an unanswered letter in the open supporting review.
      warnings: current ? row.lifecycleWarnings : [],
      dueDates: current ? dueDatesOf(current, today, policy) : [],
      forms: current ? availableForms(current, policy) : [],
      appeal: current ? appealOf(current, today, policy) : null,
      qualityReview:
        current?.scheme === "NAACE" && ["accredited", "removed"].includes(current.record.state)
          ? {
              assessments: current.record.schoolAssessmentsCompleted,
              reviewsDone: current.record.qualityReviewsCompleted,
              due: qualityReviewsDue(current.record, naacePolicyOf(policy)),
              every: naacePolicyOf(policy).qualityReviewEveryAssessments,
            }
          : null,
    },
  };
}

function appealOf(
  current: ApprovalRecord,
  today: IsoDate,
  policy: Parameters<typeof naacePolicyOf>[0],
): NonNullable<ApprovalPageData["approval"]>["appeal"] {
  if (current.scheme !== "NAACE") return null;
  const record = current.record;
  if (record.state !== "notAccredited" || record.appealDecided || record.notAccreditedNotifiedOn === null) return null;
  const naace = naacePolicyOf(policy);
  const deadline = appealDeadline(record.notAccreditedNotifiedOn, naace);
  return { notifiedOn: record.notAccreditedNotifiedOn, deadline, open: today <= deadline, windowDays: naace.appealWindowDays };
}

function dueDatesOf(current: ApprovalRecord, today: IsoDate, policy: Parameters<typeof icsPolicyOf>[0]): DueDate[] {
  if (current.scheme === "ICS") {
    const ics = icsPolicyOf(policy);
    const record = current.record;
    const dates: DueDate[] = [];
    if (record.state === "inTraining" && record.workshopDayTwoOn) {
      const by = addDays(record.workshopDayTwoOn, ics.singleSignOffTargetWeeks.to * 7);
      dates.push({
        label: `Single sign-off, ${ics.singleSignOffTargetWeeks.from}–${ics.singleSignOffTargetWeeks.to} weeks after workshop day two`,
        from: addDays(record.workshopDayTwoOn, ics.singleSignOffTargetWeeks.from * 7),
        by,
        passed: today > by,
        source: ics.source,
      });
    }
    if (record.state === "singleSignOff" && record.singleSignOffOn) {
      const by = addDays(record.singleSignOffOn, ics.accreditationTargetWeeks.to * 7);
      dates.push({
        label: `Full accreditation, ${ics.accreditationTargetWeeks.from}–${ics.accreditationTargetWeeks.to} weeks after single sign-off`,
        from: addDays(record.singleSignOffOn, ics.accreditationTargetWeeks.from * 7),
        by,
        passed: today > by,
        source: ics.source,
      });
    }
    return dates;
  }
  const record = current.record;
  const dates: DueDate[] = [];
  if (record.feesPaidUntil && record.state !== "removed") {
    dates.push({
      label: "Annual registration fees paid until",
      by: record.feesPaidUntil,
      passed: today > record.feesPaidUntil,
      source: "Naace ICT Mark code: criteria for continuing registration",
    });
  }
  return dates;
}
