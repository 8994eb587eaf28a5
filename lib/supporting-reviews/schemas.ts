import { z } from "zod";
import { dueOnProblem, happenedOnProblem } from "@/lib/rules/record-dates";
import { textField } from "@/lib/validation/text-fields";

// Shared by the supporting-review forms (a breach, a letter, closing, withdrawing) and their
// actions (ICS code, "Breach"). Dates are calendar days, "YYYY-MM-DD".

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
/** Today's date in UTC, shifted by whole days: a day's slack, as UK and UTC days differ by an hour. */
const utcDay = (shiftDays: number) => new Date(Date.now() + shiftDays * 86_400_000).toISOString().slice(0, 10);

/** A day something happened: a real date, not before 2000, not in the future. */
export function happenedOnField(required: string) {
  return z
    .string()
    .trim()
    .min(1, required)
    .refine(realDay, { message: "Enter a real date, for example 2027-03-31." })
    .superRefine((value, ctx) => {
      const problem = happenedOnProblem(value, utcDay(1), "The date cannot be in the future.");
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

const version = z.number().int().positive();

export const recordBreachSchema = z.object({
  userId: z.uuid("Not found."),
  occurredOn: happenedOnField("Enter the date of the breach."),
  description: textField({ max: 4000, multiline: true, required: "Describe the breach of the Code." }),
});
export type RecordBreachInput = z.input<typeof recordBreachSchema>;
export const recordBreachFields = ["occurredOn", "description"] as const;

export const correspondenceDirections = ["TO_ASSESSOR", "FROM_ASSESSOR"] as const;

export const recordCorrespondenceSchema = z
  .object({
    reviewId: z.uuid("Not found."),
    direction: z.enum(correspondenceDirections, { error: "Choose who the letter or email was from." }),
    sentOn: happenedOnField("Enter the date it was sent."),
    summary: textField({ max: 4000, multiline: true, required: "Summarise the letter or email." }),
    responseDueOn: z
      .string()
      .trim()
      .refine((value) => value === "" || realDay(value), { message: "Enter a real date, for example 2027-03-31." }),
  })
  .superRefine((value, ctx) => {
    if (value.direction === "FROM_ASSESSOR" && value.responseDueOn !== "") {
      ctx.addIssue({ code: "custom", path: ["responseDueOn"], message: "Only a letter to the assessor has a response due date." });
    }
    if (value.direction === "TO_ASSESSOR" && value.responseDueOn !== "") {
      if (realDay(value.sentOn) && value.responseDueOn < value.sentOn) {
        ctx.addIssue({ code: "custom", path: ["responseDueOn"], message: "The response cannot be due before the letter was sent." });
      } else if (dueOnProblem(value.responseDueOn, value.sentOn)) {
        ctx.addIssue({ code: "custom", path: ["responseDueOn"], message: "The response must be due within two years of the letter." });
      }
    }
  });
export type RecordCorrespondenceInput = z.input<typeof recordCorrespondenceSchema>;
export const recordCorrespondenceFields = ["direction", "sentOn", "summary", "responseDueOn"] as const;

export const recordNoResponseSchema = z.object({
  reviewId: z.uuid("Not found."),
  version,
});
export type RecordNoResponseInput = z.input<typeof recordNoResponseSchema>;

export const closeSupportingReviewSchema = z.object({
  reviewId: z.uuid("Not found."),
  version,
  closedOn: happenedOnField("Enter the date the review closed."),
  outcome: textField({ max: 4000, multiline: true, required: "Say how the review ended." }),
});
export type CloseSupportingReviewInput = z.input<typeof closeSupportingReviewSchema>;
export const closeSupportingReviewFields = ["closedOn", "outcome"] as const;

export const reviewWithdrawalReasons = ["repeatedBreaches", "noResponseToBreachCorrespondence"] as const;

export const withdrawApprovalSchema = z.object({
  reviewId: z.uuid("Not found."),
  version,
  reason: z.enum(reviewWithdrawalReasons, { error: "Choose why approval is withdrawn." }),
  withdrawnOn: happenedOnField("Enter the date approval is withdrawn."),
  outcome: textField({ max: 4000, multiline: true, required: "Explain the decision, as the letter to the assessor will." }),
});
export type WithdrawApprovalInput = z.input<typeof withdrawApprovalSchema>;
export const withdrawApprovalFields = ["reason", "withdrawnOn", "outcome"] as const;
