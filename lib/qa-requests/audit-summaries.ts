// What the audit trail keeps for each quality-assurance request action.

export type QaRequestCreatedSummary = { assessor: string; kind: string; details: string; dueOn: string };
export type QaRequestCompletedSummary = { assessor: string; kind: string; outcome: string };
export type QaRequestCancelledSummary = { assessor: string; kind: string; reason: string };
export type QaRequestAnsweredSummary = { kind: string; response: string };
