import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { criteriaOfUnits } from "@/lib/unit-criteria/criteria";
import type { StandardisationExerciseOpenedSummary } from "./audit-summaries";
import { centreQualification, requireJudges } from "./people";
import { choseTwice, openStandardisationExerciseSchema } from "./schemas";

/**
 * An IQA opens a standardisation exercise: several assessors judge the same piece of evidence
 * against criteria of one unit, each on their own, and their judgements are then compared side
 * by side with the agreed one (handbook 5.20.1 "ensuring standardisation of work between
 * assessors"). The evidence is described anonymised (handbook 5.9).
 */
export const openStandardisationExercise = defineCentreAction({
  name: "standardisation.openExercise",
  audit: { label: "Opened a standardisation exercise", summary: auditSummary<StandardisationExerciseOpenedSummary>() },
  input: openStandardisationExerciseSchema,
  permission: "sampling.manage",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    // The people first: another centre's person is "not found" before anything else is looked at.
    const participants = await requireJudges(
      tx,
      centreId,
      input.participantUserIds,
      "participantUserIds",
      "Choose participants from this centre's active assessors and IQAs.",
    );
    if (new Set(input.participantUserIds).size !== input.participantUserIds.length) {
      throw new AppError("INVALID_INPUT", choseTwice, { participantUserIds: [choseTwice] });
    }
    const meeting =
      input.meetingId === ""
        ? null
        : await tx.standardisationMeeting.findFirst({
            where: { id: input.meetingId, centreId },
            select: { id: true, heldOn: true, qualificationId: true },
          });
    if (input.meetingId !== "" && !meeting) {
      throw new AppError("NOT_FOUND", "Standardisation meeting not found.", { meetingId: ["Choose a meeting of this centre."] });
    }
    const evidence =
      input.evidenceItemId === ""
        ? null
        : await tx.evidenceItem.findFirst({
            where: { id: input.evidenceItemId, centreId },
            select: { id: true, reference: true, title: true, candidate: { select: { qualificationId: true } } },
          });
    if (input.evidenceItemId !== "" && !evidence) {
      throw new AppError("NOT_FOUND", "Evidence item not found.", { evidenceItemId: ["Choose an evidence item of this centre."] });
    }
    const qualification = await centreQualification(tx, centreId, input.qualificationId);
    const unit = await tx.unit.findFirst({
      where: { id: input.unitId, qualificationId: qualification.id },
      select: { id: true, urn: true, unitNumber: true, title: true },
    });
    if (!unit) {
      const message = "Choose a unit of this qualification.";
      throw new AppError("INVALID_INPUT", message, { unitId: [message] });
    }
    if (meeting && meeting.qualificationId !== qualification.id) {
      const message = "Choose a meeting about this qualification, or none.";
      throw new AppError("INVALID_INPUT", message, { meetingId: [message] });
    }
    const criteria = new Map((await criteriaOfUnits(tx, centreId, [unit.id])).map((criterion) => [criterion.id, criterion]));
    if (input.criterionIds.some((id) => !criteria.has(id))) {
      const message = "Choose criteria of this unit.";
      throw new AppError("INVALID_INPUT", message, { criterionIds: [message] });
    }
    if (evidence) {
      // The evidence must be of a candidate on this qualification, cross-referenced to criteria of the unit.
      const ofUnit =
        evidence.candidate.qualificationId === qualification.id &&
        (await tx.evidenceCriterion.count({
          where: { centreId, evidenceItemId: evidence.id, criterionId: { in: [...criteria.keys()] } },
        })) > 0;
      if (!ofUnit) {
        const message = "Choose an evidence item of a candidate on this qualification, cross-referenced to criteria of this unit.";
        throw new AppError("INVALID_INPUT", message, { evidenceItemId: [message] });
      }
    }
    // The criteria in the unit's own order, whatever order they were ticked in.
    const criterionIds = [...criteria.keys()].filter((id) => input.criterionIds.includes(id));

    const exercise = await tx.standardisationExercise.create({
      data: {
        centreId,
        qualificationId: qualification.id,
        unitId: unit.id,
        meetingId: meeting?.id ?? null,
        title: input.title,
        evidenceDescription: input.evidenceDescription,
        evidenceItemId: evidence?.id ?? null,
        criterionIds,
        participantUserIds: input.participantUserIds,
        createdById: access.userId,
      },
    });
    await audit({
      targetType: "StandardisationExercise",
      targetId: exercise.id,
      summary: {
        title: input.title,
        unit: `${unit.unitNumber ? `Unit ${unit.unitNumber} ` : ""}(${unit.urn}) ${unit.title}`,
        meetingHeldOn: meeting ? isoDay(meeting.heldOn) : null,
        evidenceItem: evidence ? `${evidence.reference} ${evidence.title}` : null,
        criteria: criterionIds.map((id) => criteria.get(id)!.ref),
        participants: participants.map((person) => person.name),
      },
    });
    return { exerciseId: exercise.id };
  },
});
