import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { isoDay } from "@/lib/format/dates";
import { assessorsForFeedback } from "@/lib/iqa-feedback/queries";
import { GiveIqaFeedbackForm } from "./give-iqa-feedback-form";

export const metadata: Metadata = { title: "Give feedback to an assessor" };

export default async function NewIqaFeedbackPage() {
  const access = await requireAccess();
  const assessors = await orNotFound(assessorsForFeedback(access));
  return (
    <>
      <BackLink href="/iqa-feedback">Back to IQA feedback</BackLink>
      <PageHeader
        title="Give feedback to an assessor"
        description="Written feedback on the assessor's practice (RD07) and the actions you agree, each with a due date. The assessor reads it on their IQA feedback page, acknowledges it and responds."
      />
      {assessors.length === 0 ? (
        <Card>
          <p>The centre has no other active assessors to give feedback to.</p>
        </Card>
      ) : (
        <GiveIqaFeedbackForm workspaceKey={access.workspace.key} assessors={assessors} today={isoDay(new Date())} />
      )}
    </>
  );
}
