import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import type { AppealStepSummary } from "./audit-summaries";
import { applyStep, dayOf, loadAppealForChange, saveStep, stepSummary } from "./change-appeal";
import { recordAppealReferralOutcomeSchema } from "./schemas";

/** The centre admin records the awarding body's outcome of a referred appeal, which closes it. */
export const recordAppealReferralOutcome = defineCentreAction({
  name: "appeal.recordReferralOutcome",
  audit: { label: "Recorded the awarding body's outcome of an appeal", summary: auditSummary<AppealStepSummary>() },
  input: recordAppealReferralOutcomeSchema,
  permission: "appeal.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const appeal = await loadAppealForChange(tx, centreId, input);
    const { status } = applyStep(
      appeal,
      { kind: "recordAwardingBodyOutcome", on: input.awardingBodyOutcomeOn },
      now,
      "awardingBodyOutcomeOn",
    );
    await saveStep(tx, centreId, appeal, {
      awardingBodyOutcomeOn: dayOf(input.awardingBodyOutcomeOn),
      awardingBodyOutcome: input.awardingBodyOutcome,
    });
    await audit({
      targetType: "Appeal",
      targetId: appeal.id,
      summary: stepSummary(appeal, status, input.awardingBodyOutcomeOn, { note: input.awardingBodyOutcome }),
    });
    return { appealId: appeal.id };
  },
});
