// Display names for certificate claims.

export const batchStatusLabels = {
  DRAFT: "Draft: not yet claimed",
  CLAIMED: "Claimed",
} as const satisfies Record<"DRAFT" | "CLAIMED", string>;

export const claimKindLabels = {
  UNIT: "Unit certificate",
  FULL_AWARD: "Full award",
} as const satisfies Record<"UNIT" | "FULL_AWARD", string>;

export const entryTypeLabels = {
  FULL_AWARD: "Full award entry",
  UNITS: "Unit entry",
} as const satisfies Record<"FULL_AWARD" | "UNITS", string>;

/** How a line stands under Direct Claims Status. */
export function directClaimsLabel(line: { provisional: boolean; confirmedOn: string | null }, underDirectClaims: boolean): string | null {
  if (line.provisional) return "Provisional: to be confirmed at the next visit";
  if (line.confirmedOn) return `Confirmed at the visit on ${line.confirmedOn}`;
  return underDirectClaims ? "Not under direct claims" : null;
}

/** "Cara Candidate: unit L/506/2150" / "Cara Candidate: full award 601/3433/1". */
export function lineDescription(line: {
  candidateName: string;
  kind: "UNIT" | "FULL_AWARD";
  urn: string | null;
  qualificationNumber: string;
}) {
  return line.kind === "UNIT"
    ? `${line.candidateName}: unit ${line.urn ?? ""}`
    : `${line.candidateName}: full award ${line.qualificationNumber}`;
}
