import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import type { AppealStepSummary } from "./audit-summaries";
import { applyStep, dayOf, loadAppealForChange, saveStep, stepSummary } from "./change-appeal";
import { acknowledgeAppealSchema } from "./schemas";

/** The centre admin records the day the candidate was told their appeal was received. */
export const acknowledgeAppeal = defineCentreAction({
  name: "appeal.acknowledge",
  audit: { label: "Acknowledged an appeal", summary: auditSummary<AppealStepSummary>() },
  input: acknowledgeAppealSchema,
  permission: "appeal.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const appeal = await loadAppealForChange(tx, centreId, input);
    const { status } = applyStep(appeal, { kind: "acknowledge", on: input.acknowledgedOn }, now, "acknowledgedOn");
    await saveStep(tx, centreId, appeal, { status, acknowledgedOn: dayOf(input.acknowledgedOn) });
    await audit({ targetType: "Appeal", targetId: appeal.id, summary: stepSummary(appeal, status, input.acknowledgedOn) });
    return { appealId: appeal.id };
  },
});
