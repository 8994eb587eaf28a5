import type { ExternalVerifierGrantState } from "@/lib/rules/external-verifier-access";

// How a grant and a log entry are named on screen.

export const grantStateLabels = { working: "Open", expired: "Expired", revoked: "Revoked" } as const satisfies Record<
  ExternalVerifierGrantState,
  string
>;
export const grantStateTones = { working: "success", expired: "neutral", revoked: "warning" } as const satisfies Record<
  ExternalVerifierGrantState,
  "success" | "neutral" | "warning"
>;

export const accessActionLabels = { VIEW: "Viewed", DOWNLOAD: "Downloaded" } as const;
