import { relationshipLabels } from "@/lib/conflicts/labels";
import { partiesAt, toRuleDeclaration, type StoredDeclaration } from "@/lib/conflicts/rule-declarations";
import { assessorConflicts, iqaSamplingConflicts, type ConflictFinding } from "@/lib/rules/conflicts-of-interest";
import type { IsoDate } from "@/lib/rules/dates";

// What the conflicts rule (ICS A2) says about a candidate's assessor and IQA, in the words a
// centre admin reads: who declared what, and so what they may not do. A declaration about the
// whole centre counts for every candidate there. Pure.

export type { StoredDeclaration };

/** A stored declaration with, when it is about the whole centre, the centre's name. */
export type AllocationDeclaration = StoredDeclaration & { centre?: { name: string } | null };

type Person = { userId: string; name: string };

export type AllocationConflicts = {
  /** Declarations that stop the assessor assessing this candidate. */
  assessor: string[];
  /** Declarations that stop the IQA sampling this candidate's assessment decisions. */
  iqa: string[];
  /** Declarations that are noted but do not stop anyone. */
  notes: string[];
};

function describe(
  finding: ConflictFinding,
  person: Person,
  candidateName: string,
  declarations: readonly AllocationDeclaration[],
  stopped: string,
): string {
  const declaration = declarations.find((row) => row.id === finding.declarationId);
  const relationship = declaration ? relationshipLabels[declaration.relationship].toLowerCase() : "a relationship";
  const declaredOn = declaration ? declaration.declaredOn.toISOString().slice(0, 10) : "";
  const whom =
    declaration?.subject === "CENTRE"
      ? `the centre${declaration.centre ? ` ${declaration.centre.name}` : ""}, where ${candidateName} is registered`
      : candidateName;
  return finding.severity === "problem"
    ? `${person.name} declared on ${declaredOn} a conflict of interest with ${whom} (${relationship}; ${finding.source}), so they may not ${stopped}.`
    : `${person.name} declared on ${declaredOn} ${relationship} with ${whom} (${finding.source}). This does not stop them, but someone with no recent involvement is preferred.`;
}

export function allocationConflicts(
  candidate: { id: string; name: string; centreId: string },
  allocation: { assessor: Person | null; iqa: Person | null },
  declarations: readonly AllocationDeclaration[],
  onDate: IsoDate,
): AllocationConflicts {
  const parties = partiesAt(candidate.id, candidate.centreId, onDate);
  const ruleDeclarations = declarations.map(toRuleDeclaration);
  const result: AllocationConflicts = { assessor: [], iqa: [], notes: [] };
  if (allocation.assessor) {
    for (const finding of assessorConflicts(allocation.assessor.userId, parties, ruleDeclarations)) {
      const text = describe(finding, allocation.assessor, candidate.name, declarations, "assess them");
      (finding.severity === "problem" ? result.assessor : result.notes).push(text);
    }
  }
  if (allocation.iqa) {
    const findings = iqaSamplingConflicts(allocation.iqa.userId, allocation.assessor?.userId ?? "", parties, ruleDeclarations);
    for (const finding of findings) {
      const text = describe(finding, allocation.iqa, candidate.name, declarations, "sample assessment decisions for them");
      (finding.severity === "problem" ? result.iqa : result.notes).push(text);
    }
  }
  return result;
}
