import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayLongDay } from "@/lib/format/dates";
import { visitPackStatusLabels } from "@/lib/visit-pack/labels";
import { visitPackPage, type VisitPackRow } from "@/lib/visit-pack/queries";
import { PackProgress } from "./pack-progress";
import { PackRequestForm } from "./pack-request-form";
import { RetryPackButton } from "./retry-pack-button";

export const metadata: Metadata = { title: "Visit pack" };

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";
const tones: Record<VisitPackRow["status"], BadgeTone> = { QUEUED: "info", BUILDING: "info", READY: "success", FAILED: "danger" };

function megabytes(bytes: number | null) {
  return bytes === null ? "" : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function when(date: Date) {
  return `${displayLongDay(date)}, ${date.toISOString().slice(11, 16)} UTC`;
}

export default async function VisitPackPage({ params }: { params: Promise<{ visitId: string }> }) {
  const access = await requireAccess();
  const { visitId } = await params;
  const { visit, packs, candidates } = await orNotFound(visitPackPage(access, visitId));
  const latest = packs[0] ?? null;
  const running = latest && (latest.status === "QUEUED" || latest.status === "BUILDING");
  const stalled = latest?.stalled ?? false;
  return (
    <>
      <BackLink href={`/visits/${visit.id}`}>The visit</BackLink>
      <PageHeader
        title="Visit pack"
        description={`Everything the external verifier needs for the visit on ${displayLongDay(visit.visitOn)} (handbook 5.20.2), as one zip with an index page linking every file: the records and evidence of all claimed candidates, Direct Claims Status claims since the last visit, the work-in-progress portfolios you choose, the sample signature list, new team members' training, CVs and certificates, the last visit's report and the evidence its action points were met, and the centre records.`}
      />
      <div className="flex flex-col gap-6">
        {latest && (
          <Card title="The latest pack" data-testid="visit-pack-latest">
            <div className="flex flex-col gap-3">
              <p>
                <Badge tone={stalled ? "warning" : tones[latest.status]}>{visitPackStatusLabels[latest.status]}</Badge> Asked for by{" "}
                {latest.requestedBy} on {when(latest.createdAt)}.
              </p>
              {running && !stalled && (
                <PackProgress filesDone={latest.filesDone} filesTotal={latest.filesTotal} waiting={latest.status === "QUEUED"} />
              )}
              {stalled && (
                <>
                  <p role="alert">This pack has not moved for a while: the server may have restarted while preparing it.</p>
                  <RetryPackButton workspaceKey={access.workspace.key} packId={latest.id} />
                </>
              )}
              {latest.status === "FAILED" && (
                <>
                  <p role="alert" data-testid="visit-pack-error">
                    {latest.error ?? "The pack could not be prepared."}
                  </p>
                  <RetryPackButton workspaceKey={access.workspace.key} packId={latest.id} />
                </>
              )}
              {latest.status === "READY" && (
                <>
                  <p>
                    Ready on {when(latest.finishedAt ?? latest.createdAt)}: {latest.filesTotal} files, {megabytes(latest.byteSize)}.
                  </p>
                  {latest.error && <p>{latest.error}</p>}
                  <ul className="flex flex-col gap-2">
                    <li>
                      <a href={`/api/visit-packs/${latest.id}`} className={linkClasses} data-testid="visit-pack-download" download>
                        Download the visit pack (zip)
                      </a>
                    </li>
                    <li>
                      <a
                        href={`/api/visit-packs/${latest.id}/index`}
                        className={linkClasses}
                        data-testid="visit-pack-index"
                        target="_blank"
                        rel="noopener"
                      >
                        Read the pack&apos;s index (opens in a new tab; its links work in the unzipped pack)
                      </a>
                    </li>
                  </ul>
                </>
              )}
              {latest.workInProgress.length > 0 && <p>Work-in-progress portfolios: {latest.workInProgress.join(", ")}.</p>}
            </div>
          </Card>
        )}
        {visit.status !== "CANCELLED" && !(running && !stalled) && (
          <Card title={latest ? "Prepare it again" : "Prepare the pack"}>
            <PackRequestForm
              workspaceKey={access.workspace.key}
              visitId={visit.id}
              candidates={candidates}
              selected={(latest?.workInProgressIds ?? []).filter((id) => candidates.some((c) => c.id === id))}
              again={latest !== null}
            />
          </Card>
        )}
        {visit.status === "CANCELLED" && <p>This visit was cancelled: there is no pack to prepare for it.</p>}
        {packs.length > 1 && (
          <Table caption="Earlier packs for this visit">
            <THead>
              <TR>
                <TH>Asked for</TH>
                <TH>By</TH>
                <TH>Status</TH>
                <TH>Files</TH>
              </TR>
            </THead>
            <TBody>
              {packs.slice(1).map((pack) => (
                <TR key={pack.id}>
                  <TD>{when(pack.createdAt)}</TD>
                  <TD>{pack.requestedBy}</TD>
                  <TD>{visitPackStatusLabels[pack.status]}</TD>
                  <TD>
                    {pack.status === "READY" ? (
                      <a href={`/api/visit-packs/${pack.id}`} className={linkClasses}>
                        Download ({megabytes(pack.byteSize)})
                      </a>
                    ) : (
                      "—"
                    )}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </div>
    </>
  );
}
