import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getQualificationWithUnits, outcomesOfQualificationUnits } from "@/lib/qualifications/queries";
import { describeCombinationRule, parseRuleOfCombination } from "@/lib/qualifications/rule-of-combination-data";
import { displayDay } from "@/lib/format/dates";

import { UnitOutcomesList } from "./unit-outcomes-list";

export const metadata: Metadata = { title: "Qualification" };

export default async function QualificationPage({ params }: { params: Promise<{ qualificationId: string }> }) {
  const { qualificationId } = await params;
  const access = await requireAccess();
  const qualification = await orNotFound(getQualificationWithUnits(access, qualificationId));
  const groups = [...new Set(qualification.units.map((u) => u.group))];
  const combination = parseRuleOfCombination(qualification.ruleOfCombination);
  const outcomes = await outcomesOfQualificationUnits(
    access,
    qualification.units.map((u) => u.id),
  );
  const criteriaCount = (unitId: string) => outcomes.get(unitId)?.outcomes.reduce((n, o) => n + o.criteria.length, 0) ?? 0;
  return (
    <>
      <BackLink href="/qualifications">Back to qualifications</BackLink>
      <PageHeader
        title={qualification.title}
        description={`${qualification.awardingBody.name} · QN ${qualification.qualificationNumber}${qualification.entryCode ? ` · entry code ${qualification.entryCode}` : ""} · level ${qualification.level}`}
      />
      <div className="flex flex-col gap-6">
        {qualification.importedById && (
          <p data-testid="imported-by">
            {qualification.centreId
              ? `Imported for your centre's own use by ${qualification.importedBy?.name ?? "a former member of staff"} on ${displayDay(qualification.createdAt)}: only your centre sees it.`
              : `Imported into the catalogue by ${qualification.importedBy?.name ?? "the awarding body's staff"} on ${displayDay(qualification.createdAt)}.`}
            {qualification.certificationEndDate && ` Certificates can be claimed until ${displayDay(qualification.certificationEndDate)}.`}
          </p>
        )}
        <Card title="Rule of combination">
          <p className="mb-3">To achieve the qualification a candidate needs:</p>
          <ul className="list-disc space-y-1 pl-6">
            {combination.rules.map((rule) => (
              <li key={JSON.stringify(rule)}>{describeCombinationRule(rule, combination)}</li>
            ))}
          </ul>
          {qualification.minimumGuidedLearningHours && (
            <p className="mt-3 text-ink-muted">Minimum guided learning hours: {qualification.minimumGuidedLearningHours}.</p>
          )}
        </Card>
        {groups.map((group) => {
          const units = qualification.units.filter((u) => u.group === group);
          const credit = units.reduce((sum, u) => sum + u.credit, 0);
          return (
            <Card
              key={group}
              title={`${combination.groups.find((g) => g.id === group)?.name ?? `Group ${group}`}: ${units.length} units, ${credit} credits in all`}
            >
              <Table caption={`Group ${group} units`} captionHidden>
                <THead>
                  <TR>
                    <TH>No.</TH>
                    <TH>Unit reference number</TH>
                    <TH>Title</TH>
                    <TH>Level</TH>
                    <TH>Credit</TH>
                    <TH>GLH</TH>
                    <TH>Assessment criteria</TH>
                  </TR>
                </THead>
                <TBody>
                  {units.map((u) => (
                    <TR key={u.id}>
                      <TD>{u.unitNumber}</TD>
                      <TD className="whitespace-nowrap">{u.urn}</TD>
                      <TD className="min-w-48">
                        <Link
                          href={`/qualifications/${qualification.id}/units/${u.id}`}
                          className="text-brand-800 underline underline-offset-2"
                        >
                          {u.title}
                        </Link>
                      </TD>
                      <TD>{u.level}</TD>
                      <TD>{u.credit}</TD>
                      <TD>{u.glh}</TD>
                      <TD>{criteriaCount(u.id) > 0 ? criteriaCount(u.id) : "None yet"}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
              <UnitOutcomesList units={units} outcomes={outcomes} />
            </Card>
          );
        })}
      </div>
    </>
  );
}
