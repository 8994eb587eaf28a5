import Papa from "papaparse";
import { csvColumns, csvRowKinds, qualificationFacts, type CsvColumn, type ImportProblem, type QualificationFact } from "./format";
import type { Locator } from "./locate";

// Reads the CSV format (documented on /qualifications/import): one row per assessment criterion
// with the unit's columns repeated, plus rows for the qualification's facts, its groups and its
// rules of combination. Gives the document to check, where each part came from (line numbers),
// and the problems only the CSV can have (a unit described two ways, an unknown row kind).

export type ParsedFile = { document: unknown; locate: Locator; problems: ImportProblem[] };

type Row = { line: number; cells: Partial<Record<CsvColumn, string>> };
type RawUnit = Record<string, unknown> & { learningOutcomes: RawOutcome[] };
type RawOutcome = { ref: string; title: string; criteria: { ref: string; text: string }[] };

const unitColumns = ["unit_number", "unit_title", "unit_level", "unit_credit", "unit_glh", "unit_group"] as const;
const unitField: Record<(typeof unitColumns)[number], string> = {
  unit_number: "unitNumber",
  unit_title: "title",
  unit_level: "level",
  unit_credit: "credit",
  unit_glh: "glh",
  unit_group: "group",
};
const numericUnitColumns = new Set(["unit_number", "unit_level", "unit_credit", "unit_glh"]);

/** A whole number stays a number; anything else stays text so the check can say what is wrong. */
const numberOrText = (value: string) => (/^-?\d+$/.test(value) ? Number(value) : value);

