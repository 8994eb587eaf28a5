import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { displayDay, isoDay } from "@/lib/format/dates";
import { ownSignaturesView } from "@/lib/sample-signatures/queries";
import { RecordSections } from "../record-sections";
import { SampleSignatureForm } from "./sample-signature-form";
import { SignatureView } from "./signature-view";

export const metadata: Metadata = { title: "Your sample signature" };

const day = (iso: string) => displayDay(new Date(`${iso}T00:00:00Z`));

export default async function SampleSignaturePage() {
  const access = await requireAccess();
  const view = await ownSignaturesView(access);
  const [current, ...earlier] = view.signatures;
  return (
    <>
      <PageHeader
        title="Your sample signature"
        description="The external verifier checks the signatures on the centre's records against the assessment team's sample signatures (RD02, handbook 5.20.2)."
      />
      <RecordSections current="signature" />
      {!view.keepsSignature ? (
        <p>Assessors and IQAs keep a sample signature. You do not assess or quality-assure at any of your centres.</p>
      ) : (
        <div className="flex flex-col gap-6">
          <Card title="Your current sample signature">
            {current ? (
              <div className="flex flex-col gap-2">
                <SignatureView signature={current} name={view.userName} />
                <p className="text-sm text-ink-muted">
                  {current.method === "DRAWN" ? "Drawn" : "Typed"}, signed on {day(current.signedOn)}. Each of your centres shows this one
                  on its signature list.
                </p>
              </div>
            ) : (
              <p>You have no sample signature yet: your centres&apos; signature lists show you as missing one.</p>
            )}
          </Card>
          <Card title={current ? "Sign again" : "Add your sample signature"}>
            <p className="mb-4 text-ink-muted">
              Sign the way you sign assessment records. A new signature replaces the current one on the lists; the earlier ones are kept
              with their dates for the records they were used on.
            </p>
            <SampleSignatureForm today={isoDay(new Date())} name={view.userName} />
          </Card>
          {earlier.length > 0 && (
            <Card title="Earlier signatures">
              <Table caption="Your earlier sample signatures" captionHidden>
                <THead>
                  <TR>
                    <TH>Signature</TH>
                    <TH>Signed on</TH>
                    <TH>Replaced on</TH>
                  </TR>
                </THead>
                <TBody>
                  {earlier.map((signature, index) => (
                    <TR key={signature.id}>
                      <TD>
                        <SignatureView signature={signature} name={view.userName} className="max-w-48" />
                      </TD>
                      <TD>{day(signature.signedOn)}</TD>
                      <TD>{displayDay(view.signatures[index]!.createdAt)}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            </Card>
          )}
        </div>
      )}
    </>
  );
}
