// How a unit's learning outcomes and assessment criteria are numbered (as in the awarding body's
// unit specifications): outcomes 1, 2, 3…; each criterion "<outcome>.<n>", e.g. 2.3 under
// outcome 2. Pure: shared by the form, the schema and the action.

export const outcomeRefPattern = /^[1-9]\d?$/;
export const criterionRefPattern = /^[1-9]\d?\.[1-9]\d?$/;

export type TypedOutcome = { ref: string; title: string; criteria: { ref: string; text: string }[] };

export type NumberingProblem = { path: (string | number)[]; message: string };

/** Every numbering problem, each with the path of the field it belongs to. */
export function numberingProblems(outcomes: readonly TypedOutcome[]): NumberingProblem[] {
  const problems: NumberingProblem[] = [];
  const outcomeRefs = new Set<string>();
  const criterionRefs = new Set<string>();
  outcomes.forEach((outcome, o) => {
    const ref = outcome.ref.trim();
    if (!outcomeRefPattern.test(ref)) {
      problems.push({ path: ["outcomes", o, "ref"], message: "Number the outcome with a whole number, like 2." });
    } else if (outcomeRefs.has(ref)) {
      problems.push({ path: ["outcomes", o, "ref"], message: `Outcome ${ref} is listed twice: each outcome has its own number.` });
    }
    outcomeRefs.add(ref);
    outcome.criteria.forEach((criterion, c) => {
      const cref = criterion.ref.trim();
      const path = ["outcomes", o, "criteria", c, "ref"];
      if (!criterionRefPattern.test(cref)) {
        problems.push({
          path,
          message: `Number the criterion like ${outcomeRefPattern.test(ref) ? ref : "2"}.1: the outcome's number, a dot, then its own.`,
        });
      } else if (outcomeRefPattern.test(ref) && !cref.startsWith(`${ref}.`)) {
        problems.push({ path, message: `A criterion of outcome ${ref} is numbered ${ref}.something, not ${cref}.` });
      } else if (criterionRefs.has(cref)) {
        problems.push({ path, message: `Criterion ${cref} is listed twice: each criterion has its own number.` });
      }
      criterionRefs.add(cref);
    });
  });
  return problems;
}
