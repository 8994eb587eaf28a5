import { z } from "zod";
import { riskLevels } from "@/lib/sampling/labels";
import { isIsoDate } from "@/lib/rules/dates";
import { earliestRecordDay } from "@/lib/rules/record-dates";
import type { CoverageDimension } from "@/lib/rules/sampling";
import { textField } from "@/lib/validation/text-fields";

// Shared by the sampling forms and actions (react-hook-form's zod resolver), so the browser and
// the server give the same messages. Sections are owned by the action they serve.

// ---------------------------------------------------------------------------------------------
// Sampling strategy (lib/sampling/save-sampling-strategy.ts)

/** Every dimension a strategy can require the sample to cover, in the order the form lists them. */
export const coverageDimensions = [
  "candidates",
  "assessors",
  "units",
  "methods",
  "evidence",
  "records",
  "sites",
  "stages",
] as const satisfies readonly CoverageDimension[];

/** A whole number between `min` and `max`, with one message for every way it can be wrong. */
function wholeNumber(min: number, max: number, message: string) {
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

const percentField = (what: string) => wholeNumber(0, 100, `Enter the ${what} as a whole number from 0 to 100.`);

export const saveSamplingStrategySchema = z.object({
  qualificationId: z.uuid("Not found."),
  /** The strategy's version the person read; 0 when the centre has none yet (the form showed the defaults). */
  version: z.number().int().min(0),
  rateNewPercent: percentField("rate for new assessors"),
  rateUnqualifiedPercent: percentField("rate for assessors not yet qualified"),
  rateHighPercent: percentField("rate for assessors under action"),
  rateMediumPercent: percentField("rate for medium-risk assessors"),
  rateLowPercent: percentField("rate for experienced, low-risk assessors"),
  minimumPerAssessor: wholeNumber(0, 50, "Enter the minimum per assessor as a whole number from 0 to 50."),
  interimPercent: percentField("interim share"),
  mustCover: z
    .array(z.enum(coverageDimensions, { error: "Choose from the list." }), { error: "Choose at least one thing the sample must cover." })
    .min(1, "Choose at least one thing the sample must cover.")
    .refine((values) => new Set(values).size === values.length, { message: "Choose each one once." }),
  bothStagesPerAssessor: z.boolean(),
  planPeriodMonths: wholeNumber(1, 12, "Enter the plan period as a whole number of months from 1 to 12."),
  standardisationIntervalMonths: wholeNumber(1, 12, "Enter how often standardisation is held, in months from 1 to 12."),
});
export type SaveSamplingStrategyInput = z.input<typeof saveSamplingStrategySchema>;
export const saveSamplingStrategyFields = [
  "rateNewPercent",
  "rateUnqualifiedPercent",
  "rateHighPercent",
  "rateMediumPercent",
  "rateLowPercent",
  "minimumPerAssessor",
  "interimPercent",
  "mustCover",
  "bothStagesPerAssessor",
  "planPeriodMonths",
  "standardisationIntervalMonths",
] as const;

// ---------------------------------------------------------------------------------------------
// Assessor risk ratings (lib/sampling/record-risk-rating.ts)

/** The earliest date a risk rating may carry: older paper ratings are not current practice. */
export const earliestRatedOn = earliestRecordDay;
export const ratedOnTooEarlyMessage = "The date of the rating cannot be before 1 January 2000.";

/** From 2000-01-01 to today; a day of slack for a person whose calendar is ahead of UTC. */
export const ratedOnField = z
  .string({ error: "Enter the date of the rating." })
  .trim()
  .superRefine((value, ctx) => {
    if (value === "") ctx.addIssue({ code: "custom", message: "Enter the date of the rating." });
    else if (!isIsoDate(value)) ctx.addIssue({ code: "custom", message: "Enter a real date, for example 2026-11-22." });
    else if (value < earliestRatedOn) ctx.addIssue({ code: "custom", message: ratedOnTooEarlyMessage });
    else if (value > new Date(Date.now() + 86_400_000).toISOString().slice(0, 10))
      ctx.addIssue({ code: "custom", message: "The date of the rating cannot be in the future." });
  });

export const recordRiskRatingSchema = z.object({
  assessorUserId: z.uuid("Choose an assessor."),
  risk: z.enum(riskLevels, { error: "Choose a risk rating." }),
  reason: textField({ max: 4000, multiline: true, required: "Say why the assessor has this rating." }),
  ratedOn: ratedOnField,
  /** The standardisation exercise whose outcome led to the rating, or "" for none. */
  standardisationExerciseId: z.union([z.literal(""), z.uuid("Not found.")]),
});
export type RecordRiskRatingInput = z.input<typeof recordRiskRatingSchema>;
export const recordRiskRatingFields = ["assessorUserId", "risk", "reason", "ratedOn", "standardisationExerciseId"] as const;
