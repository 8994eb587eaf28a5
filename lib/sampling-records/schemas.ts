import { z } from "zod";
import { addYears } from "@/lib/rules/dates";
import { earliestRecordDay, maximumDueYears } from "@/lib/rules/record-dates";
import { secretField, textField } from "@/lib/validation/text-fields";

// Shared by the sampling-record forms and actions (RD11 entry, RD07 feedback, IQA countersignature).

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (value: string) => isoDate.test(value) && !Number.isNaN(Date.parse(value));
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** No sampling record is dated before this (and never before the decision it samples: the server checks). */
export const earliestSampledOn = earliestRecordDay;
/** Actions are due within two years of the day they are set. */
export const maximumActionDueYears = maximumDueYears;
export const maximumSamplingActions = 10;
export const maximumSampledIds = 200;

const noDuplicates = (values: readonly string[]) => new Set(values).size === values.length;

function idList(what: string, required?: string) {
  const list = z
    .array(z.uuid("Not found."))
    .max(maximumSampledIds, `At most ${maximumSampledIds} ${what} at a time.`)
    .refine(noDuplicates, { message: `Tick each of the ${what} once.` });
  return required ? list.refine((values) => values.length > 0, { message: required }) : list;
}

export const assessmentMethodCodes = [
  "OBSERVATION",
  "QUESTIONING",
  "PROFESSIONAL_DISCUSSION",
  "WORK_PRODUCT",
  "WITNESS_TESTIMONY",
  "EXPERT_WITNESS_TESTIMONY",
  "PERSONAL_STATEMENT",
  "ASSIGNMENT",
  "RECOGNITION_OF_PRIOR_LEARNING",
] as const;

export const samplingOutcomeCodes = ["AGREE", "AGREE_WITH_ACTION", "DISAGREE"] as const;

/** An action for the assessor: what to do and by when (not in the past; the server checks against its own day too). */
export const samplingActionSchema = z.object({
  description: textField({ max: 2000, required: "Say what the assessor must do.", multiline: true }),
  dueOn: z
    .string()
    .trim()
    .min(1, "Enter the date it is due.")
    .refine(realDate, { message: "Enter a real date, for example 2027-03-31." })
    .refine((value) => value >= dayOffset(-1), { message: "The due date cannot be in the past." })
    .refine((value) => value <= addYears(dayOffset(1), maximumActionDueYears), {
      message: `The due date must be within ${maximumActionDueYears} years.`,
    }),
});

export const recordSamplingSchema = z
  .object({
    planItemId: z.uuid("Not found."),
    /** What the item page showed: the decision's row version (any change to it, signed or not) … */
    version: z.number().int().positive(),
    /** … and its latest signed record version with that version's hash (0 and "" when it has none: a formative decision). */
    decisionVersion: z.number().int().min(0),
    contentSha256: z.string().regex(/^([0-9a-f]{64})?$/, "Reload the page and record your sampling again."),
    sampledOn: z
      .string()
      .trim()
      .min(1, "Enter the date you sampled it.")
      .refine(realDate, { message: "Enter a real date, for example 2027-03-31." })
      .refine((value) => value >= earliestSampledOn, { message: "The date sampled cannot be before 1 January 2000." })
      .refine((value) => value <= dayOffset(1), { message: "The date sampled cannot be in the future." }),
    criterionIds: idList("assessment criteria", "Tick at least one assessment criterion you sampled."),
    evidenceItemIds: idList("evidence items"),
    methods: z
      .array(z.enum(assessmentMethodCodes, { error: "Choose a method from the list." }))
      .max(assessmentMethodCodes.length, `At most ${assessmentMethodCodes.length} methods.`)
      .refine(noDuplicates, { message: "Tick each method once." }),
    outcome: z.enum(samplingOutcomeCodes, { error: "Choose the outcome." }),
    rationale: textField({ max: 4000, required: "Say why: the rationale for your outcome.", multiline: true }),
    feedbackOnPractice: textField({ max: 10_000, multiline: true }),
    actions: z.array(samplingActionSchema).max(maximumSamplingActions, `At most ${maximumSamplingActions} actions at a time.`),
  })
  .superRefine((value, ctx) => {
    if (value.outcome !== "AGREE" && value.feedbackOnPractice === "") {
      ctx.addIssue({
        code: "custom",
        path: ["feedbackOnPractice"],
        message:
          value.outcome === "DISAGREE"
            ? "Write your feedback to the assessor (RD07): what they must do differently."
            : "Write your feedback to the assessor (RD07) on the action needed.",
      });
    }
    if (value.outcome === "AGREE_WITH_ACTION" && value.actions.length === 0) {
      ctx.addIssue({ code: "custom", path: ["actions"], message: "Add at least one action for the assessor, with its due date." });
    }
    if (value.actions.length > 0 && value.feedbackOnPractice === "") {
      ctx.addIssue({ code: "custom", path: ["feedbackOnPractice"], message: "Actions go with your feedback to the assessor: write it." });
    }
  });
export type RecordSamplingInput = z.input<typeof recordSamplingSchema>;
export const recordSamplingFields = [
  "sampledOn",
  "criterionIds",
  "evidenceItemIds",
  "methods",
  "outcome",
  "rationale",
  "feedbackOnPractice",
  "actions",
] as const;

/** The IQA countersigns the sampled decision's version the page showed (its hash), with their password. */
export const countersignAsIqaSchema = z.object({
  samplingRecordId: z.uuid("Not found."),
  /** The decision record's version shown. */
  decisionVersion: z.number().int().positive(),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/, "Reload the page and sign again."),
  password: secretField({ max: 1024, required: "Enter your password to sign." }),
});
export type CountersignAsIqaInput = z.input<typeof countersignAsIqaSchema>;
