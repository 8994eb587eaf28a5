import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { cpdEntryData, cpdEntrySummary, type CpdEntrySummary } from "./cpd-inputs";
import { updateCpdEntrySchema } from "./schemas";

export const staleCpdEntryMessage =
  "This CPD activity was changed since you opened it (in another tab or window). Reload the page to see it, then make your change again.";

/** Corrects an activity on the signed-in person's own CPD log; an edit of an older version is refused. */
export const updateCpdEntry = definePersonalAction({
  name: "cpd.update",
  audit: { label: "Corrected a CPD activity", summary: auditSummary<{ before: CpdEntrySummary; after: CpdEntrySummary }>() },
  input: updateCpdEntrySchema,
  permission: "home.view",
  async handler(input, { tx, access, audit, now }) {
    const before = await tx.cpdEntry.findFirst({ where: { id: input.cpdEntryId, userId: access.userId } });
    if (!before) throw notFound("CPD activity");
    const data = await cpdEntryData(tx, access, input, now);
    const { count } = await tx.cpdEntry.updateMany({
      where: { id: before.id, userId: access.userId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("STALE", staleCpdEntryMessage);
    const after = await tx.cpdEntry.findUniqueOrThrow({ where: { id: before.id } });
    await audit({
      centreId: null,
      targetType: "CpdEntry",
      targetId: before.id,
      summary: { before: cpdEntrySummary(before), after: cpdEntrySummary(after) },
    });
    return { id: after.id, version: after.version };
  },
});
