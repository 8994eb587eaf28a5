// How the import's statuses read on screen.

export const importStatusLabels = {
  PREVIEW: "Checked, not imported yet",
  IMPORTED: "Imported",
  DISCARDED: "Discarded",
} as const;

export const rowStatusLabels = {
  VALID: "Ready to import",
  INVALID: "Has problems",
  IMPORTED: "Registered",
  ALREADY_REGISTERED: "Already registered",
} as const;
