import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { arrangementKindLabels } from "@/lib/assessment-arrangements/labels";
import { arrangementsPage } from "@/lib/assessment-arrangements/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, startOfUtcDay } from "@/lib/format/dates";
import { removeArrangementAction } from "./actions";

export const metadata: Metadata = { title: "Reasonable adjustments and special consideration" };

export default async function ArrangementsPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const { candidate, arrangements, mayManage } = await orNotFound(arrangementsPage(access, candidateId, startOfUtcDay(new Date())));
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}`}>{`Back to ${candidate.name}`}</BackLink>
      <PageHeader
        title="Reasonable adjustments and special consideration"
        description={`Adjustments agreed for ${candidate.name} so they can show what they can do, and consideration after an assessment for illness, injury or other circumstances (OCR handbook 9.10; JCQ's Access Arrangements booklet). Their assessor sees those in force. Give one that has ended an end date; remove only one recorded in error.`}
      />
      {mayManage && (
        <p className="mb-6">
          <Link href={`/candidates/${candidate.id}/arrangements/new`} className={buttonClasses("primary")}>
            Record an arrangement
          </Link>
        </p>
      )}
      {arrangements.length === 0 ? (
        <p>No reasonable adjustment or special consideration is recorded for {candidate.name}.</p>
      ) : (
        <Table caption={`Arrangements for ${candidate.name}`}>
          <THead>
            <TR>
              <TH>Kind</TH>
              <TH>Reason and arrangement</TH>
              <TH>Unit</TH>
              <TH>Dates</TH>
              <TH>Awarding body approval</TH>
            </TR>
          </THead>
          <TBody>
            {arrangements.map((row) => (
              <TR key={row.id}>
                <TD>
                  <p>{arrangementKindLabels[row.kind]}</p>
                  <Badge tone={row.inForce ? "info" : "neutral"}>{row.inForce ? "In force" : "Not in force today"}</Badge>
                </TD>
                <TD>
                  <p className="whitespace-pre-line">{row.reason}</p>
                  <p className="mt-1 whitespace-pre-line font-semibold">{row.arrangement}</p>
                  {mayManage && (
                    <Link
                      href={`/candidates/${candidate.id}/arrangements/${row.id}`}
                      className="mt-1 inline-block text-brand-800 underline underline-offset-2"
                    >
                      Change
                      <span className="sr-only">
                        {" "}
                        the {arrangementKindLabels[row.kind].toLowerCase()} from {displayDay(row.appliesFrom)}
                      </span>
                    </Link>
                  )}
                  {mayManage && (
                    <div className="mt-2">
                      <ActionButton
                        name={`the ${arrangementKindLabels[row.kind].toLowerCase()} from ${displayDay(row.appliesFrom)} (recorded in error)`}
                        run={removeArrangementAction.bind(null, access.workspace.key, {
                          candidateId: candidate.id,
                          arrangementId: row.id,
                          version: row.version,
                        })}
                        doneMessage="Arrangement removed."
                        refreshOnError
                      >
                        Remove
                      </ActionButton>
                    </div>
                  )}
                </TD>
                <TD>{row.unit ? `${row.unit.urn} ${row.unit.title}` : "Every unit"}</TD>
                <TD className="whitespace-nowrap">
                  From {displayDay(row.appliesFrom)}
                  <br />
                  {row.appliesUntil ? `Until ${displayDay(row.appliesUntil)}` : "No end date"}
                </TD>
                <TD>{row.approvedByAwardingBodyOn ? displayDay(row.approvedByAwardingBodyOn) : "Not needed or not recorded"}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
