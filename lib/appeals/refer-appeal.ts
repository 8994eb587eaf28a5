import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import type { AppealStepSummary } from "./audit-summaries";
import { applyStep, dayOf, loadAppealForChange, saveStep, stepSummary } from "./change-appeal";
import { referAppealSchema } from "./schemas";

/**
 * After the centre's decision, the candidate may take the appeal to the awarding body's appeals
 * process: the centre admin records the day it went. The appeal is open again (it blocks the
 * claim and the records' destruction) until the awarding body's outcome is recorded.
 */
export const referAppeal = defineCentreAction({
  name: "appeal.refer",
  audit: { label: "Recorded an appeal's referral to the awarding body", summary: auditSummary<AppealStepSummary>() },
  input: referAppealSchema,
  permission: "appeal.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const appeal = await loadAppealForChange(tx, centreId, input);
    const { status } = applyStep(appeal, { kind: "refer", on: input.referredOn }, now, "referredOn");
    const note = input.referralNote === "" ? null : input.referralNote;
    await saveStep(tx, centreId, appeal, { referredOn: dayOf(input.referredOn), referralNote: note });
    await audit({
      targetType: "Appeal",
      targetId: appeal.id,
      summary: stepSummary(appeal, status, input.referredOn, note ? { note } : {}),
    });
    return { appealId: appeal.id };
  },
});
