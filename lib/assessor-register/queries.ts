import "server-only";
import { qaRequestOverdueDays } from "@/lib/qa-requests/overdue";
import type { AwardingBodyAccess } from "@/lib/auth/access-context";
import { requireAwardingBodyPermission } from "@/lib/auth/require-permission";
import { cpdStandings } from "@/lib/cpd/cpd-standing";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import {
  approvalWarnings,
  lifecycleTargetCodes,
  overdueWarningCodes,
  replayApproval,
  schemeOfPolicy,
  stateSinceOf,
  withUnansweredLetter,
  type ApprovalEvent,
  type ApprovalScheme,
} from "@/lib/approvals/lifecycle";
import { unansweredLetter } from "@/lib/rules/supporting-review-correspondence";
import { centreApprovedStatus, stateLabel } from "@/lib/approvals/labels";
import type { CpdStatus } from "@/lib/rules/cpd-compliance";
import type { IsoDate } from "@/lib/rules/dates";
import { problem, type RuleFinding } from "@/lib/rules/findings";
import type { RegisterFilters } from "./schemas";

// An awarding body's assessor register: everyone it approved (AssessorApproval) and everyone with an
// ACTIVE ASSESSOR or IQA membership at one of its centres, with the approval state from the
// lifecycle rule, CPD status under the body's policy, overdue targets, open breaches and QA requests.
// Every read names the acting body; another body's assessor is "not found", like a missing one.

type Db = PrismaClient | Prisma.TransactionClient;

export type RegisterRow = {
  userId: string;
  name: string;
  email: string;
  centres: { id: string; name: string }[];
  approval: {
    id: string;
    scheme: ApprovalScheme;
    state: string;
    stateLabel: string;
    approvedOn: IsoDate | null;
    /** The day they entered the current state (the event that put them there), for "since". */
    stateSince: IsoDate | null;
    organisation: string | null;
    feesPaidUntil: IsoDate | null;
    version: number;
  } | null;
  cpd: { status: CpdStatus; findings: RuleFinding[] } | null;
  lifecycleWarnings: RuleFinding[];
  openBreaches: number;
  openSupportingReviewId: string | null;
  openQaRequests: number;
  overdueQaRequests: number;
};

export type { RegisterFilters } from "./schemas";

const activeAssessorMembership = (awardingBodyId: string) =>
  ({ status: "ACTIVE", role: { in: ["ASSESSOR", "IQA"] }, centre: { awardingBodyId } }) as const satisfies Prisma.MembershipWhereInput;

/** The row's overdue flag: a missed lifecycle target or due review, or an overdue QA request. */
export function isOverdue(row: Pick<RegisterRow, "lifecycleWarnings" | "overdueQaRequests">): boolean {
  return row.overdueQaRequests > 0 || row.lifecycleWarnings.some((finding) => overdueWarningCodes.includes(finding.code));
}

export function statusOf(row: Pick<RegisterRow, "approval">): string {
  return row.approval?.state ?? centreApprovedStatus;
}

const hasWarning = (row: Pick<RegisterRow, "lifecycleWarnings">, codes: readonly string[]) =>
  row.lifecycleWarnings.some((finding) => codes.includes(finding.code));

/** A lifecycle target missed (single sign-off, accreditation, an unanswered letter, fees). */
export function hasMissedLifecycleTarget(row: Pick<RegisterRow, "lifecycleWarnings">): boolean {
  return hasWarning(row, lifecycleTargetCodes);
}

/** Naace: a quality review is due. */
export function hasQualityReviewDue(row: Pick<RegisterRow, "lifecycleWarnings">): boolean {
  return hasWarning(row, ["naace.quality-review-due"]);
}

function matches(row: RegisterRow, filters: RegisterFilters): boolean {
  if (filters.status && statusOf(row) !== filters.status) return false;
  if (filters.cpd && row.cpd?.status !== filters.cpd) return false;
  if ((filters.overdue === "any" || filters.overdue === true) && !isOverdue(row)) return false;
  if (filters.overdue === "lifecycle" && !hasMissedLifecycleTarget(row)) return false;
  if (filters.overdue === "qa" && row.overdueQaRequests === 0) return false;
  if (filters.qualityReview === "due" && !hasQualityReviewDue(row)) return false;
  if (filters.breaches && row.openBreaches === 0) return false;
  if (filters.reviews === "open" && row.openSupportingReviewId === null) return false;
  return true;
}

