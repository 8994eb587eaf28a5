import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { appealStatusLabels } from "@/lib/appeals/labels";
import { listCentreAppeals } from "@/lib/appeals/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { AppealDecision } from "../candidates/[candidateId]/appeals/appeal-decision";

export const metadata: Metadata = { title: "Appeals" };

export default async function CentreAppealsPage() {
  const access = await requireAccess();
  const appeals = await orNotFound(listCentreAppeals(access));
  return (
    <>
      <PageHeader
        title="Appeals"
        description={`Candidates' appeals against assessment decisions at ${access.workspace.name}, newest first. Recording outcomes comes with the appeals register.`}
      />
      {appeals.length === 0 ? (
        <p>No candidate has lodged an appeal.</p>
      ) : (
        <Table caption={`Appeals at ${access.workspace.name}`} captionHidden>
          <THead>
            <TR>
              <TH>Candidate</TH>
              <TH>Lodged</TH>
              <TH>Decision appealed</TH>
              <TH>Grounds</TH>
              <TH>Status</TH>
            </TR>
          </THead>
          <TBody>
            {appeals.map((appeal) => (
              <TR key={appeal.id}>
                <TD>
                  <Link
                    href={`/candidates/${appeal.candidate.id}/appeals`}
                    className="font-semibold text-brand-800 underline underline-offset-2"
                  >
                    {appeal.candidate.name}
                  </Link>
                </TD>
                <TD>{displayDay(appeal.lodgedOn)}</TD>
                <TD>
                  <AppealDecision unitDecision={appeal.unitDecision} decisionDescription={appeal.decisionDescription} />
                </TD>
                <TD>
                  <span className="whitespace-pre-line">{appeal.grounds}</span>
                </TD>
                <TD>
                  <Badge tone={appeal.status === "LODGED" ? "info" : "neutral"}>{appealStatusLabels[appeal.status]}</Badge>
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
