import { z } from "zod";
import { happenedOnProblem } from "@/lib/rules/record-dates";
import { textField } from "@/lib/validation/text-fields";

// Shared by the candidate's appeal form and the action.

export const lodgeAppealSchema = z
  .object({
    candidateId: z.uuid("Not found."),
    /** One of the candidate's recorded unit decisions, or "" to describe the decision instead. */
    unitDecisionId: z.union([z.literal(""), z.uuid("Choose a decision from the list.")]),
    decisionDescription: textField({ max: 1_000, multiline: true }),
    grounds: textField({ max: 10_000, multiline: true, required: "Say what you disagree with and why." }),
  })
  .superRefine((value, ctx) => {
    if (value.unitDecisionId === "" && value.decisionDescription === "") {
      ctx.addIssue({
        code: "custom",
        path: ["decisionDescription"],
        message: "Choose the decision you are appealing against, or describe it.",
      });
    }
  })
  // A description typed before a decision was chosen from the list is not part of the appeal.
  .transform((value) => ({ ...value, decisionDescription: value.unitDecisionId === "" ? value.decisionDescription : "" }));
export type LodgeAppealInput = z.input<typeof lodgeAppealSchema>;
export const lodgeAppealFields = ["unitDecisionId", "decisionDescription", "grounds"] as const;

// The centre's appeals register: each step of the procedure, with its date (a calendar day,
// "YYYY-MM-DD", from 2000 to today), on the version of the appeal the admin saw.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
/** Today's date in UTC plus a day's slack (UK and UTC days differ by an hour); the action checks against its own clock. */
const tomorrowUtc = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** A day something happened: required, real, not before 2000 and not in the future. */
export function happenedOnField(required: string) {
  return z
    .string()
    .trim()
    .min(1, { message: required, abort: true })
    .refine(realDay, { message: "Enter a real date, for example 2026-03-31.", abort: true })
    .superRefine((value, ctx) => {
      const problem = happenedOnProblem(value, tomorrowUtc(), "The date cannot be in the future.");
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

const appealChange = {
  appealId: z.uuid("Not found."),
  /** The version of the appeal the admin saw. */
  version: z.number().int().positive(),
};

export const acknowledgeAppealSchema = z.object({
  ...appealChange,
  acknowledgedOn: happenedOnField("Enter the date the candidate was told the appeal was received."),
});
export type AcknowledgeAppealInput = z.input<typeof acknowledgeAppealSchema>;

export const startAppealReviewSchema = z.object({
  ...appealChange,
  reviewStartedOn: happenedOnField("Enter the date the review started."),
});
export type StartAppealReviewInput = z.input<typeof startAppealReviewSchema>;

export const appealOutcomes = ["UPHELD", "NOT_UPHELD"] as const;
export const decideAppealSchema = z.object({
  ...appealChange,
  outcome: z.enum(appealOutcomes, "Choose the outcome."),
  decidedOn: happenedOnField("Enter the date of the decision."),
  decidedById: z.uuid("Choose who decided the appeal."),
  outcomeReasons: textField({ max: 10_000, multiline: true, required: "Give the reasons for the decision, as told to the candidate." }),
});
export type DecideAppealInput = z.input<typeof decideAppealSchema>;

export const withdrawAppealSchema = z.object({
  ...appealChange,
  withdrawnOn: happenedOnField("Enter the date the candidate withdrew the appeal."),
  withdrawalNote: textField({ max: 4_000, multiline: true }),
});
export type WithdrawAppealInput = z.input<typeof withdrawAppealSchema>;

export const referAppealSchema = z.object({
  ...appealChange,
  referredOn: happenedOnField("Enter the date the appeal went to the awarding body."),
  referralNote: textField({ max: 4_000, multiline: true }),
});
export type ReferAppealInput = z.input<typeof referAppealSchema>;

export const recordAppealReferralOutcomeSchema = z.object({
  ...appealChange,
  awardingBodyOutcomeOn: happenedOnField("Enter the date of the awarding body's outcome."),
  awardingBodyOutcome: textField({ max: 10_000, multiline: true, required: "Write the awarding body's outcome." }),
});
export type RecordAppealReferralOutcomeInput = z.input<typeof recordAppealReferralOutcomeSchema>;

/** The register's filter, from the query string. */
export const appealFilters = ["open", "decided", "all"] as const;
export type AppealFilter = (typeof appealFilters)[number];
export function appealFilterOf(value: unknown): AppealFilter {
  return appealFilters.includes(value as AppealFilter) ? (value as AppealFilter) : "open";
}
