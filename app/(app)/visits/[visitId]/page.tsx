import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, displayLongDay, isoDay } from "@/lib/format/dates";
import { dcsRecommendationLabels, visitScopeLabel, visitStatusLabels } from "@/lib/visits/labels";
import { visitPage } from "@/lib/visits/queries";
import { VisitPlanForm } from "../visit-plan-form";
import { ActionPointList } from "./action-point-list";
import { AddActionPointForm } from "./add-action-point-form";
import { CancelVisitForm } from "./cancel-visit-form";
import { ReportForm } from "./report-form";

export const metadata: Metadata = { title: "External verifier visit" };

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-3">
      <dt className="font-semibold sm:w-48 sm:shrink-0">{term}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}

export default async function VisitPage({ params }: { params: Promise<{ visitId: string }> }) {
  const access = await requireAccess();
  const { visitId } = await params;
  const now = new Date();
  const { visit, actionPoints, hasReport, reportDue, canManage, canBuildPack, owners, qualificationOptions } = await orNotFound(
    visitPage(access, visitId, now),
  );
  const today = isoDay(now);
  const visitOn = isoDay(visit.visitOn);
  const ownerOptions = owners.map((person) => ({ value: person.id, label: person.name }));
  const planned = visit.status === "PLANNED";
  return (
    <>
      <BackLink href="/visits">All visits</BackLink>
      <PageHeader
        title={`Visit on ${displayLongDay(visit.visitOn)}`}
        description={`${visit.externalVerifierName ?? "External verifier"}: ${visitScopeLabel(visit.qualification)}.`}
      />
      <div className="flex flex-col gap-6">
        <Card title="The visit">
          <dl className="flex flex-col gap-2">
            <Detail term="Status">
              <Badge
                tone={visit.status === "COMPLETED" ? "success" : visit.status === "CANCELLED" ? "neutral" : reportDue ? "warning" : "info"}
              >
                {reportDue ? "Held: report to record" : visitStatusLabels[visit.status]}
              </Badge>
            </Detail>
            <Detail term="Date">{displayDay(visit.visitOn)}</Detail>
            <Detail term="External verifier">{visit.externalVerifierName ?? "Not given"}</Detail>
            <Detail term="Covers">
              {visitScopeLabel(visit.qualification)}
              {visit.final && (
                <Badge tone="warning" className="ml-2">
                  Final visit
                </Badge>
              )}
            </Detail>
            {visit.purpose && <Detail term="What it is for">{visit.purpose}</Detail>}
            {visit.scheduledBy && <Detail term="Scheduled by">{visit.scheduledBy}</Detail>}
            {visit.cancelledReason && <Detail term="Why it was cancelled">{visit.cancelledReason}</Detail>}
          </dl>
          {canBuildPack && visit.status !== "CANCELLED" && (
            <p className="mt-4">
              <Link href={`/visits/${visit.id}/pack`} className={linkClasses} data-testid="visit-pack-link">
                Visit pack: everything the external verifier needs (OCR handbook 5.20.2)
              </Link>
            </p>
          )}
        </Card>

        {hasReport && (
          <Card title="The external verifier's report">
            <dl className="flex flex-col gap-2">
              <Detail term="Findings">{visit.reportSummary}</Detail>
              <Detail term="Sanctions">{visit.sanctions ?? "None"}</Detail>
              <Detail term="Direct Claims Status">
                {visit.dcsRecommendation ? dcsRecommendationLabels[visit.dcsRecommendation] : "No recommendation"}
              </Detail>
              <Detail term="Claims under DCS">
                {visit.directClaimsConfirmed ? "Confirmed by the external verifier" : "Not confirmed at this visit"}
              </Detail>
              {visit.reportRecordedOn && (
                <Detail term="Recorded">
                  {displayDay(visit.reportRecordedOn)}
                  {visit.reportRecordedBy && <>, by {visit.reportRecordedBy}</>}
                </Detail>
              )}
            </dl>
          </Card>
        )}

        {(hasReport || actionPoints.length > 0) && (
          <Card title="Action points and recommendations">
            <ActionPointList points={actionPoints} manage={canManage ? { workspaceKey: access.workspace.key, today } : null} />
            {canManage && hasReport && visit.status === "COMPLETED" && (
              <div className="mt-6">
                <h3 className="mb-2 text-base font-semibold">Add an action point or recommendation</h3>
                <AddActionPointForm workspaceKey={access.workspace.key} visitId={visit.id} visitOn={visitOn} owners={ownerOptions} />
              </div>
            )}
          </Card>
        )}

        {canManage && (reportDue || planned) && (
          <Card title="Record the external verifier's report">
            {reportDue ? (
              <ReportForm
                key={visit.version}
                workspaceKey={access.workspace.key}
                visitId={visit.id}
                version={visit.version}
                visitOn={visitOn}
                owners={ownerOptions}
              />
            ) : (
              <p>The report can be recorded once the visit has taken place, from {displayLongDay(visit.visitOn)}.</p>
            )}
          </Card>
        )}
        {canManage && planned && (
          <>
            <Card title="Change the visit">
              <VisitPlanForm
                key={visit.version}
                workspaceKey={access.workspace.key}
                qualifications={qualificationOptions.map((qualification) => ({
                  ...qualification,
                  certificationEndDate: qualification.certificationEndDate ? isoDay(qualification.certificationEndDate) : null,
                }))}
                visit={{
                  id: visit.id,
                  version: visit.version,
                  values: {
                    visitOn,
                    externalVerifierName: visit.externalVerifierName ?? "",
                    purpose: visit.purpose ?? "",
                    qualificationId: visit.qualification?.id ?? "",
                    final: visit.final,
                  },
                }}
              />
            </Card>
            <Card title="Cancel the visit">
              <CancelVisitForm key={visit.version} workspaceKey={access.workspace.key} visitId={visit.id} version={visit.version} />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
