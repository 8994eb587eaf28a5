import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { eventLabels } from "@/lib/approvals/labels";
import { requireAccess } from "@/lib/auth/current-access";
import { relationshipLabels } from "@/lib/conflicts/labels";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, displayLongDay } from "@/lib/format/dates";
import { ictMarkStateLabels, ictMarkStateTones } from "@/lib/schools/labels";
import { getSchool } from "@/lib/schools/queries";
import { SchoolForm } from "../school-form";
import { IctMarkAwardForm } from "./ict-mark-award-form";
import { RenewalReminderButton } from "./renewal-reminder-button";

export const metadata: Metadata = { title: "School" };

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";
const longDay = (iso: string) => displayLongDay(new Date(`${iso}T00:00:00Z`));

export default async function SchoolPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const access = await requireAccess();
  const { schoolId } = await params;
  const { school, policy, assessments, reminders, conflicts } = await orNotFound(getSchool(access, schoolId));
  const { standing } = school;
  const workspaceKey = access.workspace.key;

  let standingText: string;
  if (standing.state === "notAwarded" || !standing.expiresOn || standing.daysToExpiry === null)
    standingText = "No ICT Mark award is recorded for this school.";
  else if (standing.state === "expired") standingText = `The ICT Mark expired on ${longDay(standing.expiresOn)}.`;
  else
    standingText = `The ICT Mark runs to ${longDay(standing.expiresOn)} (${standing.daysToExpiry} ${standing.daysToExpiry === 1 ? "day" : "days"} from today).`;

  return (
    <>
      <BackLink href="/schools">Back to schools</BackLink>
      <PageHeader title={school.name} description={school.urn ? `URN ${school.urn}` : undefined} />
      <div className="flex flex-col gap-6">
        <Card title="ICT Mark">
          <div className="flex flex-col gap-4">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={ictMarkStateTones[standing.state]}>{ictMarkStateLabels[standing.state]}</Badge>
              <span>{standingText}</span>
            </p>
            {school.ictMarkAwardedOn && (
              <p>
                Awarded on {displayLongDay(school.ictMarkAwardedOn)}; valid for {policy.validityYears} years ({policy.source}).
              </p>
            )}
            {standing.state === "renewalDue" && !standing.reminderDue && school.renewalReminderSentAt && (
              <p>A renewal reminder was sent on {displayLongDay(school.renewalReminderSentAt)}.</p>
            )}
            {standing.reminderDue &&
              (school.contactEmail ? (
                <RenewalReminderButton
                  workspaceKey={workspaceKey}
                  schoolId={school.id}
                  version={school.version}
                  contactEmail={school.contactEmail}
                />
              ) : (
                <p>A renewal reminder is due, but the school has no contact email: add one below to send it.</p>
              ))}
            <h3 className="font-semibold">{school.ictMarkAwardedOn ? "Record a renewal" : "Record the award"}</h3>
            <IctMarkAwardForm workspaceKey={workspaceKey} schoolId={school.id} version={school.version} awardedOn="" />
          </div>
        </Card>

        <Card title="Renewal reminders sent">
          {reminders.length === 0 ? (
            <p>No renewal reminder has been sent to this school.</p>
          ) : (
            <Table caption="Renewal reminders sent" captionHidden>
              <THead>
                <TR>
                  <TH>Sent on</TH>
                  <TH>To</TH>
                  <TH>By</TH>
                </TR>
              </THead>
              <TBody>
                {reminders.map((reminder) => (
                  <TR key={reminder.id}>
                    <TD className="whitespace-nowrap">{displayDay(reminder.sentAt)}</TD>
                    <TD className="break-all">{reminder.sentTo}</TD>
                    <TD>{reminder.sentBy ?? "Assay"}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>

        <Card title="Assessments and moderations at this school">
          {assessments.length === 0 ? (
            <p>No moderated assessment, school assessment or quality review has been recorded at this school.</p>
          ) : (
            <Table caption="Assessments and moderations at this school" captionHidden>
              <THead>
                <TR>
                  <TH>Date</TH>
                  <TH>What</TH>
                  <TH>Assessor</TH>
                  <TH>Reason and evidence</TH>
                </TR>
              </THead>
              <TBody>
                {assessments.map((event) => (
                  <TR key={event.id}>
                    <TD className="whitespace-nowrap">{displayDay(event.occurredOn)}</TD>
                    <TD>{eventLabels[event.type as keyof typeof eventLabels] ?? event.type}</TD>
                    <TD>
                      <Link href={`/assessors/${event.assessorId}`} className={linkClasses}>
                        {event.assessorName}
                      </Link>
                    </TD>
                    <TD className="break-words">
                      {event.reason}
                      {event.evidence ? ` (${event.evidence})` : ""}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>

        <Card title="Conflicts of interest declared">
          <div className="flex flex-col gap-3">
            <p className="text-sm text-ink-muted">
              An assessor may not assess a school they supported through the Self-review Framework (Naace code of practice, eligibility to
              assess).
            </p>
            {conflicts.length === 0 ? (
              <p>No assessor has declared a relationship with this school.</p>
            ) : (
              <Table caption="Conflicts of interest declared about this school" captionHidden>
                <THead>
                  <TR>
                    <TH>Assessor</TH>
                    <TH>Relationship</TH>
                    <TH>Since</TH>
                    <TH>Ended</TH>
                  </TR>
                </THead>
                <TBody>
                  {conflicts.map((conflict) => (
                    <TR key={conflict.id}>
                      <TH scope="row">
                        <Link href={`/assessors/${conflict.staffUserId}`} className={linkClasses}>
                          {conflict.staffName}
                        </Link>
                      </TH>
                      <TD className="break-words">
                        {relationshipLabels[conflict.relationship as keyof typeof relationshipLabels] ?? conflict.relationship}
                        {conflict.details ? `: ${conflict.details}` : ""}
                      </TD>
                      <TD className="whitespace-nowrap">{displayDay(conflict.declaredOn)}</TD>
                      <TD className="whitespace-nowrap">{conflict.endedOn ? displayDay(conflict.endedOn) : "Still declared"}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </div>
        </Card>

        <Card title="School details">
          <SchoolForm
            workspaceKey={workspaceKey}
            school={{ id: school.id, version: school.version }}
            defaults={{ name: school.name, urn: school.urn ?? "", contactEmail: school.contactEmail ?? "" }}
          />
        </Card>
      </div>
    </>
  );
}
