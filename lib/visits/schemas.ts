import { z } from "zod";
import { isIsoDate } from "@/lib/rules/dates";
import { dateBoundMessages, earliestRecordDay, happenedOnProblem } from "@/lib/rules/record-dates";
import { textField } from "@/lib/validation/text-fields";

// Shared by the visit forms and their actions (handbook 5.20.2–5.20.4, 5.21).

const realDateMessage = "Enter a real date, for example 2027-03-31.";

/** A calendar day the person must give, as YYYY-MM-DD, not before 1 January 2000. */
function dayField(required: string) {
  return z
    .string({ error: required })
    .trim()
    .superRefine((value, ctx) => {
      if (value === "") ctx.addIssue({ code: "custom", message: required });
      else if (!isIsoDate(value)) ctx.addIssue({ code: "custom", message: realDateMessage });
      else if (value < earliestRecordDay) ctx.addIssue({ code: "custom", message: dateBoundMessages.tooEarly });
    });
}

/** Today's date in UTC plus a day's slack (UK and UTC days differ by an hour); the action checks against its own clock. */
const tomorrowUtc = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** A day something happened: required, real, not before 2000 and not in the future. */
function happenedOnField(required: string) {
  return dayField(required).superRefine((value, ctx) => {
    if (!isIsoDate(value)) return;
    const problem = happenedOnProblem(value, tomorrowUtc(), "The date cannot be in the future.");
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

const visitId = z.uuid("Not found.");
/** The version of the visit the admin saw. */
const version = z.number().int().positive();

const visitPlan = {
  visitOn: dayField("Enter the date of the visit."),
  externalVerifierName: textField({ max: 200, required: "Enter the external verifier's name." }),
  purpose: textField({ max: 1_000, multiline: true, required: "Say what the visit is for." }),
  /** One of the centre's qualifications, or "" for all of them. */
  qualificationId: z.union([z.literal(""), z.uuid("Choose a qualification from the list.")]),
  final: z.boolean(),
};

/** A final visit is the last before one qualification's end date (handbook 5.21.3). */
function finalNeedsQualification(value: { final: boolean; qualificationId: string }, ctx: z.RefinementCtx) {
  if (value.final && value.qualificationId === "") {
    ctx.addIssue({ code: "custom", path: ["qualificationId"], message: "Choose the qualification this is the final visit for." });
  }
}

export const scheduleVisitSchema = z.object(visitPlan).superRefine(finalNeedsQualification);
export type ScheduleVisitInput = z.input<typeof scheduleVisitSchema>;
export const visitPlanFields = ["visitOn", "externalVerifierName", "purpose", "qualificationId", "final"] as const;

export const rescheduleVisitSchema = z.object({ visitId, version, ...visitPlan }).superRefine(finalNeedsQualification);
export type RescheduleVisitInput = z.input<typeof rescheduleVisitSchema>;

export const cancelVisitSchema = z.object({
  visitId,
  version,
  cancelledReason: textField({ max: 2_000, multiline: true, required: "Say why the visit is cancelled." }),
});
export type CancelVisitInput = z.input<typeof cancelVisitSchema>;
export const cancelVisitFields = ["cancelledReason"] as const;

export const actionPointKinds = ["ACTION_POINT", "RECOMMENDATION"] as const;
export const dcsRecommendations = ["GRANT", "CONTINUE", "WITHDRAW", "NOT_RECOMMENDED"] as const;

export const actionPointSchema = z.object({
  kind: z.enum(actionPointKinds, "Choose an action point or a recommendation."),
  ownerUserId: z.uuid("Choose who will do it."),
  description: textField({ max: 4_000, multiline: true, required: "Say what is to be done." }),
  dueOn: dayField("Enter the date it is due."),
});
export type ActionPointInput = z.input<typeof actionPointSchema>;

export const maximumActionPoints = 20;
export const sanctionNeedsAction =
  "A sanction always comes with at least one action point (handbook 5.20.4): add the action the external verifier set.";

export const recordVisitReportSchema = z
  .object({
    visitId,
    version,
    reportSummary: textField({ max: 20_000, multiline: true, required: "Write the summary of the external verifier's findings." }),
    /** "" when the EV applied none. */
    sanctions: textField({ max: 4_000, multiline: true }),
    /** "" when the report says nothing about Direct Claims Status. */
    dcsRecommendation: z.union([z.literal(""), z.enum(dcsRecommendations, "Choose the recommendation from the list.")]),
    /** The EV confirmed the certificates claimed under DCS since the last visit (handbook 5.21). */
    directClaimsConfirmed: z.boolean(),
    actionPoints: z.array(actionPointSchema).max(maximumActionPoints, `Record at most ${maximumActionPoints} at once.`),
  })
  .superRefine((value, ctx) => {
    if (value.sanctions !== "" && !value.actionPoints.some((point) => point.kind === "ACTION_POINT")) {
      ctx.addIssue({ code: "custom", path: ["actionPoints"], message: sanctionNeedsAction });
    }
  });
export type RecordVisitReportInput = z.input<typeof recordVisitReportSchema>;
export const recordVisitReportFields = [
  "reportSummary",
  "sanctions",
  "dcsRecommendation",
  "directClaimsConfirmed",
  "actionPoints",
] as const;

export const addVisitActionPointSchema = actionPointSchema.extend({ visitId });
export type AddVisitActionPointInput = z.input<typeof addVisitActionPointSchema>;
export const actionPointFields = ["kind", "ownerUserId", "description", "dueOn"] as const;

export const completeVisitActionPointSchema = z.object({
  actionPointId: z.uuid("Not found."),
  /** The version of the action point the person saw. */
  version,
  completedOn: happenedOnField("Enter the date it was done."),
  completionEvidence: textField({ max: 10_000, multiline: true, required: "Say what was done, as evidence for the next visit." }),
});
export type CompleteVisitActionPointInput = z.input<typeof completeVisitActionPointSchema>;
export const completeActionPointFields = ["completedOn", "completionEvidence"] as const;
