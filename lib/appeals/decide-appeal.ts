import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import type { AppealStepSummary } from "./audit-summaries";
import { applyStep, dayOf, loadAppealForChange, saveStep, stepSummary } from "./change-appeal";
import { appealDeciderWhere } from "./deciders";
import { decideAppealSchema } from "./schemas";

/**
 * The centre admin records the outcome of an appeal under review: upheld or not upheld, the day,
 * the reasons and who decided. The person who decided is on the centre's staff and was not
 * involved in the decision appealed against: never its assessor.
 */
export const decideAppeal = defineCentreAction({
  name: "appeal.decide",
  audit: { label: "Recorded the decision on an appeal", summary: auditSummary<AppealStepSummary>() },
  input: decideAppealSchema,
  permission: "appeal.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const appeal = await loadAppealForChange(tx, centreId, input);
    const { status } = applyStep(appeal, { kind: "decide", on: input.decidedOn, upheld: input.outcome === "UPHELD" }, now, "decidedOn");
    if (appeal.unitDecision?.assessorUserId === input.decidedById) {
      const message = "The assessor who made the decision cannot decide the appeal against it: choose someone not involved.";
      throw new AppError("INVALID_INPUT", message, { decidedById: [message] });
    }
    const decider = await tx.user.findFirst({ where: { id: input.decidedById, ...appealDeciderWhere(centreId) }, select: { name: true } });
    if (!decider) {
      const message = "Choose a member of the centre's staff.";
      throw new AppError("INVALID_INPUT", message, { decidedById: [message] });
    }
    await saveStep(tx, centreId, appeal, {
      status,
      decidedOn: dayOf(input.decidedOn),
      decidedById: input.decidedById,
      outcomeReasons: input.outcomeReasons,
    });
    await audit({
      targetType: "Appeal",
      targetId: appeal.id,
      summary: stepSummary(appeal, status, input.decidedOn, { note: input.outcomeReasons, decidedBy: decider.name }),
    });
    return { appealId: appeal.id };
  },
});
