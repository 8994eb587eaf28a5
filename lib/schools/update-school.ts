import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { assertNameFree, loadSchoolForChange, updateSchoolAtVersion, type SchoolAuditFields } from "./load-school";
import { updateSchoolSchema } from "./schemas";

/** Changes a school's name, URN or contact email; refused when someone changed the school since. */
export const updateSchool = defineAwardingBodyAction({
  name: "schools.update",
  audit: { label: "Changed a school's details", summary: auditSummary<{ before: SchoolAuditFields; after: SchoolAuditFields }>() },
  input: updateSchoolSchema,
  permission: "school.manage",
  async handler(input, { tx, access, audit }) {
    const { school } = await loadSchoolForChange(tx, access, input.schoolId, input.version);
    await assertNameFree(tx, access, input.name, school.id);
    const after = { name: input.name, urn: input.urn || null, contactEmail: input.contactEmail || null };
    await updateSchoolAtVersion(tx, access, school, after);
    await audit({
      targetType: "School",
      targetId: school.id,
      summary: { before: { name: school.name, urn: school.urn, contactEmail: school.contactEmail }, after },
    });
    return { schoolId: school.id };
  },
});
