import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { stateLabel } from "@/lib/approvals/labels";
import { findingAboutPerson } from "@/lib/assessor-compliance/finding-wording";
import { assessorCompliance } from "@/lib/assessor-compliance/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { circumstanceChangeKindLabels, acknowledgementStanding } from "@/lib/circumstances/labels";
import { declarationSubjectName } from "@/lib/conflicts/rule-declarations";
import { relationshipLabels } from "@/lib/conflicts/labels";
import { cpdStatusLabels, cpdStatusTones } from "@/lib/cpd/labels";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { displayFindingDates } from "@/lib/format/finding-text";
import { bodyInSentence, qaRequestAnsweredLine, qaRequestKindLabels, qaRequestStanding } from "@/lib/qa-requests/labels";
import type { RuleFinding } from "@/lib/rules/findings";
import { staffFileKindLabels } from "@/lib/staff-files/labels";
import { staffFileDownloadUrl } from "@/lib/staff-files/staff-file-urls";
import { supportingReviewStatusLabels } from "@/lib/supporting-reviews/labels";
import { RecordBreachForm } from "./record-breach-form";

export const metadata: Metadata = { title: "Compliance review" };

const linkClasses = "text-brand-800 underline underline-offset-2";
const day = (iso: string) => displayDay(new Date(`${iso}T00:00:00Z`));
/** "10th", "1st", "22nd", "13th". */
const ordinal = (n: number) => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;
};

