import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { activityDecisionLabels, assessmentMethodLabels } from "@/lib/activities/labels";
import { listActivities } from "@/lib/activities/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Assessment activities" };

export default async function ActivitiesPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const { candidate, activities } = await orNotFound(listActivities(access, candidateId));
  const mayRecord = rolesCan(access.workspace.roles, "assessment.record");
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}`}>{`Back to ${candidate.name}`}</BackLink>
      <PageHeader
        title="Assessment activities"
        description={`Observations, questioning, discussions and other assessments recorded for ${candidate.name}.`}
        actions={
          mayRecord && (
            <Link href={`/record?candidate=${candidate.id}`} className={buttonClasses()}>
              Record an activity
            </Link>
          )
        }
      />
      {activities.length === 0 ? (
        <p>No activities have been recorded yet.</p>
      ) : (
        <Table caption={`Activities recorded for ${candidate.name}`} captionHidden>
          <THead>
            <TR>
              <TH>Date</TH>
              <TH>Method</TH>
              <TH>Place</TH>
              <TH>Criteria</TH>
              <TH>Decision</TH>
              <TH>Assessor</TH>
            </TR>
          </THead>
          <TBody>
            {activities.map((activity) => (
              <TR key={activity.id}>
                <TD className="whitespace-nowrap">
                  <Link
                    href={`/candidates/${candidate.id}/activities/${activity.id}`}
                    className="text-brand-800 underline underline-offset-2"
                  >
                    {displayDay(activity.occurredOn)}
                  </Link>
                </TD>
                <TD>{assessmentMethodLabels[activity.method]}</TD>
                <TD>{activity.place}</TD>
                <TD>{activity._count.criteria}</TD>
                <TD>{activityDecisionLabels[activity.decision]}</TD>
                <TD>{activity.assessor.name}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
