export const visitPackStatusLabels = {
  QUEUED: "Waiting to start",
  BUILDING: "Being prepared",
  READY: "Ready to download",
  FAILED: "Failed",
} as const;

/** A pack waiting this long has lost its job (the server stopped before it started): it may be started again. */
export const stalledAfterMs = 5 * 60 * 1000;
