import { isIsoDate } from "@/lib/rules/dates";
import type { WitnessStatement } from "@/lib/rules/witness-statements";
import type { WitnessStatementFormName } from "./schemas";

// The witness-statement rule (lib/rules/witness-statements.ts) reads one shape; the form (as the
// assessor types) and the stored row (when the evidence is judged) both become it here, so the
// browser and the server check exactly the same thing. Pure: no database, no clock.

/** What the rule needs from a statement, with dates as "YYYY-MM-DD" and "" for nothing given. */
export type WitnessStatementContents = {
  form: WitnessStatementFormName;
  witnessJobTitle: string;
  witnessContactDetails: string;
  relationshipToCandidate: string;
  activityDate: string;
  activityTime: string;
  venue: string;
  description: string;
  writtenOn: string;
  signedOrConfirmedByWitness: boolean;
  witnessIsRelative: boolean;
  writtenByCandidate: boolean;
  isExpertWitness: boolean;
  expertInOccupationSince: string;
};

const given = (value: string | null | undefined) => (value === null || value === undefined || value.trim() === "" ? null : value.trim());
const givenDate = (value: string | null | undefined) => {
  const text = given(value);
  return text !== null && isIsoDate(text) ? text : null;
};

/** The statement as the rule reads it. The candidate's name is the record's own (it is always known). */
export function ruleStatementOf(contents: WitnessStatementContents, candidateName: string | null): WitnessStatement {
  const since = givenDate(contents.expertInOccupationSince);
  return {
    form: contents.form === "WRITTEN" ? "written" : "recordedByAssessor",
    candidateName: given(candidateName),
    activityDate: givenDate(contents.activityDate),
    activityTime: given(contents.activityTime),
    venue: given(contents.venue),
    description: given(contents.description),
    writtenOn: givenDate(contents.writtenOn),
    relationshipToCandidate: given(contents.relationshipToCandidate),
    signedOrConfirmedByWitness: contents.signedOrConfirmedByWitness,
    witnessJobTitle: given(contents.witnessJobTitle),
    witnessContactDetails: given(contents.witnessContactDetails),
    witnessIsRelative: contents.witnessIsRelative,
    writtenByCandidate: contents.writtenByCandidate,
    expertWitness: contents.isExpertWitness && since !== null ? { inOccupationSince: since } : null,
  };
}
