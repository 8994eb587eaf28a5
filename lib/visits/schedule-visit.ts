import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import type { VisitScheduledSummary } from "./audit-summaries";
import { coveredQualification, dayOf, planSummary } from "./load-visit";
import { scheduleVisitSchema } from "./schemas";

/**
 * The centre admin schedules an external verifier visit (handbook 5.20.2): the day, the EV's name,
 * what it is for, the qualification it covers (or all), and whether it is the final visit for the
 * qualification before its end date (5.21.3).
 */
export const scheduleVisit = defineCentreAction({
  name: "visit.schedule",
  audit: { label: "Scheduled an external verifier visit", summary: auditSummary<VisitScheduledSummary>() },
  input: scheduleVisitSchema,
  permission: "visit.manage",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    const qualification = await coveredQualification(tx, access, input);
    const visit = await tx.externalVerifierVisit.create({
      data: {
        centreId,
        visitOn: dayOf(input.visitOn),
        status: "PLANNED",
        externalVerifierName: input.externalVerifierName,
        purpose: input.purpose,
        qualificationId: qualification?.id ?? null,
        final: input.final,
        scheduledById: access.userId,
      },
    });
    await audit({ targetType: "ExternalVerifierVisit", targetId: visit.id, summary: { after: planSummary(input, qualification) } });
    return { visitId: visit.id };
  },
});
