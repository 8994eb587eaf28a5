import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { MalpracticeCaseRecordedSummary } from "./audit-summaries";
import { dayOf } from "./load-case";
import { malpracticeStaffWhere } from "./people";
import { recordMalpracticeCaseSchema } from "./schemas";

/**
 * The head of centre records a case of suspected malpractice (OCR handbook 5.22) involving a
 * member of the centre's staff or one of its candidates: who, what is suspected, and when it came
 * to light. The case opens under investigation. A person from outside the centre is "not found".
 */
export const recordMalpracticeCase = defineCentreAction({
  name: "malpractice.record",
  audit: { label: "Recorded a suspected malpractice case", summary: auditSummary<MalpracticeCaseRecordedSummary>() },
  input: recordMalpracticeCaseSchema,
  permission: "malpractice.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    let person: string;
    if (input.subject === "STAFF") {
      const staff = await tx.user.findFirst({
        where: { id: input.staffUserId, ...malpracticeStaffWhere(centreId) },
        select: { name: true },
      });
      if (!staff) throw notFound("Member of staff");
      person = staff.name;
    } else {
      const candidate = await tx.candidate.findFirst({ where: { id: input.candidateId, centreId }, select: { name: true } });
      if (!candidate) throw notFound("Candidate");
      person = candidate.name;
    }
    const cameToLightOn = input.cameToLightOn;
    if (cameToLightOn > now.toISOString().slice(0, 10)) {
      throw new AppError("INVALID_INPUT", "The date cannot be in the future.", { cameToLightOn: ["The date cannot be in the future."] });
    }
    const created = await tx.malpracticeCase.create({
      data: {
        centreId,
        subject: input.subject,
        staffUserId: input.subject === "STAFF" ? input.staffUserId : null,
        candidateId: input.subject === "CANDIDATE" ? input.candidateId : null,
        suspicion: input.suspicion,
        cameToLightOn: dayOf(cameToLightOn),
        recordedById: access.userId,
      },
    });
    await audit({
      targetType: "MalpracticeCase",
      targetId: created.id,
      summary: { subject: input.subject, person, cameToLightOn, suspicion: input.suspicion },
    });
    return { caseId: created.id };
  },
});
