import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, displayLongDay } from "@/lib/format/dates";
import { exerciseStatusLabels } from "@/lib/standardisation/labels";
import { getStandardisationMeeting } from "@/lib/standardisation/queries";

export const metadata: Metadata = { title: "Standardisation meeting" };

const linkClasses = "text-brand-800 underline underline-offset-2";

export default async function StandardisationMeetingPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const { meetingId } = await params;
  const access = await requireAccess();
  const meeting = await orNotFound(getStandardisationMeeting(access, meetingId));
  return (
    <>
      <BackLink href="/standardisation">Back to standardisation</BackLink>
      <PageHeader
        title={`Standardisation meeting, ${displayLongDay(meeting.heldOn)}`}
        description={`${meeting.qualification.title} (${meeting.qualification.qualificationNumber}) · led by ${meeting.ledBy}`}
        actions={
          meeting.mayOpenExercise ? (
            <Link href={`/standardisation/exercises/new?meeting=${meeting.id}`} className={buttonClasses("secondary")}>
              Open an exercise for this meeting
            </Link>
          ) : undefined
        }
      />
      <div className="flex flex-col gap-6">
        <Card title="Who attended">
          <ul className="list-disc pl-5">
            {meeting.attendees.map((person) => (
              <li key={person.userId}>{person.name}</li>
            ))}
          </ul>
          {meeting.otherAttendees && <p className="mt-2">Also attending: {meeting.otherAttendees}</p>}
        </Card>
        <Card title="Units standardised">
          <ul className="list-disc pl-5">
            {meeting.units.map((unit) => (
              <li key={unit.id}>{unit.label}</li>
            ))}
          </ul>
        </Card>
        <Card title="Evidence standardised">
          <p className="whitespace-pre-line">{meeting.evidenceStandardised}</p>
        </Card>
        <Card title="Decisions reached">
          <p className="whitespace-pre-line">{meeting.decisionsReached}</p>
        </Card>
        <Card title="Actions">
          {meeting.actions.length === 0 ? (
            <p>No actions were set at this meeting.</p>
          ) : (
            <Table caption="Actions set at the meeting" captionHidden>
              <THead>
                <TR>
                  <TH>Action</TH>
                  <TH>Who</TH>
                  <TH>Due</TH>
                  <TH>Status</TH>
                </TR>
              </THead>
              <TBody>
                {meeting.actions.map((action) => (
                  <TR key={action.id}>
                    <TH scope="row" className="min-w-48 whitespace-pre-line">
                      {action.description}
                    </TH>
                    <TD>{action.owner}</TD>
                    <TD className="whitespace-nowrap">{displayDay(action.dueOn)}</TD>
                    <TD>
                      {action.status === "DONE" ? (
                        <>
                          <Badge tone="success">Done</Badge>
                          {action.completedAt && <span className="block text-sm text-ink-muted">{displayDay(action.completedAt)}</span>}
                          {action.completionNote && <span className="block text-sm whitespace-pre-line">{action.completionNote}</span>}
                        </>
                      ) : (
                        <Badge tone="warning">Open</Badge>
                      )}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
          <p className="mt-3 text-sm text-ink-muted">
            Each person marks their own actions done from{" "}
            <Link href="/iqa-feedback" className={linkClasses}>
              IQA feedback
            </Link>
            ; open actions past their due date show on their home page and the IQA&apos;s.
          </p>
        </Card>
        <Card title="Exercises">
          {meeting.exercises.length === 0 ? (
            <p>No exercises belong to this meeting.</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {meeting.exercises.map((exercise) => (
                <li key={exercise.id}>
                  <Link href={`/standardisation/exercises/${exercise.id}`} className={linkClasses}>
                    {exercise.title}
                  </Link>{" "}
                  <span className="text-ink-muted">({exerciseStatusLabels[exercise.status]})</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
