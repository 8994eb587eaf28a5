import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import { AppError } from "@/lib/errors/app-error";
import { linkUploadedFiles } from "@/lib/files/link-files";
import { isoDay } from "@/lib/format/dates";
import { assessmentNeedsJustification } from "@/lib/rules/assessor-activity";
import { criteriaForAssessment } from "@/lib/unit-criteria/criteria";
import { assessorActivityPolicyOf } from "./activity-policy";
import { recordActivitySchema } from "./schemas";

type RecordActivitySummary = {
  candidate: string;
  method: string;
  occurredOn: string;
  decision: string;
  criteria: string[];
  files: number;
  feedbackId: string | null;
  busyDayJustification: string | null;
};

/**
 * An assessor records an assessment activity (RD09): what happened, the criteria it covers across
 * the candidate's units and how each was met, the decision, photos, and optionally the feedback
 * given there and then (RD06). The browser's draft of it is removed in the same transaction.
 */
export const recordActivity = defineCentreAction({
  name: "activities.record",
  audit: { label: "Recorded an assessment activity", summary: auditSummary<RecordActivitySummary>() },
  input: recordActivitySchema,
  permission: "assessment.record",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const candidate = await loadCandidate(tx, access, input.candidateId);
    await assertMayAssess(tx, access, candidate, now);

    if (input.occurredOn > isoDay(now)) {
      const message = "The activity cannot be dated in the future.";
      throw new AppError("INVALID_INPUT", message, { occurredOn: [message] });
    }
    const criteria = await criteriaForAssessment(
      tx,
      centreId,
      candidate.qualificationId,
      input.criteria.map((row) => row.criterionId),
    );
    if (!criteria) {
      const message = "One of the ticked criteria is not a criterion of this candidate's qualification. Tick them again from the list.";
      throw new AppError("INVALID_INPUT", message, { criteria: [message] });
    }

    // The activity rule (ICS A4): one assessment more than the policy's usual daily maximum needs a
    // recorded reason. The day is the assessor's whole day, at every centre they assess for (the
    // count reveals nothing of another centre's records). The lock makes two saves for one
    // assessor and day count each other, wherever they are made.
    const occurredOn = new Date(`${input.occurredOn}T00:00:00Z`);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`assessor-day:${access.userId}:${input.occurredOn}`}))`;
    const policy = await assessorActivityPolicyOf(tx, access.workspace.awardingBodyId);
    let busyDayJustification: string | null = null;
    if (policy) {
      const already = await tx.assessmentActivity.count({ where: { assessorUserId: access.userId, occurredOn } });
      if (assessmentNeedsJustification(already, policy)) {
        if (input.busyDayJustification === "") {
          const message = `You already have ${already} assessment${already === 1 ? "" : "s"} on this day; ${policy.source} says not usually more than ${policy.maximumAssessmentsPerDay}. Say why this one is needed, so the quality of the decisions can be justified.`;
          throw new AppError("INVALID_INPUT", message, { busyDayJustification: [message] });
        }
        busyDayJustification = input.busyDayJustification;
      }
    }

    const activity = await tx.assessmentActivity.create({
      data: {
        centreId,
        candidateId: candidate.id,
        assessorUserId: access.userId,
        method: input.method,
        occurredOn,
        place: input.place,
        description: input.description,
        decision: input.decision,
        simulated: input.simulated,
        candidateComment: input.candidateComment === "" ? null : input.candidateComment,
        busyDayJustification,
        criteria: {
          create: input.criteria.map((row) => ({
            centreId,
            criterionId: row.criterionId,
            judgement: row.judgement,
            // "How met" is optional on a phone; the description then says how.
            howMet: row.howMet === "" ? input.description : row.howMet,
          })),
        },
      },
    });
    await linkUploadedFiles(
      tx,
      { centreId, candidateId: candidate.id, uploadedById: access.userId, activityId: activity.id },
      input.fileIds,
    );

    let feedbackId: string | null = null;
    if (input.feedbackAchieved !== "") {
      const feedback = await tx.feedback.create({
        data: {
          centreId,
          candidateId: candidate.id,
          activityId: activity.id,
          achieved: input.feedbackAchieved,
          nextSteps: input.feedbackNextSteps,
          givenById: access.userId,
          givenAt: now,
        },
      });
      feedbackId = feedback.id;
    }
    if (input.clientDraftId !== "") {
      await tx.activityDraft.deleteMany({ where: { centreId, userId: access.userId, clientDraftId: input.clientDraftId } });
    }

    const refs = new Map(criteria.map((criterion) => [criterion.id, criterion.ref]));
    await audit({
      targetType: "AssessmentActivity",
      targetId: activity.id,
      summary: {
        candidate: candidate.name,
        method: input.method,
        occurredOn: input.occurredOn,
        decision: input.decision,
        criteria: input.criteria.map((row) => `${refs.get(row.criterionId)}: ${row.judgement}`),
        files: input.fileIds.length,
        feedbackId,
        busyDayJustification,
      },
    });
    return { activityId: activity.id, candidateId: candidate.id, feedbackId };
  },
});
