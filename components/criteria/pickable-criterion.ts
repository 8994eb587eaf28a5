/** A criterion as the criteria picker shows it: its unit, number and words. */
export type PickableCriterion = {
  id: string;
  unitId: string;
  /** e.g. "Unit 7 (R/506/2151) Resolve customers' complaints" */
  unitLabel: string;
  ref: string;
  text: string;
};

/** Whether a criterion matches what was typed: its number ("2.3", "2."), or every word in its words or its unit's. */
export function criterionMatches(criterion: PickableCriterion, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const haystack = `${criterion.ref} ${criterion.text} ${criterion.unitLabel}`.toLowerCase();
  return terms.every((term) => (/^\d/.test(term) ? criterion.ref.startsWith(term) || haystack.includes(term) : haystack.includes(term)));
}
