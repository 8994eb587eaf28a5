import "server-only";
import type { Prisma } from "@/lib/db/client";

export type IqaActionInput = { description: string; dueOn: Date };

/**
 * Write RD07 feedback from an IQA to an assessor, with the actions agreed, in the caller's
 * transaction. Used on its own and when a sampling record (RD11) carries feedback.
 */
export async function writeIqaFeedback(
  tx: Prisma.TransactionClient,
  input: {
    centreId: string;
    iqaUserId: string;
    assessorUserId: string;
    samplingRecordId?: string | null;
    feedbackOnPractice: string;
    givenOn: Date;
    actions: readonly IqaActionInput[];
  },
) {
  const feedback = await tx.iqaFeedback.create({
    data: {
      centreId: input.centreId,
      assessorUserId: input.assessorUserId,
      iqaUserId: input.iqaUserId,
      samplingRecordId: input.samplingRecordId ?? null,
      feedbackOnPractice: input.feedbackOnPractice,
      givenOn: input.givenOn,
    },
  });
  if (input.actions.length > 0) {
    await tx.iqaAction.createMany({
      data: input.actions.map((action) => ({
        centreId: input.centreId,
        feedbackId: feedback.id,
        ownerUserId: input.assessorUserId,
        setById: input.iqaUserId,
        description: action.description,
        dueOn: action.dueOn,
      })),
    });
  }
  return feedback;
}
