import { z } from "zod";
// Imported for its side effect: zod runs without `new Function` in the browser (the CSP; see that file).
import "@/lib/validation/text-fields";

// Shared by the visit pack page's form and its actions.

export const requestVisitPackSchema = z.object({
  visitId: z.uuid("Not found."),
  /** Work-in-progress portfolios to include (the EV's "identified work-in-progress portfolios"). */
  workInProgressCandidateIds: z
    .array(z.uuid("Choose candidates from the list."), "Choose candidates from the list.")
    .max(200, "Choose at most 200 work-in-progress portfolios.")
    .transform((ids) => [...new Set(ids)]),
});
export type RequestVisitPackInput = z.input<typeof requestVisitPackSchema>;

export const visitPackIdSchema = z.object({ packId: z.uuid("Not found.") });
export type VisitPackIdInput = z.input<typeof visitPackIdSchema>;
