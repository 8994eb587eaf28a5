import type { StaffFileKindName } from "./schemas";

export const staffFileKindLabels = {
  CERTIFICATE: "Certificate",
  CV: "CV",
  ROLE_PROFILE: "Role profile",
  CPD_EVIDENCE: "CPD evidence",
} as const satisfies Record<StaffFileKindName, string>;

/** The kind in a sentence, plural: "You already have 50 certificates on your record". */
export const staffFileKindPlurals = {
  CERTIFICATE: "certificates",
  CV: "CVs",
  ROLE_PROFILE: "role profiles",
  CPD_EVIDENCE: "CPD evidence files",
} as const satisfies Record<StaffFileKindName, string>;
