import { assessmentMethodLabels } from "@/lib/activities/labels";
import type { AssessorRisk, CoverageDimension, SampleReason } from "@/lib/rules/sampling";

// The sampling rule's reasons and coverage values in words, with people's names rather than ids
// (the plan page, the plan's items and the audit trail). Pure: the caller passes the names.

/** How the rule's risk reads in a reason: "Daniel Hughes: 2 of 4 decisions at 100% (not yet qualified)". */
export const ruleRiskWords: Record<AssessorRisk, string> = {
  new: "new assessor",
  unqualified: "not yet qualified",
  high: "under action",
  medium: "medium risk",
  low: "experienced, low risk",
};

export const dimensionWords: Record<CoverageDimension, { one: string; title: string }> = {
  candidates: { one: "candidate", title: "Candidates" },
  assessors: { one: "assessor", title: "Assessors" },
  methods: { one: "method", title: "Assessment methods" },
  evidence: { one: "kind of evidence", title: "Kinds of evidence" },
  records: { one: "record", title: "Records" },
  sites: { one: "site", title: "Assessment sites" },
  units: { one: "unit", title: "Units" },
  stages: { one: "stage", title: "Stages" },
};

export const stageWords: Record<string, string> = { interim: "Interim", summative: "Summative" };

/** Names for the ids and codes that appear as coverage values. */
export type CoverageNames = {
  candidates: ReadonlyMap<string, string>;
  assessors: ReadonlyMap<string, string>;
  /** Unit URN → "URN Title". */
  units: ReadonlyMap<string, string>;
};

export function coverageValueName(dimension: CoverageDimension, value: string, names: CoverageNames): string {
  switch (dimension) {
    case "candidates":
      return names.candidates.get(value) ?? value;
    case "assessors":
      return names.assessors.get(value) ?? value;
    case "units":
      return names.units.get(value) ?? value;
    case "methods":
    case "evidence":
      return assessmentMethodLabels[value as keyof typeof assessmentMethodLabels] ?? value;
    case "stages":
      return stageWords[value] ?? value;
    case "records":
    case "sites":
      return value;
  }
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function reasonInWords(
  reason: SampleReason | undefined,
  decision: { assessorId: string; assessorName: string },
  names: CoverageNames,
): string {
  if (!reason) return "Chosen by the sampling rule.";
  switch (reason.kind) {
    case "rate":
      return `${decision.assessorName}: ${reason.quota} of ${reason.assessorDecisions} decisions at ${percent(reason.rate)} (${ruleRiskWords[reason.risk]})`;
    case "coverage":
      if (reason.dimension === "stages")
        return `Covers ${decision.assessorName}'s ${(stageWords[reason.value] ?? reason.value).toLowerCase()} decisions`;
      return `Covers the ${dimensionWords[reason.dimension].one} ${coverageValueName(reason.dimension, reason.value, names)}`;
    case "interim-share":
      return `Keeps the interim share at ${percent(reason.share)}`;
  }
}

/**
 * A coverage gap's message (lib/rules/sampling-coverage.ts) with the ids and codes in it turned
 * into names: candidates, assessors, units, methods.
 */
export function gapInWords(message: string, names: CoverageNames): string {
  let text = message.replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    (id) => names.assessors.get(id) ?? names.candidates.get(id) ?? id,
  );
  for (const [urn, name] of names.units) text = text.split(urn).join(name);
  text = text.replace(
    /\b[A-Z]+(?:_[A-Z]+)+\b|\b(?:OBSERVATION|QUESTIONING|ASSIGNMENT)\b/g,
    (code) => assessmentMethodLabels[code as keyof typeof assessmentMethodLabels] ?? code,
  );
  return text;
}
