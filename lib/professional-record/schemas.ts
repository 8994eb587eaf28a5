import { z } from "zod";
import { textField } from "@/lib/validation/text-fields";

// The assessor record's inputs, shared by its forms and its actions.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const qualificationStandings = ["held", "workingTowards"] as const;

/** A qualification the person holds, or is working towards (handbook 4.2, 4.4). */
export const recordStaffQualificationSchema = z
  .object({
    code: textField({ max: 60, required: "Choose a qualification." }),
    standing: z.enum(qualificationStandings, { error: "Say whether you hold it or are working towards it." }),
    achievedOn: z
      .string()
      .trim()
      .refine((value) => value === "" || (isoDate.test(value) && !Number.isNaN(Date.parse(value))), {
        message: "Enter a real date, for example 2019-06-30.",
      }),
  })
  .superRefine((value, ctx) => {
    if (value.standing === "held" && value.achievedOn === "") {
      ctx.addIssue({ code: "custom", path: ["achievedOn"], message: "Enter the date you achieved it." });
    }
    if (value.standing === "workingTowards" && value.achievedOn !== "") {
      ctx.addIssue({ code: "custom", path: ["achievedOn"], message: "Leave the date empty while you are working towards it." });
    }
  });
export type RecordStaffQualificationInput = z.input<typeof recordStaffQualificationSchema>;

export const removeStaffQualificationSchema = z.object({ staffQualificationId: z.uuid("Not found.") });
export type RemoveStaffQualificationInput = z.input<typeof removeStaffQualificationSchema>;

/** A unit the person is occupationally competent to assess, and on what basis (handbook 4.2). */
export const recordOccupationalCompetenceSchema = z.object({
  unitId: z.uuid("Choose a unit."),
  basis: textField({ max: 1000, required: "Say what makes you competent to assess this unit.", multiline: true }),
});
export type RecordOccupationalCompetenceInput = z.input<typeof recordOccupationalCompetenceSchema>;

export const removeOccupationalCompetenceSchema = z.object({ occupationalCompetenceId: z.uuid("Not found.") });
export type RemoveOccupationalCompetenceInput = z.input<typeof removeOccupationalCompetenceSchema>;

/** Every unit of one qualification at once, with one basis (e.g. "I hold this qualification"). */
export const recordQualificationCompetenceSchema = z.object({
  qualificationId: z.uuid("Choose a qualification."),
  basis: textField({ max: 1000, required: "Say what makes you competent to assess its units.", multiline: true }),
});
export type RecordQualificationCompetenceInput = z.input<typeof recordQualificationCompetenceSchema>;
