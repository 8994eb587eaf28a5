import { z } from "zod";
import { textField } from "@/lib/validation/text-fields";

// Shared by the feedback forms and actions (RD06 record of assessment feedback).

/** "" when the feedback is not about that kind of record. */
const optionalRecordId = z.union([z.literal(""), z.uuid("Not found.")]);

export const giveFeedbackSchema = z
  .object({
    candidateId: z.uuid("Not found."),
    /** What the feedback is about: an evidence item, an activity, or neither (a progress review). */
    evidenceItemId: optionalRecordId,
    activityId: optionalRecordId,
    achieved: textField({ max: 10_000, multiline: true, required: "Say what the candidate achieved." }),
    nextSteps: textField({ max: 10_000, multiline: true, required: "Say what is needed next." }),
    plannedActions: textField({ max: 10_000, multiline: true }),
  })
  .superRefine((value, ctx) => {
    if (value.evidenceItemId !== "" && value.activityId !== "") {
      ctx.addIssue({ code: "custom", path: ["evidenceItemId"], message: "Feedback is about one evidence item or one activity, not both." });
    }
  });
export type GiveFeedbackInput = z.input<typeof giveFeedbackSchema>;
export const giveFeedbackFields = ["achieved", "nextSteps", "plannedActions"] as const;

export const replyToFeedbackSchema = z.object({
  feedbackId: z.uuid("Not found."),
  /** The version of the feedback the candidate read. */
  version: z.number().int().positive(),
  response: textField({ max: 10_000, multiline: true, required: "Write your reply." }),
});
export type ReplyToFeedbackInput = z.input<typeof replyToFeedbackSchema>;