/** The register for the acting body's staff (assessorRegister.view), filtered; in name order. */
export async function registerRows(
  access: AwardingBodyAccess,
  filters: RegisterFilters = {},
  options: { now?: Date; db?: Db } = {},
): Promise<RegisterRow[]> {
  requireAwardingBodyPermission(access, "assessorRegister.view", "Assessor register");
  const rows = await loadRegister(options.db ?? getPrisma(), access.workspace.awardingBodyId, isoDay(options.now ?? new Date()));
  return rows.filter((row) => matches(row, filters));
}

export type RegisterPage = {
  bodyName: string;
  /** The lifecycle the body runs for its approvals, or null (its centres approve their assessors). */
  scheme: ApprovalScheme | null;
  rows: RegisterRow[];
  /** Everyone in the register, before the filters. */
  total: number;
  /** Whether the body has centres (Naace has none: no "approved by the centre", no centres to speak of). */
  hasCentres: boolean;
};

/** The register page: the filtered rows, the total, and the body's lifecycle for the status filter. */
export async function registerPage(
  access: AwardingBodyAccess,
  filters: RegisterFilters,
  options: { now?: Date } = {},
): Promise<RegisterPage> {
  requireAwardingBodyPermission(access, "assessorRegister.view", "Assessor register");
  const db = getPrisma();
  const awardingBodyId = access.workspace.awardingBodyId;
  const [all, policy, centres] = await Promise.all([
    loadRegister(db, awardingBodyId, isoDay(options.now ?? new Date())),
    awardingBodyPolicy(db, awardingBodyId),
    db.centre.count({ where: { awardingBodyId } }),
  ]);
  return {
    bodyName: access.workspace.name,
    scheme: schemeOfPolicy(policy),
    rows: all.filter((row) => matches(row, filters)),
    total: all.length,
    hasCentres: centres > 0,
  };
}

/** One person's register row, or "not found" when they are not in the acting body's register. */
export async function registerRowOf(
  access: AwardingBodyAccess,
  userId: string,
  options: { now?: Date; db?: Db } = {},
): Promise<RegisterRow> {
  requireAwardingBodyPermission(access, "assessorRegister.view", "Assessor");
  const [row] = await loadRegister(options.db ?? getPrisma(), access.workspace.awardingBodyId, isoDay(options.now ?? new Date()), userId);
  if (!row) throw notFound("Assessor");
  return row;
}

export type AssessorInBody = {
  userId: string;
  name: string;
  email: string;
  approval: { id: string; scheme: ApprovalScheme; state: string; version: number } | null;
};

/**
 * The person, when they are in the acting body's register (approved by it, or an active assessor
 * or IQA at one of its centres); otherwise "not found", exactly like a missing id. The caller
 * checks the permission it needs.
 */
export async function requireAssessorInBody(db: Db, access: AwardingBodyAccess, userId: string): Promise<AssessorInBody> {
  if (access.workspace.kind !== "awardingBody") throw notFound("Assessor");
  const awardingBodyId = access.workspace.awardingBodyId;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(userId)) throw notFound("Assessor");
  const user = await db.user.findFirst({
    where: {
      id: userId,
      OR: [{ assessorApprovals: { some: { awardingBodyId } } }, { memberships: { some: activeAssessorMembership(awardingBodyId) } }],
    },
    select: {
      id: true,
      name: true,
      email: true,
      assessorApprovals: { where: { awardingBodyId }, select: { id: true, scheme: true, state: true, version: true } },
    },
  });
  if (!user) throw notFound("Assessor");
  return { userId: user.id, name: user.name, email: user.email, approval: user.assessorApprovals[0] ?? null };
}

