import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { acknowledgementStanding, circumstanceChangeKindLabels } from "@/lib/circumstances/labels";
import { bodyNotifiedChanges } from "@/lib/circumstances/queries";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { AcknowledgeButton } from "./acknowledge-button";

export const metadata: Metadata = { title: "Changes of circumstance" };

const day = (iso: string) => displayDay(new Date(`${iso}T00:00:00Z`));

export default async function NotifiedChangesPage() {
  const access = await requireAccess();
  const view = await orNotFound(bodyNotifiedChanges(access));
  const waiting = view.changes.filter((change) => change.acknowledgedAt === null).length;
  return (
    <>
      <PageHeader
        title="Changes of circumstance"
        description={`Changes your assessors have notified to ${view.bodyName} (ICS code A10): employer, job role, name, contact details and ceasing to assess. ${
          waiting === 0 ? "All acknowledged." : `${waiting} waiting for acknowledgement, listed first.`
        }`}
      />
      {view.changes.length === 0 ? (
        <p>No assessor has notified a change yet.</p>
      ) : (
        <Table caption={`Changes of circumstance notified to ${view.bodyName}`} captionHidden>
          <THead>
            <TR>
              <TH>Assessor</TH>
              <TH>Change</TH>
              <TH>Takes effect</TH>
              <TH>Notified on</TH>
              <TH>Acknowledged</TH>
            </TR>
          </THead>
          <TBody>
            {view.changes.map((change) => {
              const standing = acknowledgementStanding(change);
              const label = circumstanceChangeKindLabels[change.kind];
              return (
                <TR key={change.id}>
                  <TD>
                    <Link href={`/assessors/${change.userId}`} className="font-semibold text-brand-800 underline underline-offset-2">
                      {change.personName}
                    </Link>
                  </TD>
                  <TD>
                    <span className="block font-semibold">{label}</span>
                    <span className="block text-sm whitespace-pre-line">{change.details}</span>
                    {change.kind === "CEASING_TO_ASSESS" && change.hasApproval && (
                      <span className="mt-1 block text-sm">
                        They are ceasing to assess: their approval should be ended.{" "}
                        <Link href={`/assessors/${change.userId}/approval`} className="text-brand-800 underline underline-offset-2">
                          Review {change.personName}&apos;s approval
                        </Link>
                      </span>
                    )}
                    {change.kind === "CEASING_TO_ASSESS" && !change.hasApproval && (
                      <span className="mt-1 block text-sm">They are ceasing to assess at your centres.</span>
                    )}
                  </TD>
                  <TD>{day(change.effectiveOn)}</TD>
                  <TD>{displayDay(change.notifiedAt)}</TD>
                  <TD>
                    <div className="flex flex-col items-start gap-2">
                      <Badge tone={standing.tone}>{standing.label}</Badge>
                      {change.acknowledgedAt && (
                        <span className="text-sm text-ink-muted">
                          {displayDay(change.acknowledgedAt)}
                          {change.acknowledgedByName ? ` by ${change.acknowledgedByName}` : ""}
                        </span>
                      )}
                      {!change.acknowledgedAt && view.canAcknowledge && (
                        <AcknowledgeButton
                          workspaceKey={access.workspace.key}
                          changeId={change.id}
                          description={`${change.personName}'s change of ${label.toLowerCase()}`}
                        />
                      )}
                    </div>
                  </TD>
                </TR>
              );
            })}
          </TBody>
        </Table>
      )}
    </>
  );
}
