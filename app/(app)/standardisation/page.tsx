import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { exerciseStatusLabels } from "@/lib/standardisation/labels";
import {
  listStandardisationExercises,
  listStandardisationMeetings,
  standardisationDueByQualification,
} from "@/lib/standardisation/queries";

export const metadata: Metadata = { title: "Standardisation" };

const linkClasses = "text-brand-800 underline underline-offset-2";

function DueLine({ entry }: { entry: Awaited<ReturnType<typeof standardisationDueByQualification>>[number] }) {
  const title = `${entry.qualification.title} (${entry.qualification.qualificationNumber})`;
  if (entry.lastHeldOn === null) {
    return (
      <>
        <Badge tone="warning">Due now</Badge> <span className="font-medium">{title}</span>: no standardisation meeting recorded yet.
      </>
    );
  }
  const dueOn = entry.dueOn ? displayDay(new Date(`${entry.dueOn}T00:00:00Z`)) : "";
  const last = `last meeting ${displayDay(entry.lastHeldOn)}; every ${entry.intervalMonths} ${entry.intervalMonths === 1 ? "month" : "months"}`;
  if (!entry.due) {
    return (
      <>
        <Badge tone="success">Not yet due</Badge> <span className="font-medium">{title}</span>: next due {dueOn}, {last}.
      </>
    );
  }
  return (
    <>
      <Badge tone={entry.overdueByDays > 0 ? "danger" : "warning"}>{entry.overdueByDays > 0 ? "Overdue" : "Due today"}</Badge>{" "}
      <span className="font-medium">{title}</span>: due {dueOn}
      {entry.overdueByDays > 0 && `, ${entry.overdueByDays} ${entry.overdueByDays === 1 ? "day" : "days"} overdue`}, {last}.
    </>
  );
}

export default async function StandardisationPage() {
  const access = await requireAccess();
  const [due, exercises, meetings] = await orNotFound(
    Promise.all([standardisationDueByQualification(access), listStandardisationExercises(access), listStandardisationMeetings(access)]),
  );
  const manages = rolesCan(access.workspace.roles, "sampling.manage");
  const awaiting = exercises.filter((exercise) => exercise.awaitingMyJudgement).length;

  return (
    <>
      <PageHeader
        title="Standardisation"
        description="Meetings where the centre's assessors and IQAs agree the standard, and exercises in which several of them judge the same evidence and compare their judgements (handbook 4.1, 5.20.1)."
        actions={
          manages ? (
            <>
              <Link href="/standardisation/meetings/new" className={buttonClasses("primary")}>
                Record a meeting
              </Link>
              <Link href="/standardisation/exercises/new" className={buttonClasses("secondary")}>
                Open an exercise
              </Link>
            </>
          ) : undefined
        }
      />
      <div className="flex flex-col gap-6">
        <Card title="Standardisation due">
          {due.length === 0 ? (
            <p>No qualification has candidates at this centre yet.</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {due.map((entry) => (
                <li key={entry.qualification.id}>
                  <DueLine entry={entry} />
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3 text-sm text-ink-muted">The interval comes from each qualification&apos;s sampling strategy.</p>
        </Card>

        <Card title="Exercises">
          {awaiting > 0 && (
            <p className="mb-3 font-medium">
              {awaiting} {awaiting === 1 ? "exercise is" : "exercises are"} awaiting your judgement.
            </p>
          )}
          {exercises.length === 0 ? (
            <p>
              {manages
                ? "No exercises yet. Open one for assessors to judge the same evidence."
                : "You have not been asked to judge any evidence yet."}
            </p>
          ) : (
            <Table caption="Standardisation exercises, those awaiting your judgement first" captionHidden>
              <THead>
                <TR>
                  <TH>Exercise</TH>
                  <TH>Unit</TH>
                  <TH>Status</TH>
                  <TH>Judged</TH>
                </TR>
              </THead>
              <TBody>
                {exercises.map((exercise) => (
                  <TR key={exercise.id}>
                    <TH scope="row">
                      <Link href={`/standardisation/exercises/${exercise.id}`} className={linkClasses}>
                        {exercise.title}
                      </Link>
                    </TH>
                    <TD className="min-w-48">{exercise.unit}</TD>
                    <TD>
                      {exercise.awaitingMyJudgement ? (
                        <Badge tone="info">Awaiting your judgement</Badge>
                      ) : (
                        <Badge tone={exercise.status === "OPEN" ? "warning" : "neutral"}>{exerciseStatusLabels[exercise.status]}</Badge>
                      )}
                    </TD>
                    <TD>
                      {exercise.judged} of {exercise.participants}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>

        <Card title="Meetings">
          {meetings.length === 0 ? (
            <p>No standardisation meetings recorded yet.</p>
          ) : (
            <Table caption="Standardisation meetings, newest first" captionHidden>
              <THead>
                <TR>
                  <TH>Held on</TH>
                  <TH>Qualification and units</TH>
                  <TH>Attendees</TH>
                  <TH>Actions</TH>
                </TR>
              </THead>
              <TBody>
                {meetings.map((meeting) => (
                  <TR key={meeting.id}>
                    <TH scope="row" className="whitespace-nowrap">
                      <Link href={`/standardisation/meetings/${meeting.id}`} className={linkClasses}>
                        {displayDay(meeting.heldOn)}
                      </Link>
                    </TH>
                    <TD className="min-w-48">
                      {meeting.qualification.title}
                      <ul className="mt-1 text-ink-muted">
                        {meeting.units.map((unit) => (
                          <li key={unit}>{unit}</li>
                        ))}
                      </ul>
                    </TD>
                    <TD className="min-w-40">
                      {meeting.attendees.join(", ")}
                      {meeting.otherAttendees && `; ${meeting.otherAttendees}`}
                    </TD>
                    <TD className="whitespace-nowrap">
                      {meeting.actionsOpen + meeting.actionsDone === 0
                        ? "None"
                        : `${meeting.actionsOpen} open, ${meeting.actionsDone} done`}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
