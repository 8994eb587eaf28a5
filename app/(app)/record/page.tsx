import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { recordActivityPageData } from "@/lib/activities/queries";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { isoDay, startOfUtcDay } from "@/lib/format/dates";
import { recordScreenNotes } from "@/lib/assessment-arrangements/shown-to-assessor";
import { RecordActivityForm } from "./record-activity-form";

export const metadata: Metadata = { title: "Record an activity" };

export default async function RecordActivityPage({ searchParams }: { searchParams: Promise<{ candidate?: string | string[] }> }) {
  const access = await requireAccess();
  if (!isCentreAccess(access) || !rolesCan(access.workspace.roles, "assessment.record")) notFound();
  const { candidate } = await searchParams;
  const data = await recordActivityPageData(access);
  const assessorNotes = await recordScreenNotes(
    access,
    data.candidates.map((row) => row.id),
    startOfUtcDay(new Date()),
  );
  const preselected = typeof candidate === "string" && data.candidates.some((row) => row.id === candidate) ? candidate : null;
  return (
    <>
      <PageHeader
        title="Record an activity"
        description="An observation, questioning, discussion or other assessment: what happened, the criteria it covers and your decision. It saves as you type."
      />
      {data.candidates.length === 0 ? (
        <p>There are no active candidates at {access.workspace.name} to record an activity for.</p>
      ) : (
        <RecordActivityForm
          workspaceKey={access.workspace.key}
          draftKey={`${access.workspace.centreId}:${access.userId}`}
          today={isoDay(new Date())}
          candidates={data.candidates}
          criteriaByQualification={data.criteriaByQualification}
          serverDraft={data.draft}
          unattachedFiles={data.unattachedFiles}
          preselectedCandidateId={preselected}
          assessorNotes={assessorNotes}
        />
      )}
    </>
  );
}
