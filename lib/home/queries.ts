import "server-only";
import { isCentreAccess, type AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { addDays, displayDay, displayLongDay } from "@/lib/format/dates";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import { approvalKey, approvalStandings } from "@/lib/professional-record/approval-standing";

export type NextStep = { text: string; href?: string; tone: "info" | "warning" };

/** What the person should do next in the active workspace, most urgent first. */
export async function homeNextSteps(access: AccessContext, now: Date = new Date()): Promise<NextStep[]> {
  const steps: NextStep[] = [];
  const db = getPrisma();
  if (!isCentreAccess(access)) {
    const roles = access.workspace.roles;
    // A body with no centres (Naace: its assessors are approved directly) has none to review.
    if (rolesCan(roles, "centre.list") && (await db.centre.count({ where: { awardingBodyId: access.workspace.awardingBodyId } })) > 0)
      steps.push({ text: "Review the centres your awarding body has approved.", href: "/centres", tone: "info" });
    if (rolesCan(roles, "policy.edit"))
      steps.push({ text: "Check your policy numbers: the CPD, lifecycle and renewal rules read them.", href: "/policy", tone: "info" });
    if (roles.includes("APPROVED_ASSESSOR"))
      steps.push({
        text: `Keep your professional record up to date: ${access.workspace.name} reviews your CPD, conflicts of interest and changes of circumstance there.`,
        href: "/professional-record",
        tone: "info",
      });
    return steps;
  }
  const centreId = access.workspace.centreId;
  if (access.workspace.roles.includes("EXTERNAL_VERIFIER")) {
    const own = await db.membership.findFirst({
      where: { centreId, userId: access.userId, role: "EXTERNAL_VERIFIER", status: "ACTIVE" },
      select: { expiresOn: true },
    });
    if (own?.expiresOn) {
      steps.push({
        text: `Your external verifier access to ${access.workspace.name} ends at the end of ${displayLongDay(own.expiresOn)}.`,
        tone: "info",
      });
    }
  }
  if (rolesCan(access.workspace.roles, "staff.manage")) {
    const [pendingInvitations, expiringVerifiers, assessors, iqas] = await Promise.all([
      db.invitation.count({ where: { centreId, status: "PENDING", expiresAt: { gt: now } } }),
      db.membership.count({
        where: { centreId, role: "EXTERNAL_VERIFIER", status: "ACTIVE", expiresOn: { gte: now, lte: addDays(now, 14) } },
      }),
      db.membership.count({ where: { centreId, role: "ASSESSOR", status: "ACTIVE" } }),
      db.membership.count({ where: { centreId, role: "IQA", status: "ACTIVE" } }),
    ]);
    if (iqas === 0)
      steps.push({
        text: "Your centre has no active IQA. Every centre needs internal quality assurance (handbook 5.20.1).",
        href: "/staff/new",
        tone: "warning",
      });
    if (assessors === 0) steps.push({ text: "Your centre has no active assessor.", href: "/staff/new", tone: "warning" });
    if (pendingInvitations > 0)
      steps.push({
        text: `${pendingInvitations} ${pendingInvitations === 1 ? "invitation has" : "invitations have"} not been accepted yet.`,
        href: "/staff",
        tone: "info",
      });
    if (expiringVerifiers > 0)
      steps.push({
        text: `${expiringVerifiers} external verifier ${expiringVerifiers === 1 ? "access ends" : "accesses end"} within 14 days.`,
        href: "/staff",
        tone: "warning",
      });
    steps.push({
      text: "Keep your staff list up to date: add assessors and IQAs, and deactivate people who have left.",
      href: "/staff",
      tone: "info",
    });
  }
  if (access.workspace.roles.includes("ASSESSOR") || access.workspace.roles.includes("IQA")) {
    const bodyId = access.workspace.awardingBodyId;
    const [recorded, body, policy, approvals] = await Promise.all([
      db.staffQualification.count({ where: { userId: access.userId } }),
      db.awardingBody.findUniqueOrThrow({ where: { id: bodyId }, select: { name: true } }),
      awardingBodyPolicy(db, bodyId),
      approvalStandings(db, { userIds: [access.userId], awardingBodyIds: [bodyId] }),
    ]);
    const approval = approvals.get(approvalKey(bodyId, access.userId));
    if (approval) {
      // A body with an approval lifecycle (the Institute, Naace): the person's approval by it, not OCR's qualification list.
      steps.push({
        text: `Your approval by ${body.name}: ${approval.stateLabel}${approval.since ? ` since ${displayDay(approval.since)}` : ""}.${approval.ended ? ` You may no longer assess for ${body.name}.` : " Keep your professional record up to date."}`,
        href: "/professional-record",
        tone: approval.tone === "danger" || approval.tone === "warning" ? "warning" : "info",
      });
    } else {
      // The qualification-status rule (OCR handbook 4.2, 4.4) applies only under a body whose policy sets it.
      steps.push(
        recorded === 0 && policy.qualificationStatus
          ? {
              text: "Record your assessor or IQA qualification (held or working towards) and the units you are competent to assess: sign-off and countersigning read them.",
              href: "/professional-record",
              tone: "warning",
            }
          : { text: "Keep your professional record up to date.", href: "/professional-record", tone: "info" },
      );
    }
  }
  if (rolesCan(access.workspace.roles, "audit.view")) {
    steps.push({ text: "Check the audit trail is intact before an external verifier's visit.", href: "/audit", tone: "info" });
  }
  const onlyCandidate = access.workspace.roles.every((role) => role === "CANDIDATE");
  steps.push({
    text: onlyCandidate
      ? "See the units of your qualification and what each one covers."
      : "See the units and the rule of combination of the qualifications you deliver.",
    href: "/qualifications",
    tone: "info",
  });
  return steps;
}
