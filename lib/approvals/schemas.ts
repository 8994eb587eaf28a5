import { z } from "zod";
import { displayFindingDates } from "@/lib/format/finding-text";
import { feesPaidAheadYears, feesPaidUntilLimit } from "@/lib/rules/approval-lifecycle-naace";
import { happenedOnProblem } from "@/lib/rules/record-dates";
import { textField } from "@/lib/validation/text-fields";

// The approval page's forms and their actions: starting an approval, and one change to it by event
// type (a discriminated union on `type`, the lifecycle rule's own event names). Breaches, unanswered
// correspondence and closing a supporting review are recorded from the supporting review (H5).

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
/** Today in UTC shifted by whole days: a day's slack, as UK and UTC days differ by an hour. */
const utcDay = (shiftDays: number) => new Date(Date.now() + shiftDays * 86_400_000).toISOString().slice(0, 10);

const realDate = (required: string) =>
  z.string().trim().min(1, required).refine(realDay, { message: "Enter a real date, for example 2026-03-31." });

const happenedOn = realDate("Enter the date it happened.").superRefine((value, ctx) => {
  const problem = happenedOnProblem(value, utcDay(1), "The date cannot be in the future.");
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const yes = z.boolean();

const common = {
  approvalId: z.uuid(),
  version: z.number().int().positive(),
  on: happenedOn,
  reason: textField({ max: 2000, multiline: true, required: "Give the reason for this change." }),
  evidence: textField({ max: 2000, multiline: true }).optional(),
};

const school = z.uuid("Choose the school.");

export const icsWithdrawalReasons = [
  "repeatedBreaches",
  "noResponseToBreachCorrespondence",
  "qualityAssuranceNonCompliance",
  "disreputeProved",
] as const;
export const naaceRemovalReasons = ["nonAttendanceAtAnnualEvent", "unpaidFees", "membershipLapsed", "unacceptableConduct"] as const;

export const recordApprovalEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("attendWorkshopDayTwo"), ...common }),
  z.object({ type: z.literal("completeTraining"), ...common }),
  z.object({ type: z.literal("grantSingleSignOff"), ...common }),
  z.object({ type: z.literal("grantFullAccreditation"), ...common }),
  z.object({
    type: z.literal("withdraw"),
    ...common,
    withdrawalReason: z.enum(icsWithdrawalReasons, { error: "Choose why approval is withdrawn." }),
  }),
  z.object({ type: z.literal("ceaseActing"), ...common }),
  z.object({
    type: z.literal("register"),
    ...common,
    penPortraitSubmitted: yes,
    codeOfPracticeSigned: yes,
    organisation: textField({ max: 200 }).optional(),
  }),
  z.object({
    type: z.literal("recordModeration"),
    ...common,
    schoolId: school,
    outcome: z.enum(["satisfactory", "unsatisfactory"], { error: "Choose the outcome." }),
  }),
  z.object({ type: z.literal("recordInitialFeePaid"), ...common }),
  z.object({ type: z.literal("completeDevelopment"), ...common }),
  z.object({ type: z.literal("lodgeAppeal"), ...common, inWriting: yes }),
  z.object({ type: z.literal("decideAppeal"), ...common, upheld: yes }),
  z.object({ type: z.literal("recordSchoolAssessment"), ...common, schoolId: school }),
  z.object({ type: z.literal("completeQualityReview"), ...common }),
  z
    .object({
      type: z.literal("recordAnnualFeePaid"),
      ...common,
      paidUntil: realDate("Enter the day the fee covers registration to."),
    })
    .superRefine((value, ctx) => {
      // A typo (2072 for 2027) would silence the fees-overdue warning for good: at most 2 years ahead.
      if (realDay(value.on) && realDay(value.paidUntil) && value.paidUntil > feesPaidUntilLimit(value.on)) {
        ctx.addIssue({
          code: "custom",
          path: ["paidUntil"],
          message: displayFindingDates(
            `A fee covers registration at most ${feesPaidAheadYears} years after it was paid: on or before ${feesPaidUntilLimit(value.on)}.`,
          ),
        });
      }
    }),
  z.object({
    type: z.literal("remove"),
    ...common,
    removalReason: z.enum(naaceRemovalReasons, { error: "Choose why the assessor is removed." }),
    mitigationAccepted: yes,
  }),
]);
export type RecordApprovalEventInput = z.input<typeof recordApprovalEventSchema>;
export type RecordApprovalEventValues = z.output<typeof recordApprovalEventSchema>;

export const startApprovalSchema = z.object({
  userId: z.uuid(),
  organisation: textField({ max: 200 }).optional(),
  reason: textField({ max: 2000, multiline: true, required: "Give the reason for starting this approval." }),
});
export type StartApprovalInput = z.input<typeof startApprovalSchema>;
