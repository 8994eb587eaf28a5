import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { exerciseFormOptions } from "@/lib/standardisation/queries";
import { OpenExerciseForm } from "./open-exercise-form";

export const metadata: Metadata = { title: "Open a standardisation exercise" };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function NewStandardisationExercisePage({ searchParams }: { searchParams: Promise<{ meeting?: string | string[] }> }) {
  const query = await searchParams;
  const access = await requireAccess();
  const options = await orNotFound(exerciseFormOptions(access));
  const meeting = options.meetings.find((entry) => entry.id === one(query.meeting)) ?? null;
  return (
    <>
      <BackLink href={meeting ? `/standardisation/meetings/${meeting.id}` : "/standardisation"}>Back</BackLink>
      <PageHeader
        title="Open a standardisation exercise"
        description="Several assessors judge the same piece of evidence against a unit's criteria, each on their own; their judgements are then compared side by side with the one you agree."
      />
      <OpenExerciseForm
        workspaceKey={access.workspace.key}
        meetingId={meeting?.id ?? ""}
        qualificationId={meeting?.qualificationId ?? ""}
        {...options}
      />
    </>
  );
}
