import { z } from "zod";
import { criterionJudgements } from "@/lib/activities/labels";
import { textField } from "@/lib/validation/text-fields";
import { evidenceMethods } from "./labels";

// Shared by the evidence forms (react-hook-form's zod resolver) and the evidence actions.

function unique<T>(values: readonly T[]): boolean {
  return new Set(values).size === values.length;
}

const criterionIdsField = z
  .array(z.uuid("Choose assessment criteria from the list."))
  .max(300, "Cross-reference at most 300 criteria.")
  .refine(unique, "Each criterion can be ticked once.");

const itemRef = {
  evidenceItemId: z.uuid("Not found."),
  /** The version the person saw; a newer one means someone else changed the item meanwhile. */
  version: z.number().int().positive(),
};

export const anonymisationMessage =
  "Confirm that other people's personal details are removed or hidden before submitting files (handbook 5.9).";

/** Adding a piece of evidence to a candidate's portfolio (or resubmitting a rejected one). */
export const addEvidenceSchema = z
  .object({
    candidateId: z.uuid("Not found."),
    title: textField({ max: 200, required: "Give the evidence a title." }),
    method: z.enum(evidenceMethods, { error: "Choose what kind of evidence it is." }),
    location: textField({ max: 200, required: "Say where the evidence is held, for example uploaded, or the workplace file." }),
    description: textField({ max: 5000, multiline: true }),
    fileIds: z
      .array(z.uuid("A file could not be attached: upload it again."))
      .max(20, "Attach at most 20 files to one item.")
      .refine(unique, "Each file can be attached once."),
    criterionIds: criterionIdsField,
    anonymisationConfirmed: z.boolean(),
    simulated: z.boolean(),
    /** For a personal statement: who authenticated it as a true account (handbook 5.17). */
    authenticatedBy: textField({ max: 200 }),
    /** The rejected item this one is resubmitted for, or "". */
    previousSubmissionId: z.union([z.uuid("Not found."), z.literal("")]),
  })
  .superRefine((value, ctx) => {
    if (value.fileIds.length > 0 && !value.anonymisationConfirmed) {
      ctx.addIssue({ code: "custom", path: ["anonymisationConfirmed"], message: anonymisationMessage });
    }
  });
export type AddEvidenceInput = z.input<typeof addEvidenceSchema>;
export const addEvidenceFields = [
  "title",
  "method",
  "location",
  "description",
  "fileIds",
  "criterionIds",
  "anonymisationConfirmed",
  "simulated",
  "authenticatedBy",
] as const;

/** The assessor's judgement: accept with a judgement per cross-referenced criterion, or reject with reasons. */
export const judgeEvidenceSchema = z
  .object({
    ...itemRef,
    outcome: z.enum(["ACCEPT", "REJECT"], { error: "Choose accept or reject." }),
    criteria: z
      .array(z.object({ criterionId: z.uuid("Choose assessment criteria from the list."), judgement: z.enum(criterionJudgements) }))
      .max(300, "Cross-reference at most 300 criteria.")
      .refine((rows) => unique(rows.map((row) => row.criterionId)), "Each criterion can be ticked once."),
    rejectionReason: textField({ max: 5000, multiline: true }),
    /** A personal statement's authenticator, when the assessor records it at judgement (handbook 5.17). */
    authenticatedBy: textField({ max: 200 }),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === "ACCEPT" && value.criteria.length === 0) {
      ctx.addIssue({ code: "custom", path: ["criteria"], message: "Tick at least one criterion the evidence meets." });
    }
    if (value.outcome === "REJECT" && value.rejectionReason === "") {
      ctx.addIssue({
        code: "custom",
        path: ["rejectionReason"],
        message: "Say why the evidence is rejected, so the candidate knows what to change.",
      });
    }
  });
export type JudgeEvidenceInput = z.input<typeof judgeEvidenceSchema>;

/** Changing the criteria an item awaiting judgement is cross-referenced to. */
export const updateEvidenceCriteriaSchema = z.object({ ...itemRef, criterionIds: criterionIdsField });
export type UpdateEvidenceCriteriaInput = z.input<typeof updateEvidenceCriteriaSchema>;
