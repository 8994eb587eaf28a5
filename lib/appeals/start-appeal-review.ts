import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import type { AppealStepSummary } from "./audit-summaries";
import { applyStep, dayOf, loadAppealForChange, saveStep, stepSummary } from "./change-appeal";
import { startAppealReviewSchema } from "./schemas";

/** The centre admin records the day the review of an acknowledged appeal started. */
export const startAppealReview = defineCentreAction({
  name: "appeal.startReview",
  audit: { label: "Started the review of an appeal", summary: auditSummary<AppealStepSummary>() },
  input: startAppealReviewSchema,
  permission: "appeal.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const appeal = await loadAppealForChange(tx, centreId, input);
    const { status } = applyStep(appeal, { kind: "startReview", on: input.reviewStartedOn }, now, "reviewStartedOn");
    await saveStep(tx, centreId, appeal, { status, reviewStartedOn: dayOf(input.reviewStartedOn) });
    await audit({ targetType: "Appeal", targetId: appeal.id, summary: stepSummary(appeal, status, input.reviewStartedOn) });
    return { appealId: appeal.id };
  },
});
