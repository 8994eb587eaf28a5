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

export const registerFiltersSchema = z.object({
  status: ignoreBad(z.enum(registerStatuses)),
  cpd: ignoreBad(z.enum(["compliant", "atRisk", "nonCompliant"])),
  overdue: flag,
  breaches: flag,
});

export type RegisterFilters = z.output<typeof registerFiltersSchema>;

/** Search params as Next gives them (a repeated key is an array: its first value counts). */
export function parseRegisterFilters(searchParams: Record<string, string | string[] | undefined>): RegisterFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return registerFiltersSchema.parse({
    status: first(searchParams.status),
    cpd: first(searchParams.cpd),
    overdue: first(searchParams.overdue),
    breaches: first(searchParams.breaches),
  });
}
