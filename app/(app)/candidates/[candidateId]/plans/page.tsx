import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { assessmentMethodLabels, planStatusLabels } from "@/lib/assessment-plans/labels";
import { listCandidatePlans } from "@/lib/assessment-plans/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Assessment plans" };

export default async function PlansPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const { candidate, plans } = await orNotFound(listCandidatePlans(access, candidateId));
  const isTheCandidate = candidate.userId === access.userId;
  const mayPlan = rolesCan(access.workspace.roles, "assessment.record") && candidate.status === "ACTIVE";
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}`}>{isTheCandidate ? "Back to your record" : `Back to ${candidate.name}`}</BackLink>
      <PageHeader
        title="Assessment plans"
        description={
          isTheCandidate
            ? "What you and your assessor have agreed to do. Confirm each plan once you have read it."
            : `${candidate.name}: what is planned, and whether the candidate has agreed it (RD05).`
        }
        actions={
          mayPlan ? (
            <Link href={`/candidates/${candidate.id}/plans/new`} className={buttonClasses("primary")}>
              Write a plan
            </Link>
          ) : undefined
        }
      />
      {plans.length === 0 ? (
        <Card>
          <p>{isTheCandidate ? "Your assessor has not written a plan with you yet." : "No assessment plan has been written yet."}</p>
        </Card>
      ) : (
        <ul className="flex flex-col gap-4">
          {plans.map((plan) => (
            <li key={plan.id}>
              <Card>
                <h2 className="text-lg font-semibold">
                  <Link href={`/candidates/${candidate.id}/plans/${plan.id}`} className="text-brand-800 underline underline-offset-2">
                    {plan.title}
                  </Link>
                </h2>
                <div className="mt-2 flex flex-wrap items-center gap-2">
                  <Badge tone={plan.status === "AGREED" ? "success" : "warning"}>
                    {isTheCandidate && plan.status === "AWAITING_CANDIDATE" ? "Waiting for you to confirm" : planStatusLabels[plan.status]}
                  </Badge>
                  {plan.plannedOn && <span className="text-sm text-ink-muted">Planned for {displayDay(plan.plannedOn)}</span>}
                  {plan.reviewOn && <span className="text-sm text-ink-muted">Review {displayDay(plan.reviewOn)}</span>}
                </div>
                <p className="mt-2 text-sm text-ink-muted">{plan.methods.map((method) => assessmentMethodLabels[method]).join(", ")}</p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
