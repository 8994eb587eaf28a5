import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { MalpracticeCaseClosedSummary } from "./audit-summaries";
import { bumpVersion, dayOf, loadCaseForChange, personOf, refuseBadDay, refuseIfClosed } from "./load-case";
import { closeMalpracticeCaseSchema } from "./schemas";

/**
 * The head of centre closes a case with the outcome of the investigation. Only a case reported to
 * the awarding body closes (handbook 5.22), on or after the day it was reported. From then the
 * person's records are no longer held by it.
 */
export const closeMalpracticeCase = defineCentreAction({
  name: "malpractice.close",
  audit: { label: "Closed a malpractice case", summary: auditSummary<MalpracticeCaseClosedSummary>() },
  input: closeMalpracticeCaseSchema,
  permission: "malpractice.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const found = await loadCaseForChange(tx, centreId, input);
    refuseIfClosed(found, "outcome");
    if (found.reportedToAwardingBodyOn === null) {
      const message = "Record the date the case was reported to the awarding body before closing it.";
      throw new AppError("INVALID_INPUT", message, { _form: [message] });
    }
    const reportedOn = isoDay(found.reportedToAwardingBodyOn);
    if (input.closedOn < reportedOn) {
      const message = `The date cannot be before the case was reported to the awarding body (${reportedOn}).`;
      throw new AppError("INVALID_INPUT", message, { closedOn: [message] });
    }
    refuseBadDay(found, input.closedOn, now, "closedOn");
    await bumpVersion(tx, centreId, found, { status: "CLOSED", closedOn: dayOf(input.closedOn), outcome: input.outcome });
    await audit({
      targetType: "MalpracticeCase",
      targetId: found.id,
      summary: { person: personOf(found), closedOn: input.closedOn, reportedToAwardingBodyOn: reportedOn, outcome: input.outcome },
    });
    return { caseId: found.id };
  },
});
