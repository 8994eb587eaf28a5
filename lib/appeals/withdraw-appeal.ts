import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import type { AppealStepSummary } from "./audit-summaries";
import { applyStep, dayOf, loadAppealForChange, saveStep, stepSummary } from "./change-appeal";
import { withdrawAppealSchema } from "./schemas";

/** The centre admin records that the candidate withdrew an open appeal, on which day and what they said. */
export const withdrawAppeal = defineCentreAction({
  name: "appeal.withdraw",
  audit: { label: "Recorded the withdrawal of an appeal", summary: auditSummary<AppealStepSummary>() },
  input: withdrawAppealSchema,
  permission: "appeal.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const appeal = await loadAppealForChange(tx, centreId, input);
    const { status } = applyStep(appeal, { kind: "withdraw", on: input.withdrawnOn }, now, "withdrawnOn");
    const note = input.withdrawalNote === "" ? null : input.withdrawalNote;
    await saveStep(tx, centreId, appeal, { status, withdrawnOn: dayOf(input.withdrawnOn), withdrawalNote: note });
    await audit({
      targetType: "Appeal",
      targetId: appeal.id,
      summary: stepSummary(appeal, status, input.withdrawnOn, note ? { note } : {}),
    });
    return { appealId: appeal.id };
  },
});
