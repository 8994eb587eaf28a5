import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ImportProblem, QualificationFact } from "@/lib/qualification-import/format";
import { ageGroupLabels } from "@/lib/qualification-import/labels";
import { qualificationFactNames } from "@/lib/qualification-import/locate";
import type { QualificationDocument } from "@/lib/qualification-import/schemas";
import { describeCombinationRule } from "@/lib/qualifications/rule-of-combination-data";

// What the file holds, as it will be imported: the qualification's facts (with any problem beside
// its fact), the rule of combination in words, the units by group with their outcomes and criteria,
// and every problem with where it is in the file.

export function ProblemsTable({ problems }: { problems: ImportProblem[] }) {
  return (
    <Table caption={`Problems found (${problems.length})`} data-testid="import-problems">
      <THead>
        <TR>
          <TH>Where</TH>
          <TH>Field</TH>
          <TH>Problem</TH>
        </TR>
      </THead>
      <TBody>
        {problems.map((problem, i) => (
          <TR key={i}>
            <TD className="whitespace-nowrap">{problem.where ?? "Whole file"}</TD>
            <TD className="min-w-32">{problem.field ?? "—"}</TD>
            <TD className="min-w-48">{problem.message}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

function factText(qualification: QualificationDocument, fact: QualificationFact): string {
  switch (fact) {
    case "approvedAgeGroups":
      return qualification.approvedAgeGroups.map((group) => ageGroupLabels[group]).join(", ");
    case "unitEntriesAllowed":
      return qualification.unitEntriesAllowed ? "Yes: full award or single units" : "No: full award only";
    default:
      return qualification[fact] === undefined ? "Not given" : String(qualification[fact]);
  }
}

const facts: QualificationFact[] = [
  "qualificationNumber",
  "title",
  "entryCode",
  "level",
  "minimumGuidedLearningHours",
  "approvedAgeGroups",
  "unitEntriesAllowed",
  "certificationEndDate",
];

export function QualificationPreview({ qualification, problems }: { qualification: QualificationDocument; problems: ImportProblem[] }) {
  const groups = qualification.groups;
  const outcomes = qualification.units.reduce((sum, unit) => sum + unit.learningOutcomes.length, 0);
  const criteria = qualification.units.reduce((sum, unit) => sum + unit.learningOutcomes.reduce((n, o) => n + o.criteria.length, 0), 0);
  return (
    <div className="flex flex-col gap-6">
      <Card title="The qualification">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]" data-testid="import-facts">
          {facts.map((fact) => {
            const onFact = problems.filter((problem) => problem.fact === fact);
            return (
              <div key={fact} className="contents">
                <dt className="font-semibold">{qualificationFactNames[fact]}</dt>
                <dd>
                  {factText(qualification, fact)}
                  {onFact.map((problem, i) => (
                    <p key={i} className="text-sm font-semibold text-danger-700" data-testid={`fact-problem-${fact}`}>
                      <span className="sr-only">Error: </span>
                      {problem.message}
                    </p>
                  ))}
                </dd>
              </div>
            );
          })}
        </dl>
        <p className="mt-4 text-ink-muted">
          {qualification.units.length} units, {outcomes} learning outcomes, {criteria} assessment criteria.
        </p>
      </Card>
      <Card title="Rule of combination">
        <p className="mb-3">To achieve the qualification a candidate needs:</p>
        <ul className="list-disc space-y-1 pl-6" data-testid="import-rules">
          {qualification.rules.map((rule, i) => (
            <li key={i}>{describeCombinationRule(rule, { groups })}</li>
          ))}
        </ul>
      </Card>
      {groups.map((group) => {
        const units = qualification.units.filter((unit) => unit.group === group.id);
        const credit = units.reduce((sum, unit) => sum + unit.credit, 0);
        const caption = `${group.name}${group.description ? ` (${group.description})` : ""}: ${units.length} units, ${credit} credits`;
        return (
          <Card key={group.id} title={caption}>
            <Table caption={`${group.name} units`} captionHidden>
              <THead>
                <TR>
                  <TH>No.</TH>
                  <TH>Unit reference number</TH>
                  <TH>Title</TH>
                  <TH>Level</TH>
                  <TH>Credit</TH>
                  <TH>GLH</TH>
                  <TH>Outcomes</TH>
                  <TH>Criteria</TH>
                </TR>
              </THead>
              <TBody>
                {units.map((unit) => (
                  <TR key={unit.urn}>
                    <TD>{unit.unitNumber ?? "—"}</TD>
                    <TD className="whitespace-nowrap">{unit.urn}</TD>
                    <TD className="min-w-48">{unit.title}</TD>
                    <TD>{unit.level}</TD>
                    <TD>{unit.credit}</TD>
                    <TD>{unit.glh}</TD>
                    <TD>{unit.learningOutcomes.length}</TD>
                    <TD>{unit.learningOutcomes.reduce((n, o) => n + o.criteria.length, 0)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
            <div className="mt-4 flex flex-col gap-2">
              {units.map((unit) => (
                <details key={unit.urn} className="rounded-md border border-line-subtle px-3 py-2">
                  <summary className="cursor-pointer font-semibold">
                    Outcomes and criteria of {unit.urn} {unit.title}
                  </summary>
                  <ol className="mt-2 flex flex-col gap-3">
                    {unit.learningOutcomes.map((outcome) => (
                      <li key={outcome.ref}>
                        <p className="font-semibold">
                          {outcome.ref}. {outcome.title}
                        </p>
                        <ul className="mt-1 flex flex-col gap-1">
                          {outcome.criteria.map((criterion) => (
                            <li key={criterion.ref} className="grid grid-cols-[3rem_1fr] gap-2">
                              <span className="font-semibold">{criterion.ref}</span>
                              <span>{criterion.text}</span>
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ol>
                </details>
              ))}
            </div>
          </Card>
        );
      })}
    </div>
  );
}
