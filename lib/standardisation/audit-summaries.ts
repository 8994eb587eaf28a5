import type { AssessorRiskLevel, UnitOutcome } from "@/lib/db/generated/client";

export type StandardisationMeetingRecordedSummary = {
  qualification: string;
  heldOn: string;
  attendees: string[];
  otherAttendees: string | null;
  units: string[];
  evidenceStandardised: string;
  decisionsReached: string;
  actions: { owner: string; description: string; dueOn: string }[];
};

export type StandardisationExerciseOpenedSummary = {
  title: string;
  unit: string;
  meetingHeldOn: string | null;
  evidenceItem: string | null;
  criteria: string[];
  participants: string[];
};

export type StandardisationJudgementSummary = {
  exercise: string;
  outcome: UnitOutcome;
  criteriaMet: string[];
  rationale: string;
};

export type StandardisationExerciseClosedSummary = {
  exercise: string;
  agreedOutcome: UnitOutcome;
  agreedCriteria: string[];
  agreedRationale: string;
  judgements: number;
};

export type RiskChangedAfterStandardisationSummary = {
  exercise: string;
  assessor: string;
  before: AssessorRiskLevel | null;
  after: AssessorRiskLevel;
  reason: string;
};
