import { describe, expect, it } from "vitest";
import { exampleQualification, exampleQualificationCsv, exampleQualificationJson } from "./examples";
import { readQualificationFile } from "./read-qualification-file";
import { qualificationToCsv } from "./write-csv";

const today = "2026-11-23";
const withDocument = (change: (document: Record<string, unknown>) => void) => {
  const document = JSON.parse(exampleQualificationJson) as Record<string, unknown>;
  change(document);
  return JSON.stringify(document);
};
const csvLines = exampleQualificationCsv.trimEnd().split("\n");

describe("reading a qualification file", () => {
  it("reads the example in both formats to the same qualification", () => {
    const json = readQualificationFile("json", exampleQualificationJson, today);
    const csv = readQualificationFile("csv", exampleQualificationCsv, today);
    expect(json.problems).toEqual([]);
    expect(csv.problems).toEqual([]);
    expect(json.qualification).toEqual(exampleQualification);
    // The CSV has no group descriptions.
    expect(csv.qualification).toEqual({
      ...exampleQualification,
      groups: exampleQualification.groups.map(({ id, name }) => ({ id, name })),
    });
  });

  it("places CSV problems on their line and field: a bad credit, a criterion numbered twice, a unit described two ways", () => {
    const creditLine = csvLines.findIndex((line) => line.startsWith("criterion,,,K/617/4502"));
    const criterionLine = csvLines.findIndex((line) => line.includes(",1.2,Explain why customers"));
    const twoWays = [...csvLines];
    twoWays[creditLine + 1] = twoWays[creditLine + 1]!.replace(",2,4,30,A,", ",2,5,30,A,");
    const twoWaysRead = readQualificationFile("csv", twoWays.join("\n"), today);
    expect(twoWaysRead.qualification).toBeNull();
    expect(twoWaysRead.preview?.units[1]?.credit).toBe(4);
    expect(twoWaysRead).toMatchObject({
      problems: [
        {
          where: `Line ${creditLine + 2}`,
          field: "Unit K/617/4502, unit_credit",
          message: `unit_credit is "5" here but "4" on line ${creditLine + 1}: repeat the same unit details on every row of the unit.`,
        },
      ],
    });
    const onlyCredit = [...csvLines];
    onlyCredit[creditLine] = onlyCredit[creditLine]!.replace(",2,4,30,A,", ",2,four,30,A,");
    for (let i = creditLine + 1; i < onlyCredit.length; i++) {
      if (onlyCredit[i]!.startsWith("criterion,,,K/617/4502")) onlyCredit[i] = onlyCredit[i]!.replace(",2,4,30,A,", ",2,four,30,A,");
    }
    expect(readQualificationFile("csv", onlyCredit.join("\n"), today).problems).toEqual([
      { where: `Line ${creditLine + 1}`, field: "Unit K/617/4502, credit", message: "Give the unit's credit as a whole number." },
    ]);
    const twice = [...csvLines];
    twice[criterionLine] = twice[criterionLine]!.replace(",1.2,Explain", ",1.1,Explain");
    expect(readQualificationFile("csv", twice.join("\n"), today).problems).toEqual([
      {
        where: `Line ${criterionLine + 1}`,
        field: "Unit H/617/4501, outcome 1, criterion 1.1, number",
        message: "Criterion 1.1 is listed twice: each criterion has its own number.",
      },
    ]);
  });

  it("reports each kind of problem in a JSON file with its path", () => {
    const bad = withDocument((document) => {
      document.qualificationNumber = "60134331";
      document.level = 9;
      document.approvedAgeGroups = ["adults"];
      document.unitEntriesAllowed = "sometimes";
      document.certificationEndDate = "2030-02-30";
      const units = document.units as Record<string, unknown>[];
      units[1]!.glh = -1;
    });
    const problems = readQualificationFile("json", bad, today).problems;
    expect(problems.map((p) => [p.where, p.field])).toEqual([
      ["qualificationNumber", "Qualification number"],
      ["level", "Level"],
      ["approvedAgeGroups[0]", "Approved age groups"],
      ["unitEntriesAllowed", "Unit entries allowed"],
      ["certificationEndDate", "Certification end date"],
      ["units[1].glh", "Unit K/617/4502, guided learning hours"],
    ]);
    expect(problems.find((p) => p.fact === "qualificationNumber")?.message).toContain("like 603/1234/5");
  });

  it("refuses repeated unit reference numbers, rules naming missing groups or units, and a rule nobody can achieve", () => {
    const repeated = withDocument((document) => {
      const units = document.units as Record<string, unknown>[];
      units[2]!.urn = "H/617/4501";
    });
    expect(readQualificationFile("json", repeated, today).problems).toEqual([
      expect.objectContaining({
        where: "units[2].urn",
        message: "Unit H/617/4501 is listed twice (also unit 1 in the file): each unit reference number once.",
      }),
    ]);
    const missing = withDocument((document) => {
      document.rules = [
        { kind: "allOfGroup", group: "C" },
        { kind: "barredCombination", unitUrns: ["M/617/4505", "Z/999/9999"] },
      ];
    });
    expect(readQualificationFile("json", missing, today).problems.map((p) => [p.where, p.message])).toEqual([
      ["rules[0]", "The rule names group C, which is not one of the groups listed."],
      ["rules[1]", "The rule names Z/999/9999, which is not a unit of this qualification."],
    ]);
    const impossible = withDocument((document) => {
      document.rules = [{ kind: "minimumTotalCredit", credit: 40 }];
    });
    const [problem] = readQualificationFile("json", impossible, today).problems;
    expect(problem).toMatchObject({ where: "rules", field: "Rules of combination" });
    expect(problem?.message).toContain("No candidate could achieve this qualification");
    const passed = withDocument((document) => {
      document.certificationEndDate = "2020-01-31";
    });
    expect(readQualificationFile("json", passed, today).problems[0]?.message).toContain("has already passed");
  });

  it("keeps commas, quotes and line breaks in wording through the CSV", () => {
    const wording = 'Explain "fair trading", refunds and\nexchanges';
    const document = structuredClone(exampleQualification);
    document.units[0]!.learningOutcomes[0]!.criteria[0]!.text = wording;
    const read = readQualificationFile("csv", qualificationToCsv(document), today);
    expect(read.problems).toEqual([]);
    expect(read.qualification?.units[0]?.learningOutcomes[0]?.criteria[0]?.text).toBe(wording);
  });

  it("counts lines as a spreadsheet shows them: quoted cells over two lines, blank lines, Windows line ends", () => {
    const header = exampleQualificationCsv.split("\n")[0];
    const csv = `${header}\r\nqualification,title,"Two\r\nlines"\r\n\r\nqualification,level,x\r\n`;
    const problems = readQualificationFile("csv", csv, today).problems;
    expect(problems.find((p) => p.fact === "level")).toEqual({
      where: "Line 5",
      field: "Level",
      fact: "level",
      message: "Give the level as a whole number.",
    });
  });

  it("says what is wrong with a file that is not JSON or has no CSV header", () => {
    expect(readQualificationFile("json", "{ not json", today).problems[0]?.message).toContain("not valid JSON");
    expect(readQualificationFile("csv", "a,b\n1,2\n", today).problems[0]?.message).toContain("missing: kind");
    expect(readQualificationFile("csv", exampleQualificationCsv.replace("\ncriterion,", "\nunit,"), today).problems[0]?.message).toBe(
      'Unknown row kind "unit": use qualification, group, rule, criterion.',
    );
  });
});
