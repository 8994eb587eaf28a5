import { evidenceMethodOf, type AssessmentMethodCode } from "./labels";

// The candidate's declaration for a unit (RD10, handbook 5.7): "the work is my own", signed on the
// unit's evidence list exactly as it stands. The list is built here and only here (the pages, the
// actions and the demo data all call this), so the same evidence always hashes the same; a change
// to the list (new evidence, a changed title or cross-reference, a rejection) makes a new content
// that the candidate must sign again.

export const DECLARATION_STATEMENT = "The work listed here is my own.";

export type DeclarationEvidence = {
  id: string;
  reference: string;
  title: string;
  method: AssessmentMethodCode;
  status: "AWAITING_JUDGEMENT" | "ACCEPTED" | "REJECTED";
  /** References of this unit's criteria the item is cross-referenced to. */
  criteriaRefs: readonly string[];
};

export type UnitDeclarationContent = {
  statement: string;
  candidateId: string;
  unit: { id: string; urn: string; title: string };
  evidence: { id: string; reference: string; title: string; method: string; criteria: string[] }[];
};

/** What the candidate signs for a unit: every evidence item for it that is not rejected. */
export function unitDeclarationContent(input: {
  candidateId: string;
  unit: { id: string; urn: string; title: string };
  evidence: readonly DeclarationEvidence[];
}): UnitDeclarationContent {
  const refOrder = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });
  return {
    statement: DECLARATION_STATEMENT,
    candidateId: input.candidateId,
    unit: { id: input.unit.id, urn: input.unit.urn, title: input.unit.title },
    evidence: input.evidence
      .filter((item) => item.status !== "REJECTED" && item.criteriaRefs.length > 0)
      .map((item) => ({
        id: item.id,
        reference: item.reference,
        title: item.title,
        method: evidenceMethodOf[item.method],
        criteria: [...new Set(item.criteriaRefs)].sort(refOrder),
      }))
      .sort((a, b) => refOrder(a.reference, b.reference) || (a.id < b.id ? -1 : 1)),
  };
}

/** The record id a unit's declaration is kept under (RecordVersion, Signature). */
export function declarationRecordId(candidateId: string, unitId: string): string {
  return `${candidateId}:${unitId}`;
}
