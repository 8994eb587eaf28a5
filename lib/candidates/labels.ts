// Display names and select options for candidate registrations.

export const candidateStatusLabels = { ACTIVE: "Active", WITHDRAWN: "Withdrawn", COMPLETED: "Completed" } as const;

export const candidateStatusTones = { ACTIVE: "success", WITHDRAWN: "neutral", COMPLETED: "info" } as const;

export const candidateStatusOptions = (Object.keys(candidateStatusLabels) as (keyof typeof candidateStatusLabels)[]).map((value) => ({
  value,
  label: candidateStatusLabels[value],
}));

export const entryTypeLabels = { FULL_AWARD: "Full award", UNITS: "Named units" } as const;
