import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { isoDay } from "@/lib/format/dates";
import type { VisitRescheduledSummary } from "./audit-summaries";
import { coveredQualification, dayOf, loadVisitForChange, planSummary, requirePlanned, saveVisit } from "./load-visit";
import { qualificationsFor } from "./queries";
import { rescheduleVisitSchema } from "./schemas";

/** The centre admin changes a planned visit: its day, the EV, what it is for, what it covers. */
export const rescheduleVisit = defineCentreAction({
  name: "visit.reschedule",
  audit: { label: "Changed an external verifier visit", summary: auditSummary<VisitRescheduledSummary>() },
  input: rescheduleVisitSchema,
  permission: "visit.manage",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    const visit = await loadVisitForChange(tx, centreId, input);
    requirePlanned(visit, "changed");
    const qualification = await coveredQualification(tx, access, input);
    const before = (await qualificationsFor(tx, centreId, [visit.qualificationId])).get(visit.qualificationId ?? "") ?? null;
    await saveVisit(tx, centreId, visit, {
      visitOn: dayOf(input.visitOn),
      externalVerifierName: input.externalVerifierName,
      purpose: input.purpose,
      qualificationId: qualification?.id ?? null,
      final: input.final,
    });
    await audit({
      targetType: "ExternalVerifierVisit",
      targetId: visit.id,
      summary: { before: planSummary({ ...visit, visitOn: isoDay(visit.visitOn) }, before), after: planSummary(input, qualification) },
    });
    return { visitId: visit.id };
  },
});
