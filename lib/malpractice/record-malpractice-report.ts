import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { MalpracticeReportedSummary } from "./audit-summaries";
import { bumpVersion, dayOf, loadCaseForChange, personOf, refuseBadDay, refuseIfClosed } from "./load-case";
import { recordMalpracticeReportSchema } from "./schemas";

/**
 * The head of centre records the day the case was reported in writing to the awarding body, and
 * how (handbook 5.22: every suspected case is reported). Recorded once; the case cannot close without it.
 */
export const recordMalpracticeReport = defineCentreAction({
  name: "malpractice.recordReport",
  audit: { label: "Recorded the report of a malpractice case to the awarding body", summary: auditSummary<MalpracticeReportedSummary>() },
  input: recordMalpracticeReportSchema,
  permission: "malpractice.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const found = await loadCaseForChange(tx, centreId, input);
    refuseIfClosed(found, "reportedToAwardingBodyOn");
    if (found.reportedToAwardingBodyOn !== null) {
      const message = `The case was already recorded as reported on ${isoDay(found.reportedToAwardingBodyOn)}.`;
      throw new AppError("CONFLICT", message, { reportedToAwardingBodyOn: [message] });
    }
    refuseBadDay(found, input.reportedToAwardingBodyOn, now, "reportedToAwardingBodyOn");
    await bumpVersion(tx, centreId, found, {
      reportedToAwardingBodyOn: dayOf(input.reportedToAwardingBodyOn),
      reportNote: input.reportNote,
    });
    await audit({
      targetType: "MalpracticeCase",
      targetId: found.id,
      summary: { person: personOf(found), reportedToAwardingBodyOn: input.reportedToAwardingBodyOn, reportNote: input.reportNote },
    });
    return { caseId: found.id };
  },
});
