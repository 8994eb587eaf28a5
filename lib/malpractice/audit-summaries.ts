// Audit summaries name the case by its number-free description: who (kind and name) and when it came to light.

export type MalpracticeCaseRecordedSummary = {
  subject: "STAFF" | "CANDIDATE";
  person: string;
  cameToLightOn: string;
  suspicion: string;
};

export type MalpracticeNoteAddedSummary = { person: string; writtenOn: string; note: string };

export type MalpracticeReportedSummary = { person: string; reportedToAwardingBodyOn: string; reportNote: string };

export type MalpracticeCaseClosedSummary = { person: string; closedOn: string; reportedToAwardingBodyOn: string; outcome: string };
