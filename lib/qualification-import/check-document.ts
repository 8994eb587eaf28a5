// First: sets zod's no-eval mode before any schema below is built (the page's Content-Security-Policy forbids eval).
import "@/lib/validation/text-fields";
import { ruleOfCombinationSchema } from "@/lib/qualifications/rule-of-combination-data";
import { evaluateRuleOfCombination } from "@/lib/rules/rule-of-combination";
import type { QualificationSpec } from "@/lib/rules/qualification-spec";
import { numberingProblems } from "@/lib/unit-criteria/numbering";
import type { ImportProblem } from "./format";
import { problemAt, type Locator } from "./locate";
import { qualificationDocumentSchema, type QualificationDocument } from "./schemas";

// Every check an imported qualification must pass before anything is written: the shape and
// ranges (schemas.ts), then what needs the whole document: unique unit reference numbers, outcome
// and criterion numbers unique within each unit, rules naming only groups and units that exist,
// and a rule of combination that can be achieved at all (choosing every unit satisfies it).

/** `document` is set when the file has the right shape, even if a check across it failed (for the preview). */
export type CheckedDocument = { document: QualificationDocument | null; problems: ImportProblem[] };

type Path = readonly PropertyKey[];

export function qualificationSpecOf(document: QualificationDocument): QualificationSpec {
  return {
    units: document.units.map(({ urn, title, credit, level, glh, group, unitNumber }) => ({
      urn,
      title,
      credit,
      level,
      glh,
      group,
      unitNumber,
    })),
    rules: document.rules,
    groups: document.groups,
  };
}

/** `today` is "YYYY-MM-DD": a certification end date before it has already passed. */
export function checkQualificationDocument(raw: unknown, locate: Locator, today: string): CheckedDocument {
  const parsed = qualificationDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const seen = new Set<string>();
    const problems: ImportProblem[] = [];
    for (const issue of parsed.error.issues) {
      const problem = problemAt(raw, locate, issue.path, messageOf(raw, issue.path, issue.message));
      const key = `${problem.where}|${problem.field}|${problem.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(problem);
    }
    return { document: null, problems };
  }
  const document = parsed.data;
  const problems: ImportProblem[] = [];
  const add = (path: Path, message: string) => problems.push(problemAt(document, locate, path, message));

  if (document.certificationEndDate && document.certificationEndDate < today) {
    add(
      ["certificationEndDate"],
      `The certification end date ${document.certificationEndDate} has already passed: certificates can no longer be claimed.`,
    );
  }

  const urns = new Map<string, number>();
  const unitNumbers = new Map<number, number>();
  document.units.forEach((unit, u) => {
    const first = urns.get(unit.urn);
    if (first !== undefined)
      add(["units", u, "urn"], `Unit ${unit.urn} is listed twice (also unit ${first + 1} in the file): each unit reference number once.`);
    else urns.set(unit.urn, u);
    if (unit.unitNumber !== undefined) {
      const other = unitNumbers.get(unit.unitNumber);
      if (other !== undefined)
        add(["units", u, "unitNumber"], `Unit number ${unit.unitNumber} is also used by unit ${document.units[other]!.urn}.`);
      else unitNumbers.set(unit.unitNumber, u);
    }
    for (const problem of numberingProblems(unit.learningOutcomes)) {
      const [, o, ...rest] = problem.path;
      add(["units", u, "learningOutcomes", o as number, ...rest], problem.message);
    }
  });

  const groupIds = new Set<string>();
  document.groups.forEach((group, g) => {
    if (groupIds.has(group.id)) add(["groups", g, "id"], `Group ${group.id} is listed twice.`);
    groupIds.add(group.id);
    if (!document.units.some((unit) => unit.group === group.id)) add(["groups", g, "id"], `Group ${group.id} has no units.`);
  });
  document.units.forEach((unit, u) => {
    if (!groupIds.has(unit.group))
      add(["units", u, "group"], `Group ${unit.group} is not one of the groups listed (${[...groupIds].join(", ")}).`);
  });
  document.rules.forEach((rule, r) => {
    if ("group" in rule && !groupIds.has(rule.group))
      add(["rules", r], `The rule names group ${rule.group}, which is not one of the groups listed.`);
    if (rule.kind === "barredCombination") {
      const unknown = rule.unitUrns.filter((urn) => !urns.has(urn));
      if (unknown.length > 0)
        add(
          ["rules", r],
          `The rule names ${unknown.join(", ")}, which ${unknown.length === 1 ? "is not a unit" : "are not units"} of this qualification.`,
        );
    }
  });
  const stored = ruleOfCombinationSchema.safeParse({ groups: document.groups, rules: document.rules });
  if (!stored.success) add(["rules"], "The rule of combination cannot be stored as given: check each rule's kind and values.");

  if (problems.length === 0) {
    const everything = evaluateRuleOfCombination(
      qualificationSpecOf(document),
      document.units.map((unit) => unit.urn),
    );
    if (!everything.achieved) {
      add(
        ["rules"],
        `No candidate could achieve this qualification: even with every unit, ${everything.shortfalls.map((s) => s.message.replace(/^You /, "a candidate would ")).join(" ")}`,
      );
    }
  }
  return { document, problems };
}

const ruleKinds = [
  "allOfGroup",
  "minimumTotalCredit",
  "minimumCreditFromGroup",
  "maximumCreditFromGroup",
  "minimumCreditAtOrAboveLevel",
  "barredCombination",
];

/** zod's words for a malformed rule are generic; say what a rule needs instead. */
function messageOf(raw: unknown, path: Path, message: string): string {
  if (path[0] !== "rules" || typeof path[1] !== "number") return message;
  const rule = (raw as { rules?: unknown[] }).rules?.[path[1]] as { kind?: unknown } | undefined;
  if (!ruleKinds.includes(String(rule?.kind)))
    return `Unknown rule kind "${String(rule?.kind ?? "")}": use one of ${ruleKinds.join(", ")}.`;
  const part = path[2] === undefined ? "" : `${String(path[2])}: `;
  return `A ${String(rule?.kind)} rule is not complete (${part}${message}).`;
}
