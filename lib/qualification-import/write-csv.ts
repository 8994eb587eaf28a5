import Papa from "papaparse";
import { csvColumns, qualificationFacts, type CsvColumn, type QualificationFact } from "./format";
import type { QualificationDocument } from "./schemas";

// A qualification written in the CSV format that parse-csv.ts reads: the example download, and
// a way to turn a JSON file into the CSV layout.

type Line = Partial<Record<CsvColumn, string | number>>;

function ruleValue(rule: QualificationDocument["rules"][number]): string {
  switch (rule.kind) {
    case "allOfGroup":
      return `group=${rule.group}`;
    case "minimumTotalCredit":
      return `credit=${rule.credit}`;
    case "minimumCreditFromGroup":
    case "maximumCreditFromGroup":
      return `group=${rule.group}; credit=${rule.credit}`;
    case "minimumCreditAtOrAboveLevel":
      return `level=${rule.level}; credit=${rule.credit}`;
    case "barredCombination":
      return `units=${rule.unitUrns.join(" ")}`;
  }
}

function factValue(qualification: QualificationDocument, fact: QualificationFact): string {
  const value = qualification[fact];
  if (value === undefined) return "";
  if (Array.isArray(value)) return value.join(" ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

export function qualificationToCsv(qualification: QualificationDocument): string {
  const lines: Line[] = [];
  for (const fact of Object.keys(qualificationFacts) as QualificationFact[]) {
    if (qualification[fact] !== undefined) lines.push({ kind: "qualification", name: fact, value: factValue(qualification, fact) });
  }
  for (const group of qualification.groups) lines.push({ kind: "group", name: group.id, value: group.name });
  for (const rule of qualification.rules) lines.push({ kind: "rule", name: rule.kind, value: ruleValue(rule) });
  for (const unit of qualification.units) {
    for (const outcome of unit.learningOutcomes) {
      for (const criterion of outcome.criteria) {
        lines.push({
          kind: "criterion",
          unit_urn: unit.urn,
          unit_number: unit.unitNumber ?? "",
          unit_title: unit.title,
          unit_level: unit.level,
          unit_credit: unit.credit,
          unit_glh: unit.glh,
          unit_group: unit.group,
          outcome_ref: outcome.ref,
          outcome_title: outcome.title,
          criterion_ref: criterion.ref,
          criterion_text: criterion.text,
        });
      }
    }
  }
  return `${Papa.unparse({ fields: [...csvColumns], data: lines.map((line) => csvColumns.map((column) => line[column] ?? "")) }, { newline: "\n" })}\n`;
}
