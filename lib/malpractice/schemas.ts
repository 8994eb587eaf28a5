import { z } from "zod";
import { happenedOnProblem } from "@/lib/rules/record-dates";
import { textField } from "@/lib/validation/text-fields";

// Shared by the head of centre's malpractice forms and their actions (OCR handbook 5.22). Dates
// are calendar days, "YYYY-MM-DD", from 2000 to today.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
/** Today's date in UTC plus a day's slack (UK and UTC days differ by an hour); the action checks against its own clock. */
const tomorrowUtc = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

function happenedOn(required: string) {
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

export const malpracticeSubjects = ["STAFF", "CANDIDATE"] as const;

export const recordMalpracticeCaseSchema = z
  .object({
    subject: z.enum(malpracticeSubjects, "Choose whether it involves a member of staff or a candidate."),
    /** The staff member (subject STAFF), or "". */
    staffUserId: z.union([z.literal(""), z.uuid("Choose the member of staff from the list.")]),
    /** The candidate (subject CANDIDATE), or "". */
    candidateId: z.union([z.literal(""), z.uuid("Choose the candidate from the list.")]),
    suspicion: textField({ max: 10_000, multiline: true, required: "Say what is suspected." }),
    cameToLightOn: happenedOn("Enter the date it came to light."),
  })
  .superRefine((value, ctx) => {
    if (value.subject === "STAFF" && value.staffUserId === "") {
      ctx.addIssue({ code: "custom", path: ["staffUserId"], message: "Choose the member of staff." });
    }
    if (value.subject === "CANDIDATE" && value.candidateId === "") {
      ctx.addIssue({ code: "custom", path: ["candidateId"], message: "Choose the candidate." });
    }
  })
  // Only the person of the chosen kind is part of the case.
  .transform((value) => ({
    ...value,
    staffUserId: value.subject === "STAFF" ? value.staffUserId : "",
    candidateId: value.subject === "CANDIDATE" ? value.candidateId : "",
  }));
export type RecordMalpracticeCaseInput = z.input<typeof recordMalpracticeCaseSchema>;

const caseChange = {
  caseId: z.uuid("Not found."),
  /** The version of the case the head of centre saw. */
  version: z.number().int().positive(),
};

export const addMalpracticeNoteSchema = z.object({
  ...caseChange,
  writtenOn: happenedOn("Enter the date of the note."),
  note: textField({ max: 10_000, multiline: true, required: "Write the note." }),
});
export type AddMalpracticeNoteInput = z.input<typeof addMalpracticeNoteSchema>;

export const recordMalpracticeReportSchema = z.object({
  ...caseChange,
  reportedToAwardingBodyOn: happenedOn("Enter the date the case was reported to the awarding body."),
  reportNote: textField({ max: 4_000, multiline: true, required: "Say how and to whom it was reported." }),
});
export type RecordMalpracticeReportInput = z.input<typeof recordMalpracticeReportSchema>;

export const closeMalpracticeCaseSchema = z.object({
  ...caseChange,
  closedOn: happenedOn("Enter the date the case was closed."),
  outcome: textField({ max: 10_000, multiline: true, required: "Write the outcome of the investigation." }),
});
export type CloseMalpracticeCaseInput = z.input<typeof closeMalpracticeCaseSchema>;

export const malpracticeFilters = ["open", "closed", "all"] as const;
export type MalpracticeFilter = (typeof malpracticeFilters)[number];
export function malpracticeFilterOf(value: unknown): MalpracticeFilter {
  return malpracticeFilters.includes(value as MalpracticeFilter) ? (value as MalpracticeFilter) : "open";
}
