import type { DirectClaimsStatusEventKind, DirectClaimsStatusState } from "@/lib/db/generated/client";

// Display names for Direct Claims Status (handbook 5.21).

export const directClaimsStateLabels: Record<DirectClaimsStatusState, string> = {
  ACTIVE: "Active",
  WITHDRAWN: "Withdrawn",
};

export const directClaimsEventLabels: Record<DirectClaimsStatusEventKind, string> = {
  GRANTED: "Granted",
  WITHDRAWN: "Withdrawn",
  REINSTATED: "Reinstated",
  CONDITIONS_CHANGED: "End date or conditions changed",
};
