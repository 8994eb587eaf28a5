import "server-only";
import { approvalWarnings, replayApproval, type ApprovalEvent, type ApprovalScheme } from "@/lib/approvals/lifecycle";
import { stateLabel } from "@/lib/approvals/labels";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireAwardingBodyPermission } from "@/lib/auth/require-permission";
import { cpdStandings } from "@/lib/cpd/cpd-standing";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import type { CpdStatus } from "@/lib/rules/cpd-compliance";
import { problem, type RuleFinding } from "@/lib/rules/findings";

// The home of an approved assessor in their awarding body's workspace (a Naace assessor with no
// centre signs in here): their own approval and its warnings from the lifecycle rule, their CPD
// status under this body's policy, and the body's open quality-assurance requests to them. Only the
// signed-in person's own rows are read.

export type ApprovedAssessorHome = {
  bodyName: string;
  approval: {
    scheme: ApprovalScheme;
    state: string;
    stateLabel: string;
    approvedOn: Date | null;
    organisation: string | null;
    feesPaidUntil: Date | null;
    /** What is due by when, from the lifecycle rule as of today. */
    warnings: RuleFinding[];
  };
  /** Null when the body's policy sets no CPD. */
  cpd: { status: CpdStatus; findings: RuleFinding[] } | null;
  qaRequests: { open: number; overdue: number };
};

export async function approvedAssessorHome(access: AccessContext, now: Date = new Date()): Promise<ApprovedAssessorHome> {
  const own = requireAwardingBodyPermission(access, "professionalRecord.own", "Approval");
  if (!own.workspace.roles.includes("APPROVED_ASSESSOR")) throw notFound("Approval");
  const db = getPrisma();
  const awardingBodyId = own.workspace.awardingBodyId;
  const userId = own.userId;
  const today = isoDay(now);
  const approval = await db.assessorApproval.findFirst({
    where: { awardingBodyId, userId },
    select: {
      scheme: true,
      state: true,
      approvedOn: true,
      organisation: true,
      feesPaidUntil: true,
      events: { orderBy: { sequence: "asc" }, select: { event: true } },
    },
  });
  if (!approval) throw notFound("Approval");
  const [policy, cpd, openRequests] = await Promise.all([
    awardingBodyPolicy(db, awardingBodyId),
    cpdStandings(db, { awardingBodyId, userIds: [userId], asOf: today }),
    db.qualityAssuranceRequest.findMany({ where: { awardingBodyId, assessorUserId: userId, status: "OPEN" }, select: { dueOn: true } }),
  ]);
  let warnings: RuleFinding[];
  try {
    const replayed = replayApproval(
      approval.scheme,
      approval.events.map((row) => row.event as unknown as ApprovalEvent),
      policy,
    );
    warnings = approvalWarnings(replayed, today, policy);
  } catch {
    warnings = [
      problem(
        "approval.history-inconsistent",
        `Your approval's recorded history needs checking by ${own.workspace.name}; contact them.`,
        "Assay",
      ),
    ];
  }
  const standing = cpd.get(userId) ?? null;
  return {
    bodyName: own.workspace.name,
    approval: {
      scheme: approval.scheme,
      state: approval.state,
      stateLabel: stateLabel(approval.scheme, approval.state),
      approvedOn: approval.approvedOn,
      organisation: approval.organisation,
      feesPaidUntil: approval.feesPaidUntil,
      warnings,
    },
    cpd: standing ? { status: standing.status, findings: standing.findings } : null,
    qaRequests: { open: openRequests.length, overdue: openRequests.filter((request) => isoDay(request.dueOn) < today).length },
  };
}
