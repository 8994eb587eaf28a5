import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { assertNameFree, requireIctMarkPolicy, type SchoolAuditFields } from "./load-school";
import { addSchoolSchema } from "./schemas";

/** Adds a school to the body's list (Naace ICT Mark), with its URN and the contact for reminders. */
export const addSchool = defineAwardingBodyAction({
  name: "schools.add",
  audit: { label: "Added a school", summary: auditSummary<{ after: SchoolAuditFields }>() },
  input: addSchoolSchema,
  permission: "school.manage",
  async handler(input, { tx, access, audit }) {
    await requireIctMarkPolicy(tx, access);
    await assertNameFree(tx, access, input.name);
    const after = { name: input.name, urn: input.urn || null, contactEmail: input.contactEmail || null };
    const school = await tx.school.create({ data: { awardingBodyId: access.workspace.awardingBodyId, ...after } });
    await audit({ targetType: "School", targetId: school.id, summary: { after } });
    return { schoolId: school.id };
  },
});
