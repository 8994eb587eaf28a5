import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { dueOnProblem, happenedOnProblem } from "@/lib/rules/record-dates";
import type { StandardisationMeetingRecordedSummary } from "./audit-summaries";
import { centreQualification, dayOf, requireJudges } from "./people";
import { recordStandardisationMeetingSchema } from "./schemas";

const unitLabel = (unit: { urn: string; unitNumber: number | null; title: string }) =>
  `${unit.unitNumber ? `Unit ${unit.unitNumber} ` : ""}(${unit.urn}) ${unit.title}`;

/**
 * An IQA records a standardisation meeting (handbook 4.1, 5.20.1): when, who attended, the units
 * and evidence standardised, the decisions reached, and the actions agreed, each an IqaAction
 * for one attendee with a due date (they show on the owner's and the IQA's home pages).
 */
export const recordStandardisationMeeting = defineCentreAction({
  name: "standardisation.recordMeeting",
  audit: { label: "Recorded a standardisation meeting", summary: auditSummary<StandardisationMeetingRecordedSummary>() },
  input: recordStandardisationMeetingSchema,
  permission: "sampling.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    // The people first: another centre's person is "not found" before anything else is looked at.
    const attendees = await requireJudges(
      tx,
      centreId,
      input.attendeeUserIds,
      "attendeeUserIds",
      "Choose attendees from this centre's active assessors and IQAs.",
    );
    const others = attendees.filter((person) => person.userId !== access.userId);
    if (others.length === 0) {
      const message = "Choose at least one attendee besides yourself.";
      throw new AppError("INVALID_INPUT", message, { attendeeUserIds: [message] });
    }
    const qualification = await centreQualification(tx, centreId, input.qualificationId);
    const units = await tx.unit.findMany({
      where: { id: { in: input.unitIds }, qualificationId: qualification.id },
      select: { id: true, urn: true, unitNumber: true, title: true },
    });
    if (units.length !== input.unitIds.length) {
      const message = "Choose units of this qualification.";
      throw new AppError("INVALID_INPUT", message, { unitIds: [message] });
    }
    const today = isoDay(now);
    const heldOnProblem = happenedOnProblem(input.heldOn, today, "The meeting cannot be dated in the future.");
    if (heldOnProblem) throw new AppError("INVALID_INPUT", heldOnProblem, { heldOn: [heldOnProblem] });
    // The IQA leading the meeting attends it.
    const attendeeIds = [...new Set([access.userId, ...attendees.map((person) => person.userId)])];
    const names = new Map([[access.userId, access.userName], ...attendees.map((person) => [person.userId, person.name] as const)]);
    const fieldErrors: Record<string, string[]> = {};
    input.actions.forEach((action, index) => {
      if (!attendeeIds.includes(action.ownerUserId)) fieldErrors[`actions.${index}.ownerUserId`] = ["Choose one of the attendees."];
      const dueProblem = action.dueOn < input.heldOn ? "The action cannot be due before the meeting." : dueOnProblem(action.dueOn, today);
      if (dueProblem) fieldErrors[`actions.${index}.dueOn`] = [dueProblem];
    });
    if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID_INPUT", undefined, fieldErrors);

    const meeting = await tx.standardisationMeeting.create({
      data: {
        centreId,
        qualificationId: qualification.id,
        heldOn: dayOf(input.heldOn),
        ledById: access.userId,
        attendeeUserIds: attendeeIds,
        otherAttendees: input.otherAttendees === "" ? null : input.otherAttendees,
        unitIds: input.unitIds,
        evidenceStandardised: input.evidenceStandardised,
        decisionsReached: input.decisionsReached,
      },
    });
    if (input.actions.length > 0) {
      await tx.iqaAction.createMany({
        data: input.actions.map((action) => ({
          centreId,
          standardisationMeetingId: meeting.id,
          ownerUserId: action.ownerUserId,
          setById: access.userId,
          description: action.description,
          dueOn: dayOf(action.dueOn),
        })),
      });
    }
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    await audit({
      targetType: "StandardisationMeeting",
      targetId: meeting.id,
      summary: {
        qualification: qualification.title,
        heldOn: input.heldOn,
        attendees: attendeeIds.map((id) => names.get(id) ?? id),
        otherAttendees: meeting.otherAttendees,
        units: input.unitIds.map((id) => unitLabel(unitById.get(id)!)),
        evidenceStandardised: input.evidenceStandardised,
        decisionsReached: input.decisionsReached,
        actions: input.actions.map((action) => ({
          owner: names.get(action.ownerUserId) ?? action.ownerUserId,
          description: action.description,
          dueOn: action.dueOn,
        })),
      },
    });
    return { meetingId: meeting.id };
  },
});
