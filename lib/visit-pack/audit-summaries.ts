export type VisitPackRequestedSummary = {
  visitOn: string;
  /** Names of the work-in-progress portfolios chosen. */
  workInProgress: string[];
};

export type VisitPackRetriedSummary = { visitOn: string; previousError: string | null };

export type VisitPackDownloadedSummary = { visitOn: string; byteSize: number };
