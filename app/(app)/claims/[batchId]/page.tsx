import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { TableScroll } from "@/components/ui/table-scroll";
import { requireAccess } from "@/lib/auth/current-access";
import { batchStatusLabels, claimKindLabels, directClaimsLabel } from "@/lib/certificate-claims/labels";
import { getClaimBatch } from "@/lib/certificate-claims/queries";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay } from "@/lib/format/dates";
import { CertificateReceivedForm, MarkClaimedForm, RemoveLineButton } from "./batch-forms";

export const metadata: Metadata = { title: "Claim batch" };

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";
const day = (iso: string) => displayDay(new Date(`${iso}T00:00:00Z`));

export default async function ClaimBatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  const access = await requireAccess();
  const { batchId } = await params;
  const batch = await orNotFound(getClaimBatch(access, batchId));
  const today = isoDay(new Date());
  const draft = batch.status === "DRAFT";
  const common = { workspaceKey: access.workspace.key, batchId: batch.id, version: batch.version, today };
  const lineLabel = (line: (typeof batch.lines)[number]) =>
    `${line.candidate.name}: ${line.kind === "UNIT" ? `unit ${line.urn ?? ""}` : `full award ${line.qualificationNumber}`}`;
  return (
    <>
      <BackLink href="/claims">All certificate claims</BackLink>
      <PageHeader
        title={`Claim batch ${batch.reference}`}
        description={
          draft
            ? `Put together ${displayDay(batch.createdAt)}${batch.createdByName ? ` by ${batch.createdByName}` : ""}. Download the file, upload it to the awarding body's system, then mark the batch claimed.`
            : `Claimed ${displayDay(batch.claimedOn)}${batch.claimedByName ? `, marked by ${batch.claimedByName}` : ""}.${batch.underDirectClaims ? " Claimed under Direct Claims Status: provisional lines are confirmed at the next verification visit." : ""}`
        }
        actions={
          <a href={`/claims/${batch.id}/file`} className={buttonClasses("secondary", "md")} download>
            Download the batch file (CSV)
          </a>
        }
      />
      <div className="flex flex-col gap-6">
        <Card title="Certificates in this batch">
          <p className="mb-3">
            <Badge tone={draft ? "info" : "success"}>{batchStatusLabels[batch.status]}</Badge>
          </p>
          <TableScroll label="Certificates in this batch">
            <Table caption={`Certificates in batch ${batch.reference}`}>
              <THead>
                <TR>
                  <TH>Candidate</TH>
                  <TH>Certificate</TH>
                  <TH>Direct claims</TH>
                  <TH>{draft ? "Change" : "Certificate received"}</TH>
                </TR>
              </THead>
              <TBody>
                {batch.lines.map((line) => (
                  <TR key={line.id}>
                    <TD>
                      <Link href={`/candidates/${line.candidate.id}`} className={linkClasses}>
                        {line.candidate.name}
                      </Link>
                      <p className="text-sm text-ink-muted">ULN {line.candidate.uln ?? "not recorded"}</p>
                    </TD>
                    <TD>
                      {claimKindLabels[line.kind]}:{" "}
                      {line.kind === "UNIT" ? `${line.urn} ${line.title}` : `${line.title} (${line.qualificationNumber})`}
                    </TD>
                    <TD>{directClaimsLabel(line, batch.underDirectClaims) ?? <span className="text-ink-muted">No</span>}</TD>
                    <TD>
                      {draft ? (
                        <RemoveLineButton {...common} lineId={line.id} label={lineLabel(line)} />
                      ) : line.certificateReceivedOn ? (
                        `${line.certificateNumber ?? ""}, ${day(line.certificateReceivedOn)}`
                      ) : (
                        <span className="text-ink-muted">Not yet</span>
                      )}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          </TableScroll>
        </Card>
        {draft ? (
          <Card title="Mark the batch claimed">
            <MarkClaimedForm {...common} reference={batch.reference} />
          </Card>
        ) : (
          <Card title="Record a certificate received">
            <CertificateReceivedForm {...common} lines={batch.lines.map((line) => ({ id: line.id, label: lineLabel(line) }))} />
          </Card>
        )}
      </div>
    </>
  );
}
