import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { csvRuleSyntax, qualificationFacts } from "@/lib/qualification-import/format";
import { exampleFileNames } from "@/lib/qualification-import/labels";

// The two file layouts, described for the person preparing the file, with the example to download.

const csvColumnHelp: [string, string][] = [
  ["kind", "What the row is: qualification, group, rule or criterion"],
  ["name", "qualification row: the fact's name; group row: the group's letter; rule row: the kind of rule"],
  ["value", "qualification row: the fact; group row: the group's name; rule row: the rule's values"],
  ["unit_urn", "criterion row: the unit reference number, e.g. L/506/2150"],
  ["unit_number", "criterion row: the unit's number in the qualification (optional)"],
  ["unit_title, unit_level, unit_credit, unit_glh, unit_group", "criterion row: the unit's details, the same on every row of the unit"],
  ["outcome_ref, outcome_title", "criterion row: the learning outcome's number (1, 2…) and title"],
  ["criterion_ref, criterion_text", "criterion row: the assessment criterion's number (1.1, 1.2…) and wording"],
];

const jsonShape = `{
  "qualificationNumber": "603/7401/2",
  "title": "Level 2 Certificate in Retail Skills",
  "entryCode": "05870",
  "level": 2,
  "minimumGuidedLearningHours": 120,
  "approvedAgeGroups": ["16-18", "18+", "19+"],
  "unitEntriesAllowed": true,
  "certificationEndDate": "2030-08-31",
  "groups": [{ "id": "A", "name": "Group A", "description": "Mandatory units" }],
  "rules": [{ "kind": "allOfGroup", "group": "A" }, { "kind": "minimumTotalCredit", "credit": 17 }],
  "units": [{
    "urn": "H/617/4501", "unitNumber": 1, "title": "Serve customers", "level": 2,
    "credit": 4, "glh": 30, "group": "A",
    "learningOutcomes": [{ "ref": "1", "title": "Understand customers' needs",
      "criteria": [{ "ref": "1.1", "text": "Describe how to find out what a customer wants" }] }]
  }]
}`;

export function FormatHelp() {
  const base = "/qualifications/import/examples";
  return (
    <Card title="How to lay out the file">
      <div className="flex flex-col gap-4">
        <p>
          Download an example and change it:{" "}
          <a
            href={`${base}/${exampleFileNames.csv}`}
            download
            className="text-brand-800 underline underline-offset-2"
            data-testid="example-csv"
          >
            example CSV file
          </a>{" "}
          or{" "}
          <a
            href={`${base}/${exampleFileNames.json}`}
            download
            className="text-brand-800 underline underline-offset-2"
            data-testid="example-json"
          >
            example JSON file
          </a>
          . Both hold the same qualification.
        </p>
        <p>
          Every unit needs its learning outcomes and assessment criteria. Outcomes are numbered 1, 2, 3… and each criterion with its
          outcome&apos;s number, a dot and its own (2.1, 2.2…). Unit reference numbers must be unique, and every rule must name groups and
          units in the file. The rule of combination must be achievable: taking every unit must satisfy it.
        </p>

        <h3 className="text-base font-semibold">Qualification facts</h3>
        <Table caption="Qualification facts">
          <THead>
            <TR>
              <TH>Name</TH>
              <TH>What to give</TH>
            </TR>
          </THead>
          <TBody>
            {Object.entries(qualificationFacts).map(([name, help]) => (
              <TR key={name}>
                <TD className="whitespace-nowrap font-mono">{name}</TD>
                <TD>{help}</TD>
              </TR>
            ))}
          </TBody>
        </Table>

        <h3 className="text-base font-semibold">Rules of combination</h3>
        <Table caption="Kinds of rule and how to write their values in a CSV file">
          <THead>
            <TR>
              <TH>Kind of rule</TH>
              <TH>CSV value</TH>
            </TR>
          </THead>
          <TBody>
            {Object.entries(csvRuleSyntax).map(([kind, syntax]) => (
              <TR key={kind}>
                <TD className="whitespace-nowrap font-mono">{kind}</TD>
                <TD className="font-mono">{syntax}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
        <p>
          In JSON, write a rule as an object with the same names:{" "}
          <code>{'{ "kind": "minimumCreditFromGroup", "group": "B", "credit": 6 }'}</code>, and a barred combination as{" "}
          <code>{'{ "kind": "barredCombination", "unitUrns": ["K/601/1234", "M/601/5678"] }'}</code>.
        </p>

        <h3 className="text-base font-semibold">CSV layout</h3>
        <p>
          The first line names the columns. Then one row per qualification fact, per group and per rule, and one row per assessment
          criterion with its unit&apos;s and outcome&apos;s details repeated on each row.
        </p>
        <Table caption="CSV columns">
          <THead>
            <TR>
              <TH>Column</TH>
              <TH>What it holds</TH>
            </TR>
          </THead>
          <TBody>
            {csvColumnHelp.map(([column, help]) => (
              <TR key={column}>
                <TD className="font-mono">{column}</TD>
                <TD>{help}</TD>
              </TR>
            ))}
          </TBody>
        </Table>

        <h3 className="text-base font-semibold">JSON layout</h3>
        <pre className="rounded-md bg-subtle p-3 text-sm break-words whitespace-pre-wrap">{jsonShape}</pre>
      </div>
    </Card>
  );
}
