import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { getCandidatePlan, planFormOptions } from "@/lib/assessment-plans/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { isoDay } from "@/lib/format/dates";
import { PlanForm } from "../../plan-form";
import { unitLabel } from "../../unit-label";

export const metadata: Metadata = { title: "Change an assessment plan" };

export default async function EditPlanPage({ params }: { params: Promise<{ candidateId: string; planId: string }> }) {
  const { candidateId, planId } = await params;
  const access = await requireAccess();
  const { candidate, units } = await orNotFound(planFormOptions(access, candidateId));
  const { plan } = await orNotFound(getCandidatePlan(access, candidateId, planId));
  if (candidate.status !== "ACTIVE") notFound();
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}/plans/${plan.id}`}>Back to the plan</BackLink>
      <PageHeader title="Change the plan" description={`${plan.title} · ${candidate.name}`} />
      <PlanForm
        workspaceKey={access.workspace.key}
        candidateId={candidate.id}
        units={units.map((unit) => ({ id: unit.id, label: unitLabel(unit) }))}
        existing={{ planId: plan.id, version: plan.version, agreed: plan.status === "AGREED" }}
        defaults={{
          title: plan.title,
          activities: plan.activities,
          methods: plan.methods,
          evidenceSources: plan.evidenceSources,
          unitIds: plan.unitIds,
          plannedOn: isoDay(plan.plannedOn),
          reviewOn: isoDay(plan.reviewOn),
          place: plan.place ?? "",
          peopleInvolved: plan.peopleInvolved ?? "",
        }}
      />
    </>
  );
}