/** Rule findings, their days written as on the rest of the page; `aboutPerson` rewords findings addressed to the assessor. */
function Findings({ findings, aboutPerson }: { findings: readonly RuleFinding[]; aboutPerson?: string }) {
  if (findings.length === 0) return null;
  return (
    <ul className="mt-3 flex list-disc flex-col gap-2 pl-5">
      {findings.map((finding) => (
        <li key={`${finding.code}:${finding.message}`}>
          {aboutPerson ? findingAboutPerson(finding.message, aboutPerson) : displayFindingDates(finding.message)}{" "}
          <span className="text-sm text-ink-muted">({finding.source})</span>
        </li>
      ))}
    </ul>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function AssessorCompliancePage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const access = await requireAccess();
  const review = await orNotFound(assessorCompliance(access, userId));
  const canManage = rolesCan(access.workspace.roles, "assessorRegister.manage");
  const { person, approval, cpd, activity, qaOutcomes, naace, awardingBody } = review;
  const openQa = review.qaRequests.filter((request) => request.status === "OPEN");
  const overdueQa = openQa.filter((request) => request.overdueByDays > 0).length;
  const answeredQa = openQa.filter((request) => request.respondedAt !== null).length;
  const bodyName = bodyInSentence(awardingBody.name);
  const openReview = review.reviews.find((row) => row.status === "OPEN");

  return (
    <>
      <BackLink href="/assessors">Back to the assessor register</BackLink>
      <PageHeader
        title={`Compliance review: ${person.name}`}
        description={`${person.email}.${
          review.centres.length > 0
            ? ` Works at ${review.centres.map((centre) => `${centre.centreName} (${centre.role === "IQA" ? "IQA" : "assessor"}${centre.status === "ACTIVE" ? "" : ", inactive"})`).join(", ")}.`
            : awardingBody.hasCentres
              ? " Not working at any of this body's centres."
              : ""
        }`}
      />
      <nav aria-label="On this page" className="mb-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {[
            ["#approval", "Approval"],
            ["#cpd", "CPD"],
            ["#activity", "Assessments"],
            ["#qa-outcomes", "QA outcomes"],
            ["#declarations", "Conflicts of interest"],
            ["#changes", "Changes notified"],
            ["#breaches", "Breaches and supporting reviews"],
            ["#qa-requests", "Quality-assurance requests"],
            ["#files", "Certificates and CV"],
          ].map(([href, label]) => (
            <li key={href}>
              <a href={href} className={linkClasses}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-col gap-6">
        <Card title="Approval" id="approval">
          {approval ? (
            <>
              <Facts
                rows={[
                  [
                    "Status",
                    <Badge key="s" tone={approval.state === "withdrawn" || approval.state === "removed" ? "danger" : "info"}>
                      {stateLabel(approval.scheme, approval.state)}
                    </Badge>,
                  ],
                  ["Approved on", approval.approvedOn ? displayDay(approval.approvedOn) : "Not yet approved"],
                  ...(approval.organisation ? ([["Organisation", approval.organisation]] as [string, ReactNode][]) : []),
                ]}
              />
              {approval.warnings.length > 0 ? <Findings findings={approval.warnings} /> : <p className="mt-3">No lifecycle warnings.</p>}
            </>
          ) : (
            <p>Not approved by this awarding body: an assessor at one of its centres, approved by the centre.</p>
          )}
          <p className="mt-4">
            <Link href={`/assessors/${person.id}/approval`} className={linkClasses}>
              Approval history and changes
            </Link>
          </p>
        </Card>

        <Card title="CPD" id="cpd">
          {!cpd.policy ? (
            <p>This awarding body&apos;s policy sets no CPD requirement.</p>
          ) : !cpd.standing ? (
            <p>No CPD status: none recorded.</p>
          ) : (
            <>
              <p>
                <Badge tone={cpdStatusTones[cpd.standing.status]}>{cpdStatusLabels[cpd.standing.status]}</Badge>{" "}
                <span className="text-sm text-ink-muted">under {cpd.policy.source}</span>
              </p>
              <p className="mt-3">
                This CPD year ({day(cpd.standing.currentYear.start)} to {day(cpd.standing.currentYear.end)}):{" "}
                {cpd.standing.currentYear.hours} {cpd.standing.currentYear.hours === 1 ? "hour" : "hours"}
                {cpd.policy.minimumHours !== null ? ` (${cpd.policy.minimumHours} needed)` : ""}
                {cpd.policy.mandatoryEvent
                  ? `; ${cpd.policy.mandatoryEvent.name} ${cpd.standing.currentYear.mandatoryEventAttended ? "attended" : "not yet attended"}`
                  : ""}
                .
              </p>
              <Findings findings={cpd.standing.findings} aboutPerson={person.name} />
            </>
          )}
        </Card>

        <Card title="Assessments in the last 12 months" id="activity">
          {naace && (
            <div className={awardingBody.hasCentres ? "mb-5" : undefined}>
              {naace.schoolAssessments.length === 0 ? (
                <p>
                  No school assessments recorded in the 12 months to {day(review.asOf)} ({naace.schoolAssessmentsInAll} in all).
                </p>
              ) : (
                <>
                  <p>
                    {naace.schoolAssessments.length} school {naace.schoolAssessments.length === 1 ? "assessment" : "assessments"} in the 12
                    months to {day(review.asOf)} ({naace.schoolAssessmentsInAll} in all; a quality review falls at every{" "}
                    {ordinal(naace.qualityReviewEveryAssessments)}).
                  </p>
                  <div className="mt-3">
                    <Table caption="School assessments in the last 12 months">
                      <THead>
                        <TR>
                          <TH>Date</TH>
                          <TH>School</TH>
                          <TH>Report</TH>
                        </TR>
                      </THead>
                      <TBody>
                        {naace.schoolAssessments.map((assessment) => (
                          <TR key={assessment.id}>
                            <TD className="whitespace-nowrap">{day(assessment.on)}</TD>
                            <TD>{assessment.school ?? "Not recorded"}</TD>
                            <TD>{assessment.reference ?? "—"}</TD>
                          </TR>
                        ))}
                      </TBody>
                    </Table>
                  </div>
                </>
              )}
            </div>
          )}
          {awardingBody.hasCentres ? (
            <>
              {activity.recorded === 0 ? (
                <p>None recorded at this body&apos;s centres.</p>
              ) : (
                <>
                  <p>
                    {activity.assessmentsInYear} {activity.assessmentsInYear === 1 ? "assessment" : "assessments"} recorded at this
                    body&apos;s centres in the 12 months to {day(review.asOf)}
                    {activity.policy
                      ? `; the body recommends at least ${activity.policy.minimumAssessmentsPerYear} a year and usually no more than ${activity.policy.maximumAssessmentsPerDay} in a day.`
                      : "."}
                  </p>
                  {activity.policy &&
                    (activity.busyDays.length === 0 ? (
                      <p className="mt-3">No day over the daily maximum.</p>
                    ) : (
                      <div className="mt-3">
                        <Table caption="Days over the daily maximum">
                          <THead>
                            <TR>
                              <TH>Day</TH>
                              <TH>Assessments</TH>
                              <TH>Reason recorded</TH>
                            </TR>
                          </THead>
                          <TBody>
                            {activity.busyDays.map((busy) => (
                              <TR key={busy.on}>
                                <TD className="whitespace-nowrap">{day(busy.on)}</TD>
                                <TD>{busy.count}</TD>
                                <TD>{busy.justified ? "Yes" : <Badge tone="warning">No reason recorded</Badge>}</TD>
                              </TR>
                            ))}
                          </TBody>
                        </Table>
                      </div>
                    ))}
                  {!activity.policy && (
                    <p className="mt-3 text-sm text-ink-muted">This body&apos;s policy sets no yearly minimum or daily maximum.</p>
                  )}
                  <Findings findings={activity.findings} />
                </>
              )}
            </>
          ) : (
            !naace && <p>None recorded: {awardingBody.name} has no centres.</p>
          )}
        </Card>

        <Card title="QA outcomes" id="qa-outcomes">
          {naace && (
            <div className={`flex flex-col gap-4${awardingBody.hasCentres ? " mb-5" : ""}`}>
              {naace.moderations.length === 0 ? (
                <p>No moderated assessment recorded yet.</p>
              ) : (
                <Table caption="Moderated assessments">
                  <THead>
                    <TR>
                      <TH>Date</TH>
                      <TH>School</TH>
                      <TH>Outcome</TH>
                      <TH>Report</TH>
                    </TR>
                  </THead>
                  <TBody>
                    {naace.moderations.map((moderation) => (
                      <TR key={moderation.id}>
                        <TD className="whitespace-nowrap">{day(moderation.on)}</TD>
                        <TD>{moderation.school ?? "Not recorded"}</TD>
                        <TD>
                          <Badge tone={moderation.outcome === "satisfactory" ? "success" : "danger"}>
                            {moderation.outcome === "satisfactory" ? "Satisfactory" : "Unsatisfactory"}
                          </Badge>
                        </TD>
                        <TD>{moderation.reference ?? "—"}</TD>
                      </TR>
                    ))}
                  </TBody>
                </Table>
              )}
              <p>
                {naace.qualityReviews.length === 0
                  ? "No quality review completed yet"
                  : `${naace.qualityReviews.length} quality ${naace.qualityReviews.length === 1 ? "review" : "reviews"} completed: ${naace.qualityReviews.map((qualityReview) => day(qualityReview.on)).join(", ")}`}
                {` (one falls at every ${ordinal(naace.qualityReviewEveryAssessments)} school assessment; ${naace.schoolAssessmentsInAll} recorded).`}
              </p>
            </div>
          )}
          {awardingBody.hasCentres ? (
            <>
              {qaOutcomes.sampled === 0 ? (
                <p>None recorded: no IQA sampling of their decisions at this body&apos;s centres in the last 12 months.</p>
              ) : (
                <>
                  <p>
                    {qaOutcomes.sampled} {qaOutcomes.sampled === 1 ? "decision" : "decisions"} sampled by IQAs in the last 12 months:{" "}
                    {qaOutcomes.agree} agreed, {qaOutcomes.agreeWithAction} agreed with action, {qaOutcomes.disagree} disagreed.
                  </p>
                  <div className="mt-3">
                    <Table caption="Sampled decisions by quarter">
                      <THead>
                        <TR>
                          <TH>Quarter</TH>
                          <TH>Sampled</TH>
                          <TH>Disagreed</TH>
                          <TH>Disagree rate</TH>
                        </TR>
                      </THead>
                      <TBody>
                        {qaOutcomes.quarters.map((quarter) => (
                          <TR key={quarter.period}>
                            <TH scope="row">{quarter.period}</TH>
                            <TD>{quarter.sampled}</TD>
                            <TD>{quarter.disagreed}</TD>
                            <TD>{quarter.rate === null ? "—" : `${Math.round(quarter.rate * 100)}%`}</TD>
                          </TR>
                        ))}
                      </TBody>
                    </Table>
                  </div>
                </>
              )}
            </>
          ) : (
            !naace && <p>None recorded: {awardingBody.name} has no centres whose IQAs sample decisions.</p>
          )}
        </Card>

        <Card title="Conflicts of interest" id="declarations">
          {review.declarations.length === 0 ? (
            <p>
              {awardingBody.hasCentres
                ? "None declared about this body's centres, candidates or schools."
                : `None declared about ${bodyName}'s schools.`}
            </p>
          ) : (
            <Table caption="Conflicts of interest declared" captionHidden>
              <THead>
                <TR>
                  <TH>About</TH>
                  <TH>Relationship</TH>
                  <TH>Since</TH>
                  <TH>Ended</TH>
                </TR>
              </THead>
              <TBody>
                {review.declarations.map((declaration) => (
                  <TR key={declaration.id}>
                    <TD>{declarationSubjectName(declaration)}</TD>
                    <TD>{relationshipLabels[declaration.relationship]}</TD>
                    <TD className="whitespace-nowrap">{displayDay(declaration.declaredOn)}</TD>
                    <TD className="whitespace-nowrap">{declaration.endedOn ? displayDay(declaration.endedOn) : "Current"}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>

        <Card title="Changes of circumstance notified" id="changes">
          {review.changes.length === 0 ? (
            <p>None notified to this body.</p>
          ) : (
            <Table caption="Changes of circumstance notified to this body" captionHidden>
              <THead>
                <TR>
                  <TH>Change</TH>
                  <TH>Details</TH>
                  <TH>From</TH>
                  <TH>Notified</TH>
                  <TH>Acknowledged</TH>
                </TR>
              </THead>
              <TBody>
                {review.changes.map((change) => {
                  const standing = acknowledgementStanding(change);
                  return (
                    <TR key={change.id}>
                      <TD>{circumstanceChangeKindLabels[change.kind]}</TD>
                      <TD className="whitespace-pre-line">{change.details}</TD>
                      <TD className="whitespace-nowrap">{day(change.effectiveOn)}</TD>
                      <TD className="whitespace-nowrap">{displayDay(change.notifiedAt)}</TD>
                      <TD>
                        <Badge tone={standing.tone}>{standing.label}</Badge>
                      </TD>
                    </TR>
                  );
                })}
              </TBody>
            </Table>
          )}
          <p className="mt-3">
            <Link href="/assessors/changes" className={linkClasses}>
              All changes notified to this body
            </Link>
          </p>
        </Card>

        <Card title="Breaches and supporting reviews" id="breaches">
          {!review.supportingReviewsApply ? (
            <p>
              {review.policy.naaceLifecycle
                ? `${awardingBody.name}'s assessor code has no supporting review: concerns are dealt with through moderation, second moderation and removal, recorded in the approval history.`
                : !review.policy.icsLifecycle
                  ? `${awardingBody.name} approves no assessors itself; its centres do. Supporting reviews are not part of its process.`
                  : `${person.name} is not approved by ${bodyName}: they work at its centres, approved by the centre. Supporting reviews follow a breach by an assessor ${bodyName} approves.`}
            </p>
          ) : (
            <div className="flex flex-col gap-5">
              <p>
                {review.openBreaches} open {review.openBreaches === 1 ? "breach" : "breaches"}
                {openReview ? (
                  <>
                    {" "}
                    in the{" "}
                    <Link href={`/assessors/${person.id}/reviews/${openReview.id}`} className={linkClasses}>
                      open supporting review (since {displayDay(openReview.openedOn)})
                    </Link>
                    .
                  </>
                ) : (
                  "; no supporting review is open."
                )}
              </p>
              {review.reviews.length > 0 && (
                <Table caption="Supporting reviews">
                  <THead>
                    <TR>
                      <TH>Opened</TH>
                      <TH>Status</TH>
                      <TH>Breaches</TH>
                      <TH>Letters</TH>
                      <TH>Ended</TH>
                    </TR>
                  </THead>
                  <TBody>
                    {review.reviews.map((row) => {
                      const status = supportingReviewStatusLabels[row.status];
                      return (
                        <TR key={row.id}>
                          <TD className="whitespace-nowrap">
                            <Link href={`/assessors/${person.id}/reviews/${row.id}`} className={linkClasses}>
                              {displayDay(row.openedOn)}
                            </Link>
                          </TD>
                          <TD>
                            <Badge tone={status.tone}>{status.label}</Badge>
                          </TD>
                          <TD>{row._count.breaches}</TD>
                          <TD>{row._count.correspondence}</TD>
                          <TD className="whitespace-nowrap">{row.closedOn ? displayDay(row.closedOn) : "—"}</TD>
                        </TR>
                      );
                    })}
                  </TBody>
                </Table>
              )}
              {review.breaches.length > 0 && (
                <Table caption="Breaches recorded">
                  <THead>
                    <TR>
                      <TH>Date</TH>
                      <TH>What happened</TH>
                    </TR>
                  </THead>
                  <TBody>
                    {review.breaches.map((breach) => (
                      <TR key={breach.id}>
                        <TD className="whitespace-nowrap">{displayDay(breach.occurredOn)}</TD>
                        <TD className="whitespace-pre-line">{breach.description}</TD>
                      </TR>
                    ))}
                  </TBody>
                </Table>
              )}
              {canManage && (
                <div>
                  <h3 className="mb-2 text-base font-semibold">Record a breach</h3>
                  <p className="mb-3 max-w-xl text-sm text-ink-muted">
                    A breach of the Code puts the assessor into a supporting review{openReview ? " (it joins the open one)" : ""}. Repeated
                    breaches, or no response to the correspondence, can lead to withdrawal.
                  </p>
                  <RecordBreachForm workspaceKey={access.workspace.key} userId={person.id} today={review.asOf} />
                </div>
              )}
            </div>
          )}
        </Card>

        <Card title="Quality-assurance requests" id="qa-requests">
          <p className="mb-3">
            {openQa.length} open{overdueQa > 0 ? `, ${overdueQa} overdue` : ""}
            {answeredQa > 0 ? `, ${answeredQa} answered and waiting for ${bodyName} to complete` : ""}.
          </p>
          {review.qaRequests.length > 0 && (
            <Table caption="Quality-assurance requests to this assessor" captionHidden>
              <THead>
                <TR>
                  <TH>Request</TH>
                  <TH>Requested</TH>
                  <TH>Due</TH>
                  <TH>Status</TH>
                  <TH>Answered</TH>
                </TR>
              </THead>
              <TBody>
                {review.qaRequests.map((request) => {
                  const standing = qaRequestStanding(request);
                  return (
                    <TR key={request.id}>
                      <TD>
                        <Link href={`/assessors/${person.id}/qa-requests/${request.id}`} className={linkClasses}>
                          {qaRequestKindLabels[request.kind]}
                        </Link>
                      </TD>
                      <TD className="whitespace-nowrap">{displayDay(request.requestedOn)}</TD>
                      <TD className="whitespace-nowrap">{displayDay(request.dueOn)}</TD>
                      <TD>
                        <Badge tone={standing.tone}>{standing.label}</Badge>
                      </TD>
                      <TD>
                        {request.respondedAt ? (
                          <>
                            <span className="whitespace-nowrap">{qaRequestAnsweredLine(request)}</span>
                            <span className="mt-1 block whitespace-pre-line">{request.assessorResponse}</span>
                          </>
                        ) : (
                          "Not yet"
                        )}
                      </TD>
                    </TR>
                  );
                })}
              </TBody>
            </Table>
          )}
          {canManage && (
            <p className="mt-4">
              <Link href={`/assessors/${person.id}/qa-requests/new`} className={buttonClasses("secondary")}>
                Send a quality-assurance request
              </Link>
            </p>
          )}
        </Card>

        <Card title="Certificates and CV" id="files">
          {review.files.length === 0 ? (
            <p>No certificates, CV or role profile on their professional record.</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {review.files.map((file) => (
                <li key={file.id}>
                  {staffFileKindLabels[file.kind]}
                  {file.qualificationName ? ` for ${file.qualificationName}` : ""}:{" "}
                  <a href={staffFileDownloadUrl(file.id)} className={linkClasses}>
                    {file.fileName}
                  </a>{" "}
                  <span className="text-sm text-ink-muted">added {displayDay(file.createdAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
