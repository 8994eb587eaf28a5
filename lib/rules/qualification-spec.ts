// A qualification's units and rule of combination as data, so that another qualification can be
// added by writing a spec, not code. The rule-of-combination functions read only this shape.

/** One unit of a qualification, as listed in the awarding body's handbook. */
export interface QualificationUnit {
  /** Unit reference number, e.g. "L/506/2150". Unique within a qualification. */
  readonly urn: string;
  readonly title: string;
  /** Credit value: a whole number, 0 or more. */
  readonly credit: number;
  readonly level: number;
  /** Guided learning hours. */
  readonly glh: number;
  /** Rule-of-combination group, e.g. "A". */
  readonly group: string;
  /** The awarding body's own unit number within the qualification, when it has one (OCR does). */
  readonly unitNumber?: number;
}

/**
 * One rule of a rule of combination. Credit rules count the credit of the units *counted*
 * towards the qualification, which may be fewer than the units achieved.
 */
export type CombinationRule =
  /** Every unit of the group must be achieved and counted (a mandatory group). */
  | { readonly kind: "allOfGroup"; readonly group: string }
  | { readonly kind: "minimumTotalCredit"; readonly credit: number }
  | { readonly kind: "minimumCreditFromGroup"; readonly group: string; readonly credit: number }
  /** At most this much credit from the group counts; achieving more never blocks the award. */
  | { readonly kind: "maximumCreditFromGroup"; readonly group: string; readonly credit: number }
  | { readonly kind: "minimumCreditAtOrAboveLevel"; readonly level: number; readonly credit: number }
  /** At most one of these units may be counted (barred combination). */
  | { readonly kind: "barredCombination"; readonly unitUrns: readonly string[] };

export interface QualificationGroup {
  readonly id: string;
  /** How the group is named to candidates, e.g. "Group B". */
  readonly name: string;
  /** Short description from the handbook, e.g. "Mandatory units". */
  readonly description?: string;
}

/** What the rule-of-combination functions need: the units and the rules. */
export interface QualificationSpec {
  readonly units: readonly QualificationUnit[];
  readonly rules: readonly CombinationRule[];
  /** Display names of groups; a group without one is called "Group <id>". */
  readonly groups?: readonly QualificationGroup[];
}

/** The age groups Ofqual approves a qualification for (handbook 11.1). */
export type AgeGroup = "pre16" | "16-18" | "18+" | "19+";

/** A regulated qualification: its rule of combination plus the catalogue facts about it. */
export interface RegulatedQualificationSpec extends QualificationSpec {
  readonly awardingBody: string;
  readonly title: string;
  /** Ofqual qualification number, e.g. "601/3433/1". */
  readonly qualificationNumber: string;
  /** The awarding body's entry code, e.g. "10380". */
  readonly entryCode: string;
  readonly level: number;
  readonly minimumGuidedLearningHours: number;
  readonly approvedAgeGroups: Readonly<Record<AgeGroup, boolean>>;
  /** Whether candidates may be entered unit by unit as well as for the full award. */
  readonly unitEntriesAllowed: boolean;
  readonly assessmentModel: string;
  /** Where the data comes from, e.g. "OCR Centre Handbook, sections 2.2 and 11.1". */
  readonly source: string;
}

export function groupName(spec: QualificationSpec, group: string): string {
  return spec.groups?.find((candidate) => candidate.id === group)?.name ?? `Group ${group}`;
}
