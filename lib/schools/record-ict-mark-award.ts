import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { happenedOnProblem } from "@/lib/rules/record-dates";
import { loadSchoolForChange, updateSchoolAtVersion } from "./load-school";
import { recordIctMarkAwardSchema } from "./schemas";

/**
 * Records the day a school was awarded (or renewed) the ICT Mark: it runs for the policy's years
 * from that day (Naace ICT Mark principle 8). The last reminder stays on record: a reminder sent
 * before the new award's reminder window opens does not count for it (lib/rules/ict-mark.ts).
 */
export const recordIctMarkAward = defineAwardingBodyAction({
  name: "schools.recordIctMarkAward",
  audit: {
    label: "Recorded a school's ICT Mark award",
    summary: auditSummary<{ school: string; before: { awardedOn: string | null }; after: { awardedOn: string } }>(),
  },
  input: recordIctMarkAwardSchema,
  permission: "school.manage",
  async handler(input, { tx, access, now, audit }) {
    const { school } = await loadSchoolForChange(tx, access, input.schoolId, input.version);
    const problem = happenedOnProblem(input.awardedOn, isoDay(now), "The award date cannot be in the future.");
    if (problem) throw new AppError("INVALID_INPUT", problem, { awardedOn: [problem] });
    await updateSchoolAtVersion(tx, access, school, { ictMarkAwardedOn: new Date(`${input.awardedOn}T00:00:00Z`) });
    await audit({
      targetType: "School",
      targetId: school.id,
      summary: {
        school: school.name,
        before: { awardedOn: school.ictMarkAwardedOn ? isoDay(school.ictMarkAwardedOn) : null },
        after: { awardedOn: input.awardedOn },
      },
    });
    return { schoolId: school.id };
  },
});