async function loadRegister(db: Db, awardingBodyId: string, today: IsoDate, onlyUserId?: string): Promise<RegisterRow[]> {
  const userFilter = onlyUserId ? { userId: onlyUserId } : {};
  const [approvals, memberships] = await Promise.all([
    db.assessorApproval.findMany({
      where: { awardingBodyId, ...userFilter },
      select: {
        id: true,
        userId: true,
        scheme: true,
        state: true,
        approvedOn: true,
        organisation: true,
        feesPaidUntil: true,
        version: true,
        events: { orderBy: { sequence: "asc" }, select: { event: true } },
        supportingReviews: {
          where: { status: "OPEN" },
          orderBy: { openedOn: "desc" },
          select: {
            id: true,
            _count: { select: { breaches: true } },
            correspondence: { select: { direction: true, sentOn: true, responseDueOn: true } },
          },
        },
      },
    }),
    db.membership.findMany({
      where: { ...activeAssessorMembership(awardingBodyId), ...userFilter },
      select: { userId: true, centre: { select: { id: true, name: true } } },
    }),
  ]);
  const userIds = [...new Set([...approvals.map((a) => a.userId), ...memberships.map((m) => m.userId)])];
  if (userIds.length === 0) return [];
  const [users, qaRequests, cpd, policy] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
    db.qualityAssuranceRequest.findMany({
      where: { awardingBodyId, assessorUserId: { in: userIds }, status: "OPEN" },
      select: { assessorUserId: true, status: true, dueOn: true, respondedAt: true },
    }),
    cpdStandings(db, { awardingBodyId, userIds, asOf: today }),
    awardingBodyPolicy(db, awardingBodyId),
  ]);

  const centresOf = new Map<string, Map<string, { id: string; name: string }>>();
  for (const m of memberships) {
    const centres = centresOf.get(m.userId) ?? new Map<string, { id: string; name: string }>();
    centres.set(m.centre.id, m.centre);
    centresOf.set(m.userId, centres);
  }
  const approvalOf = new Map(approvals.map((a) => [a.userId, a]));

  const rows = users.map((user): RegisterRow => {
    const approval = approvalOf.get(user.id);
    let lifecycleWarnings: RuleFinding[] = [];
    let stateSince: IsoDate | null = null;
    const openReview = approval?.supportingReviews[0] ?? null;
    if (approval) {
      const events = approval.events.map((e) => e.event as unknown as ApprovalEvent);
      const letter = openReview
        ? unansweredLetter(
            openReview.correspondence.map((row) => ({
              direction: row.direction === "TO_ASSESSOR" ? "toAssessor" : "fromAssessor",
              sentOn: isoDay(row.sentOn),
              responseDueOn: row.responseDueOn ? isoDay(row.responseDueOn) : null,
            })),
            today,
          )
        : null;
      try {
        const replayed = replayApproval(approval.scheme, events, policy);
        lifecycleWarnings = withUnansweredLetter(approvalWarnings(replayed, today, policy), letter);
        stateSince = stateSinceOf(approval.scheme, events, policy);
      } catch {
        lifecycleWarnings = [
          problem(
            "approval.history-inconsistent",
            "This approval's recorded history does not replay under the lifecycle rule; check its events.",
            "Assay",
          ),
        ];
      }
    }
    const requests = qaRequests.filter((request) => request.assessorUserId === user.id);
    const standing = cpd.get(user.id) ?? null;
    return {
      userId: user.id,
      name: user.name,
      email: user.email,
      centres: [...(centresOf.get(user.id)?.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
      approval: approval
        ? {
            id: approval.id,
            scheme: approval.scheme,
            state: approval.state,
            stateLabel: stateLabel(approval.scheme, approval.state),
            approvedOn: approval.approvedOn ? isoDay(approval.approvedOn) : null,
            stateSince,
            organisation: approval.organisation,
            feesPaidUntil: approval.feesPaidUntil ? isoDay(approval.feesPaidUntil) : null,
            version: approval.version,
          }
        : null,
      cpd: standing ? { status: standing.status, findings: standing.findings } : null,
      lifecycleWarnings,
      openBreaches: approval?.supportingReviews.reduce((sum, review) => sum + review._count.breaches, 0) ?? 0,
      openSupportingReviewId: openReview?.id ?? null,
      openQaRequests: requests.length,
      // Answered requests wait for the body, not the assessor: not overdue (the QA requests' one rule).
      overdueQaRequests: requests.filter((request) => qaRequestOverdueDays(request, today) > 0).length,
    };
  });
  return rows.sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}
