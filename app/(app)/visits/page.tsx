import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay } from "@/lib/format/dates";
import { actionPointKindLabels, visitScopeLabel, visitStatusLabels } from "@/lib/visits/labels";
import { visitList, visitQualificationOptions, type VisitListRow } from "@/lib/visits/queries";
import { VisitPlanForm } from "./visit-plan-form";

export const metadata: Metadata = { title: "External verifier visits" };

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";

function VisitLink({ visit }: { visit: VisitListRow }) {
  return (
    <Link href={`/visits/${visit.id}`} className={linkClasses}>
      {displayDay(visit.visitOn)}
      <span className="sr-only">: visit by {visit.externalVerifierName ?? "the external verifier"}</span>
    </Link>
  );
}

function VisitStatus({ visit }: { visit: VisitListRow }) {
  if (visit.reportDue) return <Badge tone="warning">Report to record</Badge>;
  return (
    <Badge tone={visit.status === "COMPLETED" ? "success" : visit.status === "CANCELLED" ? "neutral" : "info"}>
      {visitStatusLabels[visit.status]}
    </Badge>
  );
}

export default async function VisitsPage() {
  const access = await requireAccess();
  const now = new Date();
  const { upcoming, past, overdue, canManage } = await orNotFound(visitList(access, now));
  const qualifications = canManage ? await visitQualificationOptions(access) : [];
  return (
    <>
      <PageHeader
        title="External verifier visits"
        description={`The awarding body's external verifier visits ${access.workspace.name} to check assessment and internal quality assurance (OCR handbook 5.20.2). Each visit's report, its action points and recommendations, and the evidence that they were met.`}
      />
      <div className="flex flex-col gap-6">
        {overdue.length > 0 && (
          <Table caption={`Overdue action points (${overdue.length})`}>
            <THead>
              <TR>
                <TH>What</TH>
                <TH>Owner</TH>
                <TH>Due</TH>
                <TH>From the visit</TH>
              </TR>
            </THead>
            <TBody>
              {overdue.map((point) => (
                <TR key={point.id} data-testid="overdue-action-point">
                  <TD>
                    <span className="font-semibold">{actionPointKindLabels[point.kind]}:</span> {point.description}
                  </TD>
                  <TD>{point.owner.name}</TD>
                  <TD className="whitespace-nowrap">
                    <Badge tone="danger">
                      {point.daysOverdue} {point.daysOverdue === 1 ? "day" : "days"} overdue
                    </Badge>
                    <span className="mt-1 block">{displayDay(point.dueOn)}</span>
                  </TD>
                  <TD>
                    <Link href={`/visits/${point.visitId}`} className={linkClasses}>
                      {displayDay(point.visitOn)}
                    </Link>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        {upcoming.length === 0 ? (
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading" className="text-lg font-semibold">
              Upcoming visits
            </h2>
            <p>No visit is planned.{canManage ? " Schedule one below when the awarding body gives you a date." : ""}</p>
          </section>
        ) : (
          <Table caption="Upcoming visits">
            <THead>
              <TR>
                <TH>Date</TH>
                <TH>External verifier</TH>
                <TH>Covers</TH>
                <TH>What it is for</TH>
              </TR>
            </THead>
            <TBody>
              {upcoming.map((visit) => (
                <TR key={visit.id} data-testid="upcoming-visit">
                  <TD className="whitespace-nowrap">
                    <VisitLink visit={visit} />
                  </TD>
                  <TD>{visit.externalVerifierName}</TD>
                  <TD>
                    {visitScopeLabel(visit.qualification)}
                    {visit.final && (
                      <Badge tone="warning" className="ml-2">
                        Final visit
                      </Badge>
                    )}
                  </TD>
                  <TD>{visit.purpose}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        {past.length > 0 && (
          <Table caption="Past and cancelled visits">
            <THead>
              <TR>
                <TH>Date</TH>
                <TH>External verifier</TH>
                <TH>Status</TH>
                <TH>Action points open</TH>
              </TR>
            </THead>
            <TBody>
              {past.map((visit) => (
                <TR key={visit.id} data-testid="past-visit">
                  <TD className="whitespace-nowrap">
                    <VisitLink visit={visit} />
                  </TD>
                  <TD>{visit.externalVerifierName}</TD>
                  <TD>
                    <VisitStatus visit={visit} />
                    {visit.cancelledReason && <span className="mt-1 block">{visit.cancelledReason}</span>}
                  </TD>
                  <TD>
                    {visit.openActionPoints === 0 ? (
                      "None"
                    ) : (
                      <>
                        {visit.openActionPoints}
                        {visit.overdueActionPoints > 0 && (
                          <Badge tone="danger" className="ml-2">
                            {visit.overdueActionPoints} overdue
                          </Badge>
                        )}
                      </>
                    )}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        {canManage && (
          <Card title="Schedule a visit">
            <VisitPlanForm
              workspaceKey={access.workspace.key}
              qualifications={qualifications.map((qualification) => ({
                ...qualification,
                certificationEndDate: qualification.certificationEndDate ? isoDay(qualification.certificationEndDate) : null,
              }))}
            />
          </Card>
        )}
      </div>
    </>
  );
}
