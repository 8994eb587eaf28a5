import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/errors/app-error";
import { removeStaffQualificationSchema } from "./schemas";

/** Removes one of the signed-in person's own qualification entries (someone else's is "not found"). */
export const removeStaffQualification = definePersonalAction({
  name: "assessorRecord.removeQualification",
  audit: { label: "Removed an assessor or IQA qualification", summary: auditSummary<{ code: string; held: boolean }>() },
  input: removeStaffQualificationSchema,
  permission: "home.view",
  async handler(input, { tx, access, audit }) {
    const row = await tx.staffQualification.findFirst({ where: { id: input.staffQualificationId, userId: access.userId } });
    if (!row) throw notFound("Qualification");
    await tx.staffQualification.deleteMany({ where: { id: row.id, userId: access.userId } });
    await audit({ centreId: null, targetType: "StaffQualification", targetId: row.id, summary: { code: row.code, held: row.held } });
    return { id: row.id };
  },
});
