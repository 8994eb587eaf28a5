import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { directClaimsEventLabels, directClaimsStateLabels } from "@/lib/direct-claims/labels";
import { directClaimsPage } from "@/lib/direct-claims/queries";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay, startOfUtcDay } from "@/lib/format/dates";
import { displayFindingDates } from "@/lib/format/finding-text";
import {
  ChangeDirectClaimsStatusForm,
  RecordDirectClaimsStatusForm,
  ReinstateDirectClaimsStatusForm,
  WithdrawDirectClaimsStatusForm,
} from "./status-forms";

export const metadata: Metadata = { title: "Direct claims status" };

const dayFrom = (value: string) => new Date(`${value}T00:00:00Z`);

export default async function DirectClaimsPage() {
  const access = await requireAccess();
  const today = startOfUtcDay(new Date());
  const { statuses, qualifications, warnings } = await orNotFound(directClaimsPage(access, today));
  const todayIso = isoDay(today);
  return (
    <>
      <PageHeader
        title="Direct claims status"
        description="Direct Claims Status (DCS) lets the centre claim certificates between external verifier visits for the qualifications the awarding body authorised (OCR handbook 5.21). Certificates claimed under DCS stay provisional until a verification visit confirms them; a final visit must take place before the end date, including every candidate."
      />
      <div className="flex flex-col gap-6">
        {warnings.length > 0 && (
          <section
            aria-labelledby="dcs-warnings"
            className="rounded-lg border border-warning-800/30 bg-warning-100 p-4"
            data-testid="dcs-warnings"
          >
            <h2 id="dcs-warnings" className="text-lg font-semibold">
              End dates coming
            </h2>
            <ul className="mt-2 flex flex-col gap-2">
              {warnings.flatMap((warning) =>
                warning.findings.map((finding) => (
                  <li key={`${warning.qualificationId}-${finding.code}`}>
                    <span className="font-semibold">{warning.title}</span> (DCS ends {displayDay(dayFrom(warning.endsOn))}):{" "}
                    {displayFindingDates(finding.message)} <span className="text-sm text-ink-muted">({finding.source})</span>
                  </li>
                )),
              )}
            </ul>
          </section>
        )}
        {statuses.length === 0 && <p>The centre has no Direct Claims Status recorded.</p>}
        {statuses.map((status) => {
          const name = `${status.qualification.qualificationNumber} ${status.qualification.title}`;
          const common = {
            workspaceKey: access.workspace.key,
            today: todayIso,
            statusId: status.id,
            version: status.version,
            qualification: name,
          };
          return (
            <Card key={status.id} title={name} data-testid="dcs-status">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={status.state === "ACTIVE" ? "success" : "warning"}>{directClaimsStateLabels[status.state]}</Badge>
                <span>
                  {status.standing.underDirectClaims
                    ? "Claims made today are direct claims: provisional until a visit confirms them."
                    : "Claims made today are not direct claims."}
                </span>
              </p>
              {!status.standing.underDirectClaims && status.standing.findings.length > 0 && (
                <ul className="mt-2 list-disc pl-5">
                  {status.standing.findings.map((finding) => (
                    <li key={finding.code}>{displayFindingDates(finding.message)}</li>
                  ))}
                </ul>
              )}
              <dl className="mt-3 grid gap-1 sm:grid-cols-[max-content_1fr] sm:gap-x-4">
                <dt className="font-semibold">Granted</dt>
                <dd>{displayDay(status.grantedOn)}</dd>
                <dt className="font-semibold">Last day for direct claims</dt>
                <dd>
                  {status.lastDay
                    ? `${displayDay(dayFrom(status.lastDay))}${status.endsOn ? "" : " (the qualification's end date)"}`
                    : "No end date recorded (neither the DCS nor the qualification has one)"}
                </dd>
                <dt className="font-semibold">Conditions</dt>
                <dd className="whitespace-pre-line">{status.conditions}</dd>
                {status.state === "WITHDRAWN" && status.withdrawnOn && (
                  <>
                    <dt className="font-semibold">Withdrawn</dt>
                    <dd>
                      {displayDay(status.withdrawnOn)}: {status.withdrawalReason}
                    </dd>
                  </>
                )}
              </dl>
              <div className="mt-4">
                <Table caption={`History of DCS for ${name}`}>
                  <THead>
                    <TR>
                      <TH>Date</TH>
                      <TH>What happened</TH>
                      <TH>Reason</TH>
                      <TH>Recorded by</TH>
                    </TR>
                  </THead>
                  <TBody>
                    {status.events.map((event) => (
                      <TR key={event.id}>
                        <TD className="whitespace-nowrap">{displayDay(event.effectiveOn)}</TD>
                        <TD>{directClaimsEventLabels[event.kind]}</TD>
                        <TD className="whitespace-pre-line">{event.reason}</TD>
                        <TD>{event.recordedBy ?? ""}</TD>
                      </TR>
                    ))}
                  </TBody>
                </Table>
              </div>
              <div className="mt-4 flex flex-col gap-3">
                {status.state === "ACTIVE" ? (
                  <details className="rounded-md border border-line-subtle p-3">
                    <summary className="cursor-pointer font-semibold text-brand-800">Record a withdrawal</summary>
                    <div className="mt-3">
                      <WithdrawDirectClaimsStatusForm key={status.version} {...common} />
                    </div>
                  </details>
                ) : (
                  <details className="rounded-md border border-line-subtle p-3">
                    <summary className="cursor-pointer font-semibold text-brand-800">Record a reinstatement</summary>
                    <div className="mt-3">
                      <ReinstateDirectClaimsStatusForm key={status.version} {...common} />
                    </div>
                  </details>
                )}
                <details className="rounded-md border border-line-subtle p-3">
                  <summary className="cursor-pointer font-semibold text-brand-800">Change the end date or conditions</summary>
                  <div className="mt-3">
                    <ChangeDirectClaimsStatusForm
                      key={status.version}
                      {...common}
                      endsOn={isoDay(status.endsOn)}
                      conditions={status.conditions}
                    />
                  </div>
                </details>
              </div>
            </Card>
          );
        })}
        {qualifications.length > 0 && (
          <Card title="Record Direct Claims Status">
            <p className="mb-3">
              When the awarding body says the centre may use DCS for a qualification, record it here with the authorisation letter&apos;s
              conditions.
            </p>
            <RecordDirectClaimsStatusForm
              workspaceKey={access.workspace.key}
              today={todayIso}
              qualifications={qualifications.map((qualification) => ({
                value: qualification.id,
                label: `${qualification.qualificationNumber} ${qualification.title}`,
              }))}
            />
          </Card>
        )}
      </div>
    </>
  );
}
