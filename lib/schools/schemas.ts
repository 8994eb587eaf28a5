import { z } from "zod";
import { isIsoDate } from "@/lib/rules/dates";
import { emailField, textField } from "@/lib/validation/text-fields";

// Shared by the school forms and the school actions (lib/schools), so the browser and the server
// give the same messages.

/** A URN: the Department for Education's six- or seven-digit unique reference number; "" when not known. */
const urnField = z
  .string()
  .trim()
  .refine((value) => value === "" || /^\d{6,7}$/.test(value), { message: "A URN is 6 or 7 digits, for example 100000." });

/** The email renewal reminders go to; "" when not known yet. */
const contactEmailField = z.union([z.literal(""), emailField()]);

/** A calendar day in YYYY-MM-DD. */
const dayField = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .refine((value) => isIsoDate(value), { message: "Enter a real date, for example 2026-03-31." });

const schoolDetails = {
  name: textField({ max: 160, required: "Enter the school's name." }),
  urn: urnField,
  contactEmail: contactEmailField,
};

export const addSchoolSchema = z.object(schoolDetails);
export type AddSchoolInput = z.input<typeof addSchoolSchema>;

const schoolRef = {
  schoolId: z.uuid("Not found."),
  /** The version the person saw; a newer one means someone else changed the school since. */
  version: z.number().int().positive(),
};

export const updateSchoolSchema = z.object({ ...schoolRef, ...schoolDetails });
export type UpdateSchoolInput = z.input<typeof updateSchoolSchema>;

export const recordIctMarkAwardSchema = z.object({ ...schoolRef, awardedOn: dayField("Enter the day the ICT Mark was awarded.") });
export type RecordIctMarkAwardInput = z.input<typeof recordIctMarkAwardSchema>;

export const sendRenewalReminderSchema = z.object(schoolRef);
export type SendRenewalReminderInput = z.input<typeof sendRenewalReminderSchema>;

export const ictMarkFilters = ["current", "renewalDue", "expired", "notAwarded"] as const;
export type IctMarkFilter = (typeof ictMarkFilters)[number];

/** The list's ?ictMark= filter; anything else shows every school. */
export function parseIctMarkFilter(value: string | string[] | undefined): IctMarkFilter | null {
  return typeof value === "string" && (ictMarkFilters as readonly string[]).includes(value) ? (value as IctMarkFilter) : null;
}
