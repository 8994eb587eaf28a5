import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { cpdEntryData, cpdEntrySummary, type CpdEntrySummary } from "./cpd-inputs";
import { recordCpdEntrySchema } from "./schemas";

/** Adds an activity to the signed-in person's own CPD log (ICS A3; handbook 4.2, 4.5; Naace CPD). */
export const recordCpdEntry = definePersonalAction({
  name: "cpd.record",
  audit: { label: "Logged CPD", summary: auditSummary<CpdEntrySummary>() },
  input: recordCpdEntrySchema,
  permission: "home.view",
  async handler(input, { tx, access, audit, now }) {
    const data = await cpdEntryData(tx, access, input, now);
    const row = await tx.cpdEntry.create({ data: { ...data, userId: access.userId } });
    await audit({ centreId: null, targetType: "CpdEntry", targetId: row.id, summary: cpdEntrySummary(row) });
    return { id: row.id, version: row.version };
  },
});
