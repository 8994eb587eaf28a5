import { isoDay } from "@/lib/format/dates";
import type { WitnessStatementContents } from "./rule-input";

/** A stored WitnessStatement row in the shape the rule input reads. */
export function contentsOfRow(row: {
  form: "WRITTEN" | "RECORDED_BY_ASSESSOR";
  witnessJobTitle: string | null;
  witnessContactDetails: string | null;
  relationshipToCandidate: string | null;
  activityDate: Date | null;
  activityTime: string | null;
  venue: string | null;
  description: string | null;
  writtenOn: Date | null;
  signedOrConfirmedByWitness: boolean;
  witnessIsRelative: boolean;
  writtenByCandidate: boolean;
  expertInOccupationSince: Date | null;
}): WitnessStatementContents {
  return {
    form: row.form,
    witnessJobTitle: row.witnessJobTitle ?? "",
    witnessContactDetails: row.witnessContactDetails ?? "",
    relationshipToCandidate: row.relationshipToCandidate ?? "",
    activityDate: isoDay(row.activityDate),
    activityTime: row.activityTime ?? "",
    venue: row.venue ?? "",
    description: row.description ?? "",
    writtenOn: isoDay(row.writtenOn),
    signedOrConfirmedByWitness: row.signedOrConfirmedByWitness,
    witnessIsRelative: row.witnessIsRelative,
    writtenByCandidate: row.writtenByCandidate,
    isExpertWitness: row.expertInOccupationSince !== null,
    expertInOccupationSince: isoDay(row.expertInOccupationSince),
  };
}
