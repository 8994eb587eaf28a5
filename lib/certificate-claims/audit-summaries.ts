// What each certificate-claims action writes to the audit trail (typed per action).

/** A draft batch put together from the certificates chosen. */
export type ClaimBatchCreatedSummary = {
  reference: string;
  /** One entry per line: "Cara Candidate: unit L/506/2150" or "Cara Candidate: full award 601/3433/1". */
  lines: string[];
  /** How many lines are provisional under Direct Claims Status as of today. */
  provisional: number;
};

/** A line taken out of a draft batch (the batch is discarded with its last line). */
export type ClaimLineRemovedSummary = { reference: string; line: string; batchDiscarded: boolean };

/** The batch uploaded to the awarding body's system and marked claimed. */
export type ClaimBatchClaimedSummary = {
  reference: string;
  claimedOn: string;
  lines: number;
  underDirectClaims: boolean;
  /** Lines provisional until a verification visit confirms them (handbook 5.21). */
  provisional: number;
};

/** A certificate arrived for one line. */
export type CertificateReceivedSummary = {
  reference: string;
  line: string;
  certificateReceivedOn: string;
  certificateNumber: string;
  /** The previous record, when it is corrected. */
  before?: { certificateReceivedOn: string; certificateNumber: string };
};

/** The batch file downloaded for the awarding body's system. */
export type ClaimBatchFileDownloadedSummary = { reference: string; lines: number };
