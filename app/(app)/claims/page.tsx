import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { TableScroll } from "@/components/ui/table-scroll";
import { requireAccess } from "@/lib/auth/current-access";
import { candidateClaimTexts } from "@/lib/certificate-claims/item-texts";
import { batchStatusLabels } from "@/lib/certificate-claims/labels";
import { claimsOverview } from "@/lib/certificate-claims/queries";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { ClaimSelectionForm } from "./claim-selection-form";
import { ClaimStandings } from "./claim-standings";

export const metadata: Metadata = { title: "Certificate claims" };

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";

export default async function ClaimsPage() {
  const access = await requireAccess();
  const { ready, notReady, batches } = await orNotFound(claimsOverview(access, new Date()));
  // Candidates with nothing decided and nothing claimed are left out: there is nothing to say about them yet.
  const others = notReady
    .filter(
      (candidate) =>
        candidate.fullAward.line !== null ||
        candidate.units.some((unit) => unit.line !== null || unit.reasons.some((reason) => reason.code !== "claim.no-decision")),
    )
    .map(candidateClaimTexts);
  return (
    <>
      <PageHeader
        title="Certificate claims"
        description={`What ${access.workspace.name} can claim now: unit certificates for units signed off, countersigned where needed and cleared by the IQA with no appeal open, and the full award once the rule of combination is met. Put them in a batch, upload its file to the awarding body's system, then mark it claimed and record the certificates as they arrive.`}
      />
      <div className="flex flex-col gap-6">
        <Card title="Ready to claim">
          {ready.length === 0 ? (
            <p>No certificate is ready to claim. Candidates appear here once a unit is signed off and cleared, or their award is met.</p>
          ) : (
            <ClaimSelectionForm workspaceKey={access.workspace.key} candidates={ready.map(candidateClaimTexts)} />
          )}
        </Card>

        <Card title="Claim batches">
          {batches.length === 0 ? (
            <p>No batch has been put together yet.</p>
          ) : (
            <TableScroll label="Claim batches">
              <Table caption={`Claim batches at ${access.workspace.name}, newest first`}>
                <THead>
                  <TR>
                    <TH>Batch</TH>
                    <TH>Status</TH>
                    <TH>Put together</TH>
                    <TH>Claimed</TH>
                    <TH>Certificates</TH>
                    <TH>Received</TH>
                  </TR>
                </THead>
                <TBody>
                  {batches.map((batch) => (
                    <TR key={batch.id}>
                      <TD>
                        <Link href={`/claims/${batch.id}`} className={linkClasses}>
                          {batch.reference}
                        </Link>
                      </TD>
                      <TD>
                        <Badge tone={batch.status === "CLAIMED" ? "success" : "info"}>{batchStatusLabels[batch.status]}</Badge>
                        {batch.provisionalCount > 0 && (
                          <p className="mt-1 text-sm">{batch.provisionalCount} provisional under direct claims</p>
                        )}
                      </TD>
                      <TD className="whitespace-nowrap">{displayDay(batch.createdAt)}</TD>
                      <TD className="whitespace-nowrap">{batch.claimedOn ? displayDay(batch.claimedOn) : "Not yet"}</TD>
                      <TD>{batch.lineCount}</TD>
                      <TD>
                        {batch.status === "CLAIMED" ? (
                          `${batch.receivedCount} of ${batch.lineCount}`
                        ) : (
                          <span className="text-ink-muted">Not claimed</span>
                        )}
                      </TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            </TableScroll>
          )}
        </Card>

        <Card title="Not ready, or already claimed">
          {others.length === 0 ? (
            <p>No other candidate has a unit decision recorded or a certificate claimed yet.</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {others.map((candidate) => (
                <li key={candidate.candidateId} className="flex flex-col gap-1 border-t border-line-subtle pt-3">
                  <h3 className="font-semibold">
                    <Link href={`/candidates/${candidate.candidateId}`} className={linkClasses}>
                      {candidate.legend}
                    </Link>
                  </h3>
                  {candidate.warnings.map((warning) => (
                    <p key={warning} className="text-sm font-semibold text-warning-800">
                      Warning: {warning}
                    </p>
                  ))}
                  <ClaimStandings candidate={candidate} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
