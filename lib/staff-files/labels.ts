import type { StaffFileKindName } from "./schemas";

export const staffFileKindLabels = {
  CERTIFICATE: "Certificate",
  CV: "CV",
  ROLE_PROFILE: "Role profile",
  CPD_EVIDENCE: "CPD evidence",
} as const satisfies Record<StaffFileKindName, string>;
