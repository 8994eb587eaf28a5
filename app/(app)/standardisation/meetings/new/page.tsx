import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { isoDay } from "@/lib/format/dates";
import { meetingFormOptions } from "@/lib/standardisation/queries";
import { RecordMeetingForm } from "./record-meeting-form";

export const metadata: Metadata = { title: "Record a standardisation meeting" };

export default async function NewStandardisationMeetingPage() {
  const access = await requireAccess();
  const options = await orNotFound(meetingFormOptions(access));
  return (
    <>
      <BackLink href="/standardisation">Back to standardisation</BackLink>
      <PageHeader
        title="Record a standardisation meeting"
        description="Who attended, the units and evidence standardised, what was decided and the actions agreed. Each action shows on its owner's home page until done."
      />
      <RecordMeetingForm workspaceKey={access.workspace.key} meId={access.userId} today={isoDay(new Date())} {...options} />
    </>
  );
}
