import { z } from "zod";
import { icsStateLabels, naaceStateLabels, centreApprovedStatus } from "@/lib/approvals/labels";

// The register's filters, from the query string (the dashboard links here with them). A value that
// is not one of these is ignored rather than refused: the register then shows everyone.

export const registerStatuses: [string, ...string[]] = [
  centreApprovedStatus,
  ...Object.keys(icsStateLabels),
  ...Object.keys(naaceStateLabels),
];

const ignoreBad = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const flag = z
  .union([z.literal("1"), z.literal("true")])
  .transform(() => true as const)
  .optional()
  .catch(undefined);

/**
 * `overdue`: "1" anything overdue (a missed lifecycle target or due review, or an overdue QA
 * request); "lifecycle" a missed lifecycle target only; "qa" an overdue QA request only. Each
 * dashboard number links to the filter that lists exactly the people it counts.
 */
export const overdueFilters = ["any", "lifecycle", "qa"] as const;
export type OverdueFilter = (typeof overdueFilters)[number];

const overdue = z
  .union([z.literal("1"), z.literal("true"), z.literal("any"), z.literal("lifecycle"), z.literal("qa")])
  .transform((value): OverdueFilter => (value === "1" || value === "true" ? "any" : value))
  .optional()
  .catch(undefined);

export const registerFiltersSchema = z.object({
  status: ignoreBad(z.enum(registerStatuses)),
  cpd: ignoreBad(z.enum(["compliant", "atRisk", "nonCompliant"])),
  overdue,
  breaches: flag,
  /** Naace: a quality review is due (every 10th school assessment). */
  qualityReview: ignoreBad(z.literal("due")),
  /** An open supporting review. */
  reviews: ignoreBad(z.literal("open")),
});

/** `overdue: true` (from code) means the same as "any". */
export type RegisterFilters = Omit<z.output<typeof registerFiltersSchema>, "overdue"> & { overdue?: OverdueFilter | true };

/** Search params as Next gives them (a repeated key is an array: its first value counts). */
export function parseRegisterFilters(searchParams: Record<string, string | string[] | undefined>): RegisterFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return registerFiltersSchema.parse({
    status: first(searchParams.status),
    cpd: first(searchParams.cpd),
    overdue: first(searchParams.overdue),
    breaches: first(searchParams.breaches),
    qualityReview: first(searchParams.qualityReview),
    reviews: first(searchParams.reviews),
  });
}
