import { z } from "zod";
import { dateBoundMessages, earliestRecordDay } from "@/lib/rules/record-dates";
import { riskLevels } from "@/lib/sampling/labels";
import { isIsoDate } from "@/lib/rules/dates";
import { textField } from "@/lib/validation/text-fields";

// Shared by the standardisation forms (react-hook-form's zod resolver) and their actions, so the
// phone and the server give the same messages (handbook 4.1, 5.20.1).

const realDateMessage = "Enter a real date, for example 2027-03-31.";

/**
 * A calendar day the person must give, as YYYY-MM-DD, not before 1 January 2000. The bounds that
 * depend on today (not in the future; due from today to two years ahead) are checked by the
 * actions against their own clock (lib/iqa-feedback/date-bounds.ts), beside the same field.
 */
function requiredDateField(required: string) {
  return z
    .string({ error: required })
    .trim()
    .superRefine((value, ctx) => {
      if (value === "") ctx.addIssue({ code: "custom", message: required });
      else if (!isIsoDate(value)) ctx.addIssue({ code: "custom", message: realDateMessage });
      else if (value < earliestRecordDay) ctx.addIssue({ code: "custom", message: dateBoundMessages.tooEarly });
    });
}

export const choseTwice = "Choose each one once.";
const distinct = (values: readonly string[]) => new Set(values).size === values.length;

/** Ids chosen from a list: each once. */
function idList(message: string, options: { min: number; minMessage: string; max: number; distinct?: false }) {
  const list = z
    .array(z.uuid(message), { error: message })
    .min(options.min, options.minMessage)
    .max(options.max, `Choose at most ${options.max}.`);
  return options.distinct === false ? list : list.refine(distinct, choseTwice);
}

/** "" when none is chosen. */
const optionalRecordId = z.union([z.literal(""), z.uuid("Not found.")]);

export const unitOutcomes = ["ACHIEVED", "NOT_YET_ACHIEVED"] as const;

export const maximumMeetingActions = 10;
export const sameActionTwice = "This action is listed twice: remove one.";

export const meetingActionSchema = z.object({
  ownerUserId: z.uuid("Choose who will do it: one of the attendees."),
  description: textField({ max: 2000, multiline: true, required: "Say what is to be done." }),
  dueOn: requiredDateField("Enter the date it is due."),
});
export type MeetingActionInput = z.input<typeof meetingActionSchema>;

export const recordStandardisationMeetingSchema = z.object({
  qualificationId: z.uuid("Choose a qualification."),
  heldOn: requiredDateField("Enter the date the meeting was held."),
  /** Staff with an account who attended; the IQA recording it is counted as attending. */
  attendeeUserIds: idList("Choose attendees from the list.", {
    min: 1,
    minMessage: "Choose at least one attendee besides yourself.",
    max: 100,
  }),
  otherAttendees: textField({ max: 1000 }),
  unitIds: idList("Choose units of the qualification.", { min: 1, minMessage: "Choose the units standardised.", max: 100 }),
  evidenceStandardised: textField({ max: 10_000, multiline: true, required: "Say which evidence was standardised." }),
  decisionsReached: textField({ max: 10_000, multiline: true, required: "Say what was decided." }),
  actions: z
    .array(meetingActionSchema)
    .max(maximumMeetingActions, `Record at most ${maximumMeetingActions} actions at once.`)
    .superRefine((actions, ctx) => {
      // The same action for the same person twice is a slip (a double click on "Add an action").
      const seen = new Set<string>();
      actions.forEach((action, index) => {
        const key = JSON.stringify([action.ownerUserId, action.description.trim(), action.dueOn.trim()]);
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "description"], message: sameActionTwice });
        seen.add(key);
      });
    }),
});
export type RecordStandardisationMeetingInput = z.input<typeof recordStandardisationMeetingSchema>;
export const recordStandardisationMeetingFields = [
  "qualificationId",
  "heldOn",
  "attendeeUserIds",
  "otherAttendees",
  "unitIds",
  "evidenceStandardised",
  "decisionsReached",
  "actions",
] as const;

export const openStandardisationExerciseSchema = z.object({
  qualificationId: z.uuid("Choose a qualification."),
  unitId: z.uuid("Choose a unit."),
  /** The meeting the exercise belongs to, or "". */
  meetingId: optionalRecordId,
  title: textField({ max: 200, required: "Give the exercise a title." }),
  /** The piece of evidence, described and anonymised (handbook 5.9). */
  evidenceDescription: textField({ max: 10_000, multiline: true, required: "Describe the evidence to judge." }),
  /** An evidence item of the centre to judge, or "". */
  evidenceItemId: optionalRecordId,
  criterionIds: idList("Choose criteria of the unit.", { min: 1, minMessage: "Choose at least one criterion to judge.", max: 100 }),
  participantUserIds: idList("Choose participants from the list.", {
    min: 2,
    minMessage: "Choose at least two people to judge the evidence.",
    max: 50,
    // Checked by the action after the people themselves, so another centre's person is "not found" first.
    distinct: false,
  }),
});
export type OpenStandardisationExerciseInput = z.input<typeof openStandardisationExerciseSchema>;
export const openStandardisationExerciseFields = [
  "qualificationId",
  "unitId",
  "meetingId",
  "title",
  "evidenceDescription",
  "evidenceItemId",
  "criterionIds",
  "participantUserIds",
] as const;

const outcomeField = z.enum(unitOutcomes, { error: "Choose achieved or not yet achieved." });

export const judgeStandardisationExerciseSchema = z.object({
  exerciseId: z.uuid("Not found."),
  outcome: outcomeField,
  criteriaMetIds: idList("Choose criteria of the exercise.", { min: 0, minMessage: "", max: 100 }),
  rationale: textField({ max: 10_000, multiline: true, required: "Say why: the rationale for your judgement." }),
});
export type JudgeStandardisationExerciseInput = z.input<typeof judgeStandardisationExerciseSchema>;
export const judgeStandardisationExerciseFields = ["outcome", "criteriaMetIds", "rationale"] as const;

export const closeStandardisationExerciseSchema = z.object({
  exerciseId: z.uuid("Not found."),
  /** The exercise's version the IQA saw. */
  version: z.number().int().positive(),
  agreedOutcome: outcomeField,
  agreedCriterionIds: idList("Choose criteria of the exercise.", { min: 0, minMessage: "", max: 100 }),
  agreedRationale: textField({ max: 10_000, multiline: true, required: "Say why: the rationale agreed." }),
});
export type CloseStandardisationExerciseInput = z.input<typeof closeStandardisationExerciseSchema>;
export const closeStandardisationExerciseFields = ["agreedOutcome", "agreedCriterionIds", "agreedRationale"] as const;

export const changeRiskAfterStandardisationSchema = z.object({
  exerciseId: z.uuid("Not found."),
  assessorUserId: z.uuid("Choose an assessor who took part."),
  risk: z.enum(riskLevels, { error: "Choose a risk rating." }),
  reason: textField({ max: 4000, multiline: true, required: "Say why the rating changes." }),
});
export type ChangeRiskAfterStandardisationInput = z.input<typeof changeRiskAfterStandardisationSchema>;
export const changeRiskAfterStandardisationFields = ["assessorUserId", "risk", "reason"] as const;
