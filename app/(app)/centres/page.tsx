import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { listApprovedCentres } from "@/lib/centres/queries";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Centres" };

export default async function CentresPage() {
  const access = await requireAccess();
  const centres = await orNotFound(listApprovedCentres(access));
  return (
    <>
      <PageHeader title="Centres" description={`Centres approved by ${access.workspace.name}, with their active staff.`} />
      <Table caption="Approved centres and active staff by role" captionHidden>
        <THead>
          <TR>
            <TH>Centre</TH>
            <TH>Centre number</TH>
            <TH>Approved</TH>
            <TH>Assessors</TH>
            <TH>IQAs</TH>
            <TH>Candidates</TH>
          </TR>
        </THead>
        <TBody>
          {centres.map((centre) => (
            <TR key={centre.id}>
              <TD className="font-semibold">{centre.name}</TD>
              <TD>{centre.centreNumber}</TD>
              <TD>{displayDay(centre.approvedOn)}</TD>
              <TD>{centre.activeByRole.ASSESSOR ?? 0}</TD>
              <TD>{centre.activeByRole.IQA ?? 0}</TD>
              <TD>{centre.activeByRole.CANDIDATE ?? 0}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </>
  );
}
