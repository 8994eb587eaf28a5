import { z } from "zod";
import { requiredDateField } from "@/lib/candidates/schemas";
import { textField } from "@/lib/validation/text-fields";
import { relationshipLabels, schoolOnlyRelationships } from "./labels";

// Declaring and ending a conflict of interest (ICS A2; Naace principle 9), shared by the forms
// and the actions. A declaration is about a candidate (at a centre), a whole centre or a school.

const relationships = Object.keys(relationshipLabels) as (keyof typeof relationshipLabels)[];

export const conflictSubjects = ["CANDIDATE", "CENTRE", "SCHOOL"] as const;

const uuid = z.uuid();
const isId = (value: string) => uuid.safeParse(value).success;

export const declareConflictSchema = z
  .object({
    subject: z.enum(conflictSubjects, { error: "Choose whom the declaration is about." }),
    /** The candidate's centre (CANDIDATE) or the centre declared about (CENTRE). */
    centreId: z.string().trim(),
    candidateId: z.string().trim(),
    schoolId: z.string().trim(),
    relationship: z.enum(relationships as [keyof typeof relationshipLabels, ...(keyof typeof relationshipLabels)[]], {
      error: "Choose the relationship.",
    }),
    details: textField({ max: 1000, multiline: true }),
    declaredOn: requiredDateField("Enter the date the declaration runs from."),
  })
  .superRefine(
    (value, ctx) => {
      // Runs even when another field failed, so every missing choice is shown at once.
      const subject = value.subject as string;
      const id = (field: unknown) => typeof field === "string" && isId(field.trim());
      if ((subject === "CANDIDATE" || subject === "CENTRE") && !id(value.centreId)) {
        ctx.addIssue({ code: "custom", path: ["centreId"], message: "Choose a centre." });
      }
      if (subject === "CANDIDATE" && !id(value.candidateId)) {
        ctx.addIssue({ code: "custom", path: ["candidateId"], message: "Choose a candidate." });
      }
      if (subject === "SCHOOL" && !id(value.schoolId)) {
        ctx.addIssue({ code: "custom", path: ["schoolId"], message: "Choose a school." });
      }
      // Supporting a self-review (or general support) is a relationship with a school only (Naace ICT Mark code).
      if ((subject === "CANDIDATE" || subject === "CENTRE") && schoolOnlyRelationships.includes(value.relationship)) {
        ctx.addIssue({
          code: "custom",
          path: ["relationship"],
          message: `That relationship is with a school only; choose how you know the ${subject === "CANDIDATE" ? "candidate" : "centre"}.`,
        });
      }
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
export type DeclareConflictInput = z.input<typeof declareConflictSchema>;

export const endConflictSchema = z.object({
  declarationId: z.uuid("Not found."),
  version: z.number().int().positive(),
  endedOn: requiredDateField("Enter the date the relationship ended."),
});
export type EndConflictInput = z.input<typeof endConflictSchema>;

/** The register's filter: declarations in force today, ended ones, or all. */
export const registerStatuses = ["in-force", "ended", "all"] as const;
export type RegisterStatus = (typeof registerStatuses)[number];
export function registerStatusOf(value: string | string[] | undefined): RegisterStatus {
  return typeof value === "string" && (registerStatuses as readonly string[]).includes(value) ? (value as RegisterStatus) : "in-force";
}
