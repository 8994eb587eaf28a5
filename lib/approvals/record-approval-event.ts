import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { relationshipLabels } from "@/lib/conflicts/labels";
import { schoolConflicts } from "@/lib/conflicts/rule-declarations";
import { AppError, notFound } from "@/lib/errors/app-error";
import { displayDay, isoDay } from "@/lib/format/dates";
import { ownCaseRefusal } from "@/lib/rules/separation-of-duties";
import { applyApprovalEvent } from "./apply-approval-event";
import type { ApprovalEventRecordedSummary } from "./audit-summaries";
import type { ApprovalEvent } from "./lifecycle";
import { recordApprovalEventSchema, type RecordApprovalEventValues } from "./schemas";

/** The form's values as the lifecycle rule's event. */
export function toRuleEvent(input: RecordApprovalEventValues): ApprovalEvent {
  const on = input.on;
  switch (input.type) {
    case "withdraw":
      return { type: "withdraw", on, reason: input.withdrawalReason };
    case "register":
      return { type: "register", on, penPortraitSubmitted: input.penPortraitSubmitted, codeOfPracticeSigned: input.codeOfPracticeSigned };
    case "recordModeration":
      return { type: "recordModeration", on, outcome: input.outcome };
    case "lodgeAppeal":
      return { type: "lodgeAppeal", on, inWriting: input.inWriting };
    case "decideAppeal":
      return { type: "decideAppeal", on, upheld: input.upheld };
    case "recordAnnualFeePaid":
      return { type: "recordAnnualFeePaid", on, paidUntil: input.paidUntil };
    case "remove":
      return { type: "remove", on, reason: input.removalReason, mitigationAccepted: input.mitigationAccepted };
    default:
      return { type: input.type, on };
  }
}

/**
 * The awarding body's staff record one change to an assessor's approval (the lifecycle rule's
 * event) with its date, reason and evidence. The rule refuses a change the state does not allow,
 * or one dated before the last recorded change, with its reasons. Nobody records changes to their
 * own approval. Naace: any event at a school (moderation or school assessment) is refused when the
 * assessor declared a blocking relationship with that school, such as supporting it through the
 * self-review framework. ICS: withdrawing or ceasing to act closes an open supporting review.
 */
export const recordApprovalEvent = defineAwardingBodyAction({
  name: "approval.recordEvent",
  audit: { label: "Recorded a change to an assessor's approval", summary: auditSummary<ApprovalEventRecordedSummary>() },
  input: recordApprovalEventSchema,
  permission: "assessorRegister.manage",
  async handler(input, { tx, access, now, audit }) {
    const awardingBodyId = access.workspace.awardingBodyId;
    const approval = await tx.assessorApproval.findFirst({
      where: { id: input.approvalId, awardingBodyId },
      select: { id: true, userId: true, organisation: true, assessor: { select: { name: true } } },
    });
    if (!approval) throw notFound("Approval");
    const ownCase = ownCaseRefusal(access.userId, approval.userId, "approval", access.workspace.name);
    if (ownCase) throw new AppError("FORBIDDEN", ownCase, { _form: [ownCase] });
    const schoolId = "schoolId" in input ? input.schoolId : null;
    const school = schoolId
      ? await tx.school.findFirst({ where: { id: schoolId, awardingBodyId }, select: { id: true, name: true } })
      : null;
    if (schoolId && !school) throw notFound("School");

    if (school) {
      // Naace "eligibility to assess": every event at a school (a moderated assessment too) is the
      // assessor assessing it, so a blocking declaration about that school refuses it.
      const findings = await schoolConflicts(tx, { awardingBodyId, staffUserId: approval.userId, schoolId: school.id, onDate: input.on });
      const blockingIds = findings.filter((finding) => finding.severity === "problem").map((finding) => finding.declarationId);
      if (blockingIds.length > 0) {
        const declarations = await tx.conflictOfInterestDeclaration.findMany({
          where: { id: { in: blockingIds }, awardingBodyId },
          select: { declaredOn: true, relationship: true },
          orderBy: { declaredOn: "asc" },
        });
        const name = approval.assessor.name;
        const reasons = declarations.map((declaration) =>
          declaration.relationship === "SUPPORTED_SELF_REVIEW"
            ? `${name} declared on ${displayDay(declaration.declaredOn)} that they supported ${school.name} through its self-review, so they may not assess it.`
            : `${name} declared on ${displayDay(declaration.declaredOn)} a conflict of interest with ${school.name} (${relationshipLabels[declaration.relationship].toLowerCase()}), so they may not assess it.`,
        );
        throw new AppError("INVALID_INPUT", reasons.join(" "), { schoolId: [reasons.join(" ")] });
      }
    }

    const result = await applyApprovalEvent(tx, {
      access,
      approvalId: approval.id,
      event: toRuleEvent(input),
      reason: input.reason,
      evidence: input.evidence ?? null,
      schoolId: school?.id ?? null,
      expectedVersion: input.version,
      now,
    });

    let organisationChange: { before: string | null; after: string } | null = null;
    if (input.type === "register" && input.organisation && input.organisation !== approval.organisation) {
      await tx.assessorApproval.update({ where: { id: approval.id }, data: { organisation: input.organisation } });
      organisationChange = { before: approval.organisation, after: input.organisation };
    }

    // An approval that ends (withdrawn, or the assessor ceased acting) ends its open supporting review.
    let closedSupportingReviewId: string | null = null;
    if (input.type === "withdraw" || input.type === "ceaseActing") {
      const open = await tx.supportingReview.findFirst({
        where: { approvalId: approval.id, awardingBodyId, status: "OPEN" },
        select: { id: true, version: true },
      });
      if (open) {
        const { count } = await tx.supportingReview.updateMany({
          where: { id: open.id, awardingBodyId, version: open.version, status: "OPEN" },
          data: {
            status: input.type === "withdraw" ? "APPROVAL_WITHDRAWN" : "CLOSED",
            closedOn: new Date(input.on),
            outcome: input.type === "withdraw" ? `Approval withdrawn: ${input.reason}` : `Assessor ceased acting: ${input.reason}`,
            version: { increment: 1 },
          },
        });
        if (count !== 1) throw new AppError("STALE");
        closedSupportingReviewId = open.id;
      }
    }

    await audit({
      targetType: "AssessorApproval",
      targetId: approval.id,
      summary: {
        assessor: approval.assessor.name,
        scheme: result.state.scheme,
        event: input.type,
        on: input.on,
        before: { state: result.previousState },
        after: {
          state: result.approval.state,
          approvedOn: result.approval.approvedOn ? isoDay(result.approval.approvedOn) : null,
          feesPaidUntil: result.approval.feesPaidUntil ? isoDay(result.approval.feesPaidUntil) : null,
        },
        reason: input.reason,
        evidence: input.evidence || null,
        school: school?.name ?? null,
        sequence: result.sequence,
        ...(input.type === "withdraw" || input.type === "ceaseActing" ? { closedSupportingReviewId } : {}),
        ...(organisationChange ? { organisation: organisationChange } : {}),
      },
    });
    return { approvalId: approval.id, state: result.approval.state, version: result.approval.version };
  },
});
