// What the sign-off actions' audit entries record (never the password, never the signed content:
// the content is in RecordVersion, named here by its version and hash).

export type DeclarationSignedSummary = { candidate: string; unit: string; version: number; contentSha256: string };

export type UnitSignedOffSummary = {
  candidate: string;
  unit: string;
  decisionId: string;
  status: "SIGNED_OFF" | "AWAITING_COUNTERSIGNATURE";
  version: number;
  contentSha256: string;
};

export type DecisionCountersignedSummary = { candidate: string; unit: string; version: number; contentSha256: string };

export type FormativeDecisionSummary = {
  candidate: string;
  unit: string;
  after: { outcome: "ACHIEVED" | "NOT_YET_ACHIEVED"; decidedOn: string };
};

export type DecisionAmendedSummary = {
  candidate: string;
  unit: string;
  before: { rationale: string; decidedOn: string; status: string };
  after: { rationale: string; decidedOn: string; status: string };
  /** The new unsigned version, for a decision that had been signed. */
  newVersion: number | null;
};
