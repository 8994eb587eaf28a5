import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { schoolConflicts } from "@/lib/conflicts/rule-declarations";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
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
 * with its reasons. Naace: a school assessment is refused when the assessor declared supporting
 * that school through the self-review framework. ICS: withdrawing closes an open supporting review.
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
      select: { id: true, userId: true, assessor: { select: { name: true } } },
    });
    if (!approval) throw notFound("Approval");
    const schoolId = "schoolId" in input ? input.schoolId : null;
    const school = schoolId
      ? await tx.school.findFirst({ where: { id: schoolId, awardingBodyId }, select: { id: true, name: true } })
      : null;
    if (schoolId && !school) throw notFound("School");

    if (input.type === "recordSchoolAssessment" && school) {
      const findings = await schoolConflicts(tx, { awardingBodyId, staffUserId: approval.userId, schoolId: school.id, onDate: input.on });
      const blocking = findings.filter((finding) => finding.severity === "problem");
      if (blocking.length > 0) {
        const reasons = [
          `${approval.assessor.name} may not assess ${school.name}: an assessor may not assess a school they supported through the Self-review Framework (Naace code: eligibility to assess).`,
          ...blocking.map((finding) => finding.message),
        ];
        throw new AppError("INVALID_INPUT", reasons.join(" "), { schoolId: [reasons[0]!], _form: reasons });
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

    if (input.type === "register" && input.organisation) {
      await tx.assessorApproval.update({ where: { id: approval.id }, data: { organisation: input.organisation } });
    }

    let closedSupportingReviewId: string | null = null;
    if (input.type === "withdraw") {
      const open = await tx.supportingReview.findFirst({
        where: { approvalId: approval.id, awardingBodyId, status: "OPEN" },
        select: { id: true, version: true },
      });
      if (open) {
        const { count } = await tx.supportingReview.updateMany({
          where: { id: open.id, awardingBodyId, version: open.version, status: "OPEN" },
          data: {
            status: "APPROVAL_WITHDRAWN",
            closedOn: new Date(input.on),
            outcome: `Approval withdrawn: ${input.reason}`,
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
        ...(input.type === "withdraw" ? { closedSupportingReviewId } : {}),
      },
    });
    return { approvalId: approval.id, state: result.approval.state, version: result.approval.version };
  },
});
