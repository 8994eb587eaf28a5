import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { roleLabels } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { centreSignatureList } from "@/lib/sample-signatures/queries";
import { SignatureView } from "../../professional-record/signature/signature-view";

export const metadata: Metadata = { title: "Sample signature list" };

export default async function SignatureListPage() {
  const access = await requireAccess();
  const rows = await orNotFound(centreSignatureList(access));
  const missing = rows.filter((row) => row.signature === null).length;
  return (
    <>
      <BackLink href="/staff">Back to staff</BackLink>
      <PageHeader
        title="Sample signature list"
        description={`The sample signatures of ${access.workspace.name}'s assessors and IQAs (RD02), for the external verifier to check the signatures on the centre's records (handbook 5.20.2). Each person adds and updates their own on their professional record.${
          missing > 0 ? ` ${missing} of ${rows.length} ${missing === 1 ? "has" : "have"} none yet.` : ""
        }`}
      />
      {rows.length === 0 ? (
        <p>The centre has no active assessors or IQAs.</p>
      ) : (
        <Table caption={`Sample signatures of the assessment team at ${access.workspace.name}`}>
          <THead>
            <TR>
              <TH>Name</TH>
              <TH>Role</TH>
              <TH>Sample signature</TH>
              <TH>Signed on</TH>
            </TR>
          </THead>
          <TBody>
            {rows.map((row) => (
              <TR key={row.userId}>
                <TD className="font-semibold">{row.name}</TD>
                <TD>{row.roles.map((role) => roleLabels[role]).join(", ")}</TD>
                <TD>
                  {row.signature ? <SignatureView signature={row.signature} name={row.name} /> : <Badge tone="warning">None yet</Badge>}
                </TD>
                <TD>{row.signature ? displayDay(new Date(`${row.signature.signedOn}T00:00:00Z`)) : ""}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