function readRows(content: string): { header: string[]; rows: Row[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const records: { line: number; values: string[] }[] = [];
  let line = 1;
  let offset = 0;
  Papa.parse<string[]>(content.replace(/^\uFEFF/, ""), {
    skipEmptyLines: false,
    delimitersToGuess: [",", ";", "\t"],
    step: (result) => {
      const end = result.meta.cursor;
      // Blank lines before the record belong to it in the cursor's reckoning; skip past them.
      let start = offset;
      while (start < end && (content[start] === "\n" || content[start] === "\r")) {
        if (content[start] === "\n") line++;
        start++;
      }
      const values = result.data.map((cell) => (cell ?? "").trim());
      if (values.some((cell) => cell !== "")) records.push({ line, values });
      for (const error of result.errors.filter((e) => e.code !== "UndetectableDelimiter"))
        problems.push({ where: `Line ${line}`, field: null, message: `The CSV cannot be read here: ${error.message}.` });
      for (let i = start; i < end; i++) if (content[i] === "\n") line++;
      offset = end;
    },
  });
  const [headerRecord, ...rest] = records;
  const header = (headerRecord?.values ?? []).map((name) => name.toLowerCase());
  const rows: Row[] = rest.map(({ line: rowLine, values }) => {
    const cells: Partial<Record<CsvColumn, string>> = {};
    header.forEach((name, i) => {
      if ((csvColumns as readonly string[]).includes(name)) cells[name as CsvColumn] = values[i] ?? "";
    });
    return { line: rowLine, cells };
  });
  return { header, rows, problems };
}

function ruleFromCells(kind: string, value: string): Record<string, unknown> {
  const rule: Record<string, unknown> = { kind };
  for (const part of value.split(";")) {
    const [key, ...restOfPart] = part.split("=");
    const name = key?.trim().toLowerCase();
    const text = restOfPart.join("=").trim();
    if (!name) continue;
    if (name === "units") rule.unitUrns = text.split(/[\s,]+/).filter(Boolean);
    else if (name === "credit" || name === "level") rule[name] = numberOrText(text);
    else rule[name] = text;
  }
  return rule;
}

function factValue(fact: QualificationFact, value: string): unknown {
  switch (fact) {
    case "level":
    case "minimumGuidedLearningHours":
      return value === "" ? undefined : numberOrText(value);
    case "approvedAgeGroups":
      return value.split(/[\s,;]+/).filter(Boolean);
    case "unitEntriesAllowed": {
      const answer = value.toLowerCase();
      return answer === "yes" || answer === "true" ? true : answer === "no" || answer === "false" ? false : value;
    }
    default:
      return value;
  }
}

export function parseQualificationCsv(content: string): ParsedFile {
  const { header, rows, problems } = readRows(content);
  const lines = new Map<string, number>();
  const locate: Locator = (path) => {
    for (let length = path.length; length > 0; length--) {
      const line = lines.get(path.slice(0, length).map(String).join("."));
      if (line !== undefined) return `Line ${line}`;
    }
    return null;
  };
  const missing = csvColumns.filter((column) => !header.includes(column));
  if (header.length === 0 || missing.length > 0) {
    problems.push({
      where: "Line 1",
      field: null,
      message:
        header.length === 0
          ? "The file is empty: the first line must name the columns."
          : `The first line must name the columns ${csvColumns.join(", ")}; missing: ${missing.join(", ")}.`,
    });
    return { document: {}, locate, problems };
  }
  for (const name of header) {
    if (name !== "" && !(csvColumns as readonly string[]).includes(name)) {
      problems.push({ where: "Line 1", field: null, message: `Unknown column "${name}": use only ${csvColumns.join(", ")}.` });
    }
  }

  const document: Record<string, unknown> = {};
  const groups: Record<string, unknown>[] = [];
  const rules: Record<string, unknown>[] = [];
  const units: RawUnit[] = [];
  const unitRows = new Map<string, { index: number; first: Row }>();
  const outcomeRows = new Map<string, { index: number; first: Row }>();

  for (const row of rows) {
    const kind = (row.cells.kind ?? "").toLowerCase();
    const name = row.cells.name ?? "";
    const value = row.cells.value ?? "";
    const where = `Line ${row.line}`;
    if (kind === "qualification") {
      const fact = (Object.keys(qualificationFacts) as QualificationFact[]).find((key) => key.toLowerCase() === name.toLowerCase());
      if (!fact) {
        problems.push({
          where,
          field: null,
          message: `Unknown qualification fact "${name}": use one of ${Object.keys(qualificationFacts).join(", ")}.`,
        });
      } else if (lines.has(fact)) {
        problems.push({ where, field: null, fact, message: `${fact} is given twice (first on line ${lines.get(fact)}).` });
      } else {
        document[fact] = factValue(fact, value);
        lines.set(fact, row.line);
      }
    } else if (kind === "group") {
      lines.set(`groups.${groups.length}`, row.line);
      groups.push({ id: name, name: value });
    } else if (kind === "rule") {
      lines.set(`rules.${rules.length}`, row.line);
      rules.push(ruleFromCells(name, value));
    } else if (kind === "criterion") {
      const urn = row.cells.unit_urn ?? "";
      let unit = unitRows.get(urn);
      if (!unit) {
        const raw: RawUnit = { urn, learningOutcomes: [] };
        for (const column of unitColumns) {
          const cell = row.cells[column] ?? "";
          raw[unitField[column]] = numericUnitColumns.has(column)
            ? cell === "" && column === "unit_number"
              ? undefined
              : numberOrText(cell)
            : cell;
        }
        unit = { index: units.length, first: row };
        unitRows.set(urn, unit);
        lines.set(`units.${unit.index}`, row.line);
        units.push(raw);
      } else {
        for (const column of unitColumns) {
          if ((row.cells[column] ?? "") !== (unit.first.cells[column] ?? "")) {
            problems.push({
              where,
              field: `Unit ${urn}, ${column}`,
              message: `${column} is "${row.cells[column] ?? ""}" here but "${unit.first.cells[column] ?? ""}" on line ${unit.first.line}: repeat the same unit details on every row of the unit.`,
            });
          }
        }
      }
      const raw = units[unit.index]!;
      const outcomeRef = row.cells.outcome_ref ?? "";
      const outcomeKey = `${urn}\u0000${outcomeRef}`;
      let outcome = outcomeRows.get(outcomeKey);
      if (!outcome) {
        outcome = { index: raw.learningOutcomes.length, first: row };
        outcomeRows.set(outcomeKey, outcome);
        lines.set(`units.${unit.index}.learningOutcomes.${outcome.index}`, row.line);
        raw.learningOutcomes.push({ ref: outcomeRef, title: row.cells.outcome_title ?? "", criteria: [] });
      } else if ((row.cells.outcome_title ?? "") !== (outcome.first.cells.outcome_title ?? "")) {
        problems.push({
          where,
          field: `Unit ${urn}, outcome ${outcomeRef}, title`,
          message: `The outcome's title differs from line ${outcome.first.line}: repeat the same outcome title on every row of the outcome.`,
        });
      }
      const criteria = raw.learningOutcomes[outcome.index]!.criteria;
      lines.set(`units.${unit.index}.learningOutcomes.${outcome.index}.criteria.${criteria.length}`, row.line);
      criteria.push({ ref: row.cells.criterion_ref ?? "", text: row.cells.criterion_text ?? "" });
    } else {
      problems.push({ where, field: null, message: `Unknown row kind "${row.cells.kind ?? ""}": use ${csvRowKinds.join(", ")}.` });
    }
  }
  if (groups.length > 0) document.groups = groups;
  if (rules.length > 0) document.rules = rules;
  if (units.length > 0) document.units = units;
  return { document, locate, problems };
}
