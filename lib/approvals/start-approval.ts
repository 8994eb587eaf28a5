import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { requireAssessorInBody } from "@/lib/assessor-register/queries";
import { AppError } from "@/lib/errors/app-error";
import { ownCaseRefusal } from "@/lib/rules/separation-of-duties";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import type { ApprovalStartedSummary } from "./audit-summaries";
import { newApproval, schemeOfPolicy } from "./lifecycle";
import { startApprovalSchema } from "./schemas";

/**
 * Starts the body's approval of a person in its register who has none: in training (Institute) or
 * selected (Naace). A body whose policy runs no lifecycle (OCR: the centre approves) cannot.
 */
export const startApproval = defineAwardingBodyAction({
  name: "approval.start",
  audit: { label: "Started an assessor's approval", summary: auditSummary<ApprovalStartedSummary>() },
  input: startApprovalSchema,
  permission: "assessorRegister.manage",
  async handler(input, { tx, access, audit }) {
    const awardingBodyId = access.workspace.awardingBodyId;
    const person = await requireAssessorInBody(tx, access, input.userId);
    const ownCase = ownCaseRefusal(access.userId, person.userId, "approval", access.workspace.name);
    if (ownCase) throw new AppError("FORBIDDEN", ownCase, { _form: [ownCase] });
    const scheme = schemeOfPolicy(await awardingBodyPolicy(tx, awardingBodyId));
    if (!scheme) {
      const message = "This awarding body's policy runs no approval lifecycle: its centres approve their assessors.";
      throw new AppError("INVALID_INPUT", message, { _form: [message] });
    }
    if (person.approval) {
      const message = `${person.name} already has an approval with this awarding body.`;
      throw new AppError("CONFLICT", message, { _form: [message] });
    }
    const state = newApproval(scheme).record.state;
    const organisation = input.organisation || null;
    // The unique (body, person) pair refuses a second start made at the same moment (CONFLICT).
    const approval = await tx.assessorApproval.create({
      data: { awardingBodyId, userId: person.userId, scheme, state, organisation },
      select: { id: true },
    });
    await audit({
      targetType: "AssessorApproval",
      targetId: approval.id,
      summary: { assessor: person.name, scheme, after: { state, organisation }, reason: input.reason },
    });
    return { approvalId: approval.id };
  },
});
