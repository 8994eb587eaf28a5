import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { planFormOptions } from "@/lib/assessment-plans/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { emptyPlan, PlanForm } from "../plan-form";
import { unitLabel } from "../unit-label";

export const metadata: Metadata = { title: "Write an assessment plan" };

export default async function NewPlanPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const { candidate, units } = await orNotFound(planFormOptions(access, candidateId));
  if (candidate.status !== "ACTIVE") notFound();
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}/plans`}>Back to plans</BackLink>
      <PageHeader
        title="Write an assessment plan"
        description={`Agree with ${candidate.name} what will be assessed, how and when. They confirm the plan from their own account.`}
      />
      <PlanForm
        workspaceKey={access.workspace.key}
        candidateId={candidate.id}
        units={units.map((unit) => ({ id: unit.id, label: unitLabel(unit) }))}
        defaults={emptyPlan}
      />
    </>
  );
}
