import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import {
  centreApprovedLabel,
  eventDetails,
  eventLabels,
  icsStateLabels,
  naaceStateLabels,
  schemeLabels,
  stateLabel,
} from "@/lib/approvals/labels";
import { approvalPage } from "@/lib/approvals/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { requireAwardingBodyPermission, requireRecordId } from "@/lib/auth/require-permission";
import { cpdStatusLabels } from "@/lib/cpd/labels";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay } from "@/lib/format/dates";
import { displayFindingDates } from "@/lib/format/finding-text";
import type { CpdStatus } from "@/lib/rules/cpd-compliance";
import { ApprovalEventForm } from "./approval-event-form";
import { StartApprovalForm } from "./start-approval-form";

export const metadata: Metadata = { title: "Approval" };

const day = (iso: string | null | undefined) => (iso ? displayDay(new Date(`${iso}T00:00:00Z`)) : "");

export default async function ApprovalPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const page = await orNotFound(
    (async () => {
      const access = requireAwardingBodyPermission(await requireAccess(), "assessorRegister.view", "Assessor");
      const data = await approvalPage(access, requireRecordId(userId, "Assessor"));
      return { access, data };
    })(),
  );
  const { access, data } = page;
  const approval = data.approval;
  const today = isoDay(new Date());

  return (
    <>
      <BackLink href="/assessors">Back to the assessor register</BackLink>
      <PageHeader
        title={`${data.person.name}: approval`}
        description={
          <>
            {data.person.email} ·{" "}
            <Link href={`/assessors/${data.person.userId}`} className="text-brand-800 underline underline-offset-2">
              Compliance review
            </Link>
          </>
        }
      />
      <div className="flex flex-col gap-6">
        {!approval ? (
          <Card title="Approval status">
            {data.bodyScheme === null ? (
              <p>
                {centreApprovedLabel}. {access.workspace.name} runs no approval lifecycle of its own: the centres where {data.person.name}{" "}
                works approve their assessors.
              </p>
            ) : (
              <>
                <p className="mb-4">
                  {data.person.name} works at one of {access.workspace.name}&apos;s centres and has no approval with {access.workspace.name}{" "}
                  yet.
                </p>
                {data.canManage && (
                  <StartApprovalForm
                    workspaceKey={access.workspace.key}
                    userId={data.person.userId}
                    startsAs={data.bodyScheme === "ICS" ? icsStateLabels.inTraining : naaceStateLabels.selected}
                    askOrganisation={data.bodyScheme === "NAACE"}
                  />
                )}
              </>
            )}
          </Card>
        ) : (
          <>
            {approval.appeal && (
              <section
                aria-labelledby="appeal-deadline"
                className={`rounded-lg border-l-4 p-4 sm:p-6 ${approval.appeal.open ? "border-warning-800 bg-warning-100" : "border-danger-700 bg-danger-50"}`}
              >
                <h2 id="appeal-deadline" className="text-lg font-semibold text-ink">
                  Appeal deadline: {day(approval.appeal.deadline)}
                </h2>
                <p className="mt-1 text-ink">
                  {approval.appeal.open
                    ? `An appeal may be made in writing to the Naace office until ${day(approval.appeal.deadline)}, ${approval.appeal.windowDays} days after the Lead Assessor's notification on ${day(approval.appeal.notifiedOn)}.`
                    : `The appeal window closed on ${day(approval.appeal.deadline)}, ${approval.appeal.windowDays} days after the Lead Assessor's notification on ${day(approval.appeal.notifiedOn)}. An appeal received after it is refused.`}
                </p>
              </section>
            )}
            <Card title="Current state">
              <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">Status</dt>
                <dd>
                  <Badge tone={toneOf(approval.state)}>{stateLabel(approval.scheme, approval.state)}</Badge>
                  <span className="ml-2 text-sm text-ink-muted">{schemeLabels[approval.scheme]}</span>
                </dd>
                {approval.approvedOn && (
                  <>
                    <dt className="font-semibold">{approval.scheme === "ICS" ? "Single sign-off" : "Registered"}</dt>
                    <dd>{day(approval.approvedOn)}</dd>
                  </>
                )}
                {approval.organisation && (
                  <>
                    <dt className="font-semibold">Organisation</dt>
                    <dd>{approval.organisation}</dd>
                  </>
                )}
                {approval.scheme === "NAACE" && (
                  <>
                    <dt className="font-semibold">Registration fees</dt>
                    <dd>{approval.feesPaidUntil ? `Paid until ${day(approval.feesPaidUntil)}` : "No annual fee recorded"}</dd>
                  </>
                )}
                {approval.qualityReview && (
                  <>
                    <dt className="font-semibold">School assessments</dt>
                    <dd>
                      {approval.qualityReview.assessments} recorded; {approval.qualityReview.reviewsDone} quality{" "}
                      {approval.qualityReview.reviewsDone === 1 ? "review" : "reviews"} done; a review falls at every{" "}
                      {approval.qualityReview.every}th
                      {approval.qualityReview.due > 0 ? ` (${approval.qualityReview.due} due now)` : ""}.
                    </dd>
                  </>
                )}
                <dt className="font-semibold">CPD</dt>
                <dd>{data.cpdStatus ? cpdStatusLabels[data.cpdStatus as CpdStatus] : "No CPD set by the policy"}</dd>
                {data.openSupportingReviewId && (
                  <>
                    <dt className="font-semibold">Supporting review</dt>
                    <dd>
                      <Link
                        href={`/assessors/${data.person.userId}/reviews/${data.openSupportingReviewId}`}
                        className="text-brand-800 underline underline-offset-2"
                      >
                        Open supporting review
                      </Link>
                    </dd>
                  </>
                )}
              </dl>
              {approval.replayProblem && (
                <p className="mt-4 font-semibold text-danger-800">
                  The recorded history does not replay under the lifecycle rule, so no change can be recorded: {approval.replayProblem}
                </p>
              )}
              {approval.dueDates.length > 0 && (
                <>
                  <h3 className="mt-6 mb-2 font-semibold">Targets and due dates</h3>
                  <ul className="flex flex-col gap-1">
                    {approval.dueDates.map((due) => (
                      <li key={due.label}>
                        {due.label}: {due.from ? `${day(due.from)} to ${day(due.by)}` : day(due.by)}
                        {due.passed ? (
                          <Badge tone="danger" className="ml-2">
                            Overdue
                          </Badge>
                        ) : null}
                        <span className="block text-sm text-ink-muted">{due.source}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <h3 className="mt-6 mb-2 font-semibold">Warnings</h3>
              {approval.warnings.length === 0 ? (
                <p>None today.</p>
              ) : (
                <ul className="flex list-disc flex-col gap-1 pl-5">
                  {approval.warnings.map((finding) => (
                    <li key={finding.code}>
                      {displayFindingDates(finding.message)} <span className="text-sm text-ink-muted">({finding.source})</span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>

            {data.ownCaseRefusal && (
              <Card title="Record a change">
                <p>{data.ownCaseRefusal}</p>
              </Card>
            )}
            {data.canManage && (
              <Card title="Record a change">
                {approval.forms.length === 0 ? (
                  <p>No change can be recorded from {stateLabel(approval.scheme, approval.state).toLowerCase()}.</p>
                ) : (
                  <>
                    <p className="mb-3 text-ink-muted">
                      Each change needs its date and reason. The lifecycle rule refuses a change the state does not allow and says why.
                      {approval.scheme === "ICS" ? " Breaches and supporting reviews are recorded from the compliance review." : ""}
                    </p>
                    <ul className="flex flex-col gap-3">
                      {approval.forms.map((type) => (
                        <li key={type}>
                          <details className="rounded-md border border-line-subtle p-3">
                            <summary className="cursor-pointer font-semibold text-brand-800">{eventLabels[type]}</summary>
                            <ApprovalEventForm
                              workspaceKey={access.workspace.key}
                              approvalId={approval.id}
                              version={approval.version}
                              type={type}
                              schools={data.schools}
                              today={today}
                            />
                          </details>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </Card>
            )}

            {approval.history.length === 0 ? (
              <Card title="Lifecycle history">
                <p>Nothing recorded yet.</p>
              </Card>
            ) : (
              <Table caption="Lifecycle history">
                <THead>
                  <TR>
                    <TH>Date</TH>
                    <TH>Change</TH>
                    <TH>Reason</TH>
                    <TH>Evidence</TH>
                    <TH>School</TH>
                    <TH>Recorded by</TH>
                  </TR>
                </THead>
                <TBody>
                  {approval.history.map((entry) => (
                    <TR key={entry.id}>
                      <TD className="whitespace-nowrap">{day(entry.occurredOn)}</TD>
                      <TH scope="row" className="min-w-48">
                        {eventLabels[entry.event.type] ?? entry.event.type}
                        {eventDetails(entry.event).map((detail) => (
                          <span key={detail} className="block text-sm font-normal text-ink-muted">
                            {detail}
                          </span>
                        ))}
                      </TH>
                      <TD className="min-w-48 whitespace-pre-line">{entry.reason}</TD>
                      <TD className="min-w-40 whitespace-pre-line">{entry.evidence ?? ""}</TD>
                      <TD>{entry.school?.name ?? ""}</TD>
                      <TD className="min-w-36">
                        {entry.recordedBy ?? "Not recorded"}
                        <span className="block text-sm text-ink-muted">{displayDay(entry.recordedAt)}</span>
                      </TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </>
        )}
      </div>
    </>
  );
}

function toneOf(state: string): "success" | "warning" | "danger" | "info" | "neutral" {
  if (["fullyAccredited", "accredited", "singleSignOff"].includes(state)) return "success";
  if (["supportingReview", "developmentRequired", "awaitingSecondModeration", "appealing", "notAccredited"].includes(state))
    return "warning";
  if (["withdrawn", "removed", "ceased"].includes(state)) return "danger";
  return "info";
}
