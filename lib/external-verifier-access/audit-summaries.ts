export type ExternalVerifierAccessGrantedSummary = {
  externalVerifier: string;
  /** The last day the access works (YYYY-MM-DD). */
  expiresOn: string;
  /** The visit it is for ("2026-12-10: Annual verification visit"), when tied to one. */
  visit?: string;
  /** The candidates chosen, by name. */
  candidates: string[];
};

export type ExternalVerifierAccessRevokedSummary = {
  externalVerifier: string;
  expiresOn: string;
  candidates: number;
  /** The day it was revoked (YYYY-MM-DD). */
  revokedOn: string;
};
