import { z } from "zod";
import { textField } from "@/lib/validation/text-fields";
import { activityDecisions, activityMethods, criterionJudgements } from "./labels";

// Shared by the record-an-activity form (react-hook-form's zod resolver) and its actions, so the
// phone and the server give the same messages.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A required calendar day, YYYY-MM-DD (what a date input sends). */
export function requiredDateField(message: string) {
  return z
    .string({ error: message })
    .trim()
    .refine((value) => isoDate.test(value) && !Number.isNaN(Date.parse(value)), { message });
}

/** The browser's own id for one draft, so repeated saves of it update one row. */
export const clientDraftIdField = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{8,64}$/, "This draft cannot be saved: reload the page.");

function unique<T>(values: readonly T[]): boolean {
  return new Set(values).size === values.length;
}

export const activityCriterionSchema = z.object({
  criterionId: z.uuid("Choose an assessment criterion from the list."),
  judgement: z.enum(criterionJudgements, { error: "Choose met, partly met or not yet met." }),
  /** Optional: when left empty the activity's description is recorded as how it was met. */
  howMet: textField({ max: 2000, multiline: true }),
});

export const recordActivitySchema = z
  .object({
    clientDraftId: z.union([clientDraftIdField, z.literal("")]),
    candidateId: z.uuid("Choose the candidate."),
    method: z.enum(activityMethods, { error: "Choose how the candidate was assessed." }),
    occurredOn: requiredDateField("Enter the date of the activity, for example 2027-03-31."),
    place: textField({ max: 200, required: "Say where the activity took place." }),
    description: textField({ max: 5000, multiline: true, required: "Describe what happened." }),
    criteria: z
      .array(activityCriterionSchema)
      .min(1, "Tick at least one assessment criterion the activity covers.")
      .max(300, "Record at most 300 criteria in one activity.")
      .refine((rows) => unique(rows.map((row) => row.criterionId)), "Each criterion can be ticked once."),
    decision: z.enum(activityDecisions, { error: "Choose the decision." }),
    simulated: z.boolean(),
    fileIds: z
      .array(z.uuid("A photo could not be attached: upload it again."))
      .max(20, "Attach at most 20 files to one activity.")
      .refine(unique, "Each file can be attached once."),
    feedbackAchieved: textField({ max: 5000, multiline: true }),
    feedbackNextSteps: textField({ max: 5000, multiline: true }),
    candidateComment: textField({ max: 2000, multiline: true }),
    /** Asked for only when the assessor already has the policy's daily maximum of assessments. */
    busyDayJustification: textField({ max: 1000, multiline: true }),
  })
  .superRefine((value, ctx) => {
    // Feedback (RD06) says both what was achieved and what comes next, or is left for later.
    if (value.feedbackAchieved !== "" && value.feedbackNextSteps === "") {
      ctx.addIssue({
        code: "custom",
        path: ["feedbackNextSteps"],
        message: "Say what the candidate needs to do next, or clear the feedback.",
      });
    }
    if (value.feedbackNextSteps !== "" && value.feedbackAchieved === "") {
      ctx.addIssue({ code: "custom", path: ["feedbackAchieved"], message: "Say what the candidate achieved, or clear the feedback." });
    }
  });
export type RecordActivityInput = z.input<typeof recordActivitySchema>;
export type RecordActivityValues = z.output<typeof recordActivitySchema>;

/** The fields of the record form that can carry an error message next to them. */
export const recordActivityFields = [
  "candidateId",
  "method",
  "occurredOn",
  "place",
  "description",
  "criteria",
  "decision",
  "fileIds",
  "feedbackAchieved",
  "feedbackNextSteps",
  "candidateComment",
  "busyDayJustification",
] as const;

const draftText = (max: number) => textField({ max, multiline: true }).optional();

/**
 * What a draft holds: whatever has been typed so far, nothing required. Text still crosses the
 * same character checks as the finished record.
 */
export const activityDraftContentSchema = z.object({
  savedAt: z.iso.datetime({ offset: true }).optional(),
  candidateId: z.union([z.uuid(), z.literal("")]).optional(),
  method: z.enum(activityMethods).optional(),
  occurredOn: z.string().max(10).optional(),
  place: draftText(200),
  description: draftText(5000),
  criteria: z
    .array(z.object({ criterionId: z.uuid(), judgement: z.enum(criterionJudgements), howMet: draftText(2000) }))
    .max(300)
    .optional(),
  decision: z.enum(activityDecisions).optional(),
  simulated: z.boolean().optional(),
  fileIds: z.array(z.uuid()).max(20).optional(),
  feedbackAchieved: draftText(5000),
  feedbackNextSteps: draftText(5000),
  candidateComment: draftText(2000),
  busyDayJustification: draftText(1000),
});
export type ActivityDraftContent = z.infer<typeof activityDraftContentSchema>;

export const saveActivityDraftSchema = z.object({
  clientDraftId: clientDraftIdField,
  content: activityDraftContentSchema,
});
export type SaveActivityDraftInput = z.input<typeof saveActivityDraftSchema>;

export const discardActivityDraftSchema = z.object({ clientDraftId: clientDraftIdField });
export type DiscardActivityDraftInput = z.input<typeof discardActivityDraftSchema>;

/** The candidate's comment on an activity recorded for them (RD09). */
export const commentOnActivitySchema = z.object({
  activityId: z.uuid("Not found."),
  version: z.number().int().positive(),
  candidateComment: textField({ max: 2000, multiline: true, required: "Write your comment." }),
});
export type CommentOnActivityInput = z.input<typeof commentOnActivitySchema>;
