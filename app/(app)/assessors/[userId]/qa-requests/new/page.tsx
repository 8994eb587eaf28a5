import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { isoDay } from "@/lib/format/dates";
import { qaRequestRecipient } from "@/lib/qa-requests/queries";
import { addDays } from "@/lib/rules/dates";
import { CreateQaRequestForm } from "./create-qa-request-form";

export const metadata: Metadata = { title: "Send a quality-assurance request" };

export default async function NewQaRequestPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const access = await requireAccess();
  const assessor = await orNotFound(qaRequestRecipient(access, userId));
  const today = isoDay(new Date());
  return (
    <>
      <BackLink href={`/assessors/${assessor.userId}`}>{`Back to ${assessor.name}'s compliance review`}</BackLink>
      <PageHeader
        title="Send a quality-assurance request"
        description={`To ${assessor.name}. The Institute's code (A5): assessors comply with quality assurance on request, such as a review of their CPD log, a sample of their decisions or an observation.`}
      />
      <Card>
        <CreateQaRequestForm workspaceKey={access.workspace.key} userId={assessor.userId} today={today} defaultDueOn={addDays(today, 28)} />
      </Card>
    </>
  );
}
