import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import type { Prisma } from "@/lib/db/client";
import { saveActivityDraftSchema } from "./schemas";

/**
 * Keeps the server's copy of the activity an assessor is typing (the browser keeps its own in
 * IndexedDB), so a lost phone or a cleared browser loses nothing either. One row per browser
 * draft; each save replaces it. Only the person's own drafts in the active centre are touched.
 */
export const saveActivityDraft = defineCentreAction({
  name: "activities.saveDraft",
  audit: { label: "Saved a draft of an assessment activity", summary: auditSummary<{ candidateId: string | null }>() },
  input: saveActivityDraftSchema,
  permission: "assessment.record",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    // A draft may name no candidate yet; one it names must be a candidate of this centre.
    const candidateId = input.content.candidateId ? (await loadCandidate(tx, access, input.content.candidateId)).id : null;
    const content = input.content as Prisma.InputJsonValue;
    const draft = await tx.activityDraft.upsert({
      where: { centreId_userId_clientDraftId: { centreId, userId: access.userId, clientDraftId: input.clientDraftId } },
      create: { centreId, userId: access.userId, clientDraftId: input.clientDraftId, candidateId, content },
      update: { candidateId, content },
      select: { id: true, updatedAt: true },
    });
    await audit({ targetType: "ActivityDraft", targetId: draft.id, summary: { candidateId } });
    return { savedAt: draft.updatedAt.toISOString() };
  },
});
