import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { requireAssessorInBody } from "@/lib/assessor-register/queries";
import { isoDay } from "@/lib/format/dates";
import { dueOnProblem } from "@/lib/rules/record-dates";
import { AppError } from "@/lib/errors/app-error";
import type { QaRequestCreatedSummary } from "./audit-summaries";
import { refuseOwnQaRequest } from "./load-request";
import { createQaRequestSchema } from "./schemas";

/** ICS A5: the awarding body asks one of its assessors to take part in quality assurance, by a date. */
export const createQaRequest = defineAwardingBodyAction({
  name: "qaRequest.create",
  audit: { label: "Sent a quality-assurance request to an assessor", summary: auditSummary<QaRequestCreatedSummary>() },
  input: createQaRequestSchema,
  permission: "assessorRegister.manage",
  async handler(input, { tx, access, now, audit }) {
    await requireAssessorInBody(tx, access, input.userId);
    refuseOwnQaRequest(access, input.userId);
    const today = isoDay(now);
    const problem = dueOnProblem(input.dueOn, today);
    if (problem) throw new AppError("INVALID_INPUT", problem, { dueOn: [problem] });
    const assessor = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { name: true } });
    const request = await tx.qualityAssuranceRequest.create({
      data: {
        awardingBodyId: access.workspace.awardingBodyId,
        assessorUserId: input.userId,
        kind: input.kind,
        details: input.details,
        requestedOn: new Date(`${today}T00:00:00Z`),
        dueOn: new Date(`${input.dueOn}T00:00:00Z`),
        requestedById: access.userId,
      },
      select: { id: true },
    });
    await audit({
      targetType: "QualityAssuranceRequest",
      targetId: request.id,
      summary: { assessor: assessor.name, kind: input.kind, details: input.details, dueOn: input.dueOn },
    });
    return { requestId: request.id };
  },
});
