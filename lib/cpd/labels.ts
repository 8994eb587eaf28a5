import type { CpdStatus } from "@/lib/rules/cpd-compliance";
import type { cpdCategories } from "./schemas";

export const cpdCategoryLabels = {
  ASSESSOR_SKILLS: "Assessor skills",
  OCCUPATIONAL_KNOWLEDGE: "Occupational knowledge",
} as const satisfies Record<(typeof cpdCategories)[number], string>;

export const cpdCategoryOptions = Object.entries(cpdCategoryLabels).map(([value, label]) => ({ value, label }));

export const cpdStatusLabels = {
  compliant: "Compliant",
  atRisk: "At risk",
  nonCompliant: "Non-compliant",
} as const satisfies Record<CpdStatus, string>;

/** The badge tone of each status. */
export const cpdStatusTones = { compliant: "success", atRisk: "warning", nonCompliant: "danger" } as const satisfies Record<
  CpdStatus,
  string
>;
