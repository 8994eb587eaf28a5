import type { AssessmentMethodName } from "./labels";

type PlanFacts = { title: string; methods: AssessmentMethodName[]; units: string[]; plannedOn: string; reviewOn: string };

export type PlanCreatedSummary = { candidate: string; recordVersion: number; after: PlanFacts };
export type PlanUpdatedSummary = {
  candidate: string;
  /** The record version the change wrote (the same as before when nothing the candidate sees changed). */
  recordVersion: number;
  newVersion: boolean;
  before: PlanFacts & { status: string };
  after: PlanFacts & { status: string };
};
export type PlanConfirmedSummary = { candidate: string; title: string; recordVersion: number; contentSha256: string };
