import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { buttonClasses } from "@/components/ui/button";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { listQualifications } from "@/lib/qualifications/queries";

export const metadata: Metadata = { title: "Qualifications" };

export default async function QualificationsPage() {
  const access = await requireAccess();
  const qualifications = await orNotFound(listQualifications(access));
  return (
    <>
      <PageHeader
        title="Qualifications"
        description="The qualifications your awarding body offers, with their units."
        actions={
          rolesCan(access.workspace.roles, "qualification.import") && (
            <Link href="/qualifications/import" className={buttonClasses("secondary")}>
              Import a qualification
            </Link>
          )
        }
      />
      {qualifications.length === 0 ? (
        <p>No qualifications are in the catalogue yet.</p>
      ) : (
        <Table caption="Qualifications" captionHidden>
          <THead>
            <TR>
              <TH>Title</TH>
              <TH>Qualification number</TH>
              <TH>Level</TH>
              <TH>Units</TH>
              <TH>Source</TH>
            </TR>
          </THead>
          <TBody>
            {qualifications.map((q) => (
              <TR key={q.id}>
                <TD>
                  <Link href={`/qualifications/${q.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                    {q.title}
                  </Link>
                </TD>
                <TD>{q.qualificationNumber}</TD>
                <TD>{q.level}</TD>
                <TD>{q._count.units}</TD>
                <TD>{q.centreId ? "Imported for your centre's own use" : q.importedById ? "Imported into the catalogue" : "Built in"}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
