import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { discardActivityDraftSchema } from "./schemas";

/** The assessor chose not to continue a draft: the server's copy goes (their own, in this centre). */
export const discardActivityDraft = defineCentreAction({
  name: "activities.discardDraft",
  audit: { label: "Discarded a draft of an assessment activity", summary: auditSummary<{ discarded: number }>() },
  input: discardActivityDraftSchema,
  permission: "assessment.record",
  async handler(input, { tx, access, audit }) {
    const removed = await tx.activityDraft.deleteMany({
      where: { centreId: access.workspace.centreId, userId: access.userId, clientDraftId: input.clientDraftId },
    });
    await audit({ targetType: "ActivityDraft", targetId: null, summary: { discarded: removed.count } });
    return { discarded: removed.count };
  },
});
