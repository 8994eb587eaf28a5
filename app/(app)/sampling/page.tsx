import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { displayDay } from "@/lib/format/dates";
import { getSamplingHub } from "@/lib/sampling/plan-queries";
import { ProposePlanForm } from "./propose-plan-form";

export const metadata: Metadata = { title: "Sampling" };

const linkClass = "text-brand-800 underline underline-offset-2";

export default async function SamplingPage() {
  const access = await requireAccess();
  if (!isCentreAccess(access) || !rolesCan(access.workspace.roles, "sampling.view")) notFound();
  const hub = await getSamplingHub(access);
  return (
    <>
      <PageHeader
        title="Sampling"
        description={`Internal quality assurance at ${access.workspace.name}: sampling plans drawn from assessment decisions across candidates, assessors, units, methods and sites, and the sampling records (RD11) made from them (OCR handbook 5.20.1).`}
      />
      <div className="flex flex-col gap-6">
        <nav aria-label="Sampling" className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/sampling/strategy" className={linkClass}>
            Sampling strategy
          </Link>
          <Link href="/sampling/assessors" className={linkClass}>
            Assessors&apos; risk ratings
          </Link>
          <Link href="/standardisation" className={linkClass}>
            Standardisation
          </Link>
        </nav>

        {hub.canPropose && (
          <Card title="Propose a sampling plan">
            {hub.qualifications.length === 0 ? (
              <p>No candidates are registered here yet, so there is nothing to sample.</p>
            ) : (
              <>
                <p className="mb-4">
                  Assay chooses decisions from the period using the centre&apos;s sampling strategy and each assessor&apos;s risk rating, so
                  that the sample covers every assessor, unit, method and site. You are never offered your own decisions, decisions you
                  countersigned, or candidates you have declared a conflict with. You can add or drop decisions before recording the plan.
                </p>
                <ProposePlanForm
                  workspaceKey={access.workspace.key}
                  qualifications={hub.qualifications}
                  defaultPeriods={hub.defaultPeriods}
                />
              </>
            )}
          </Card>
        )}

        <Card title="Sampling plans">
          {hub.plans.length === 0 ? (
            <p>No sampling plans yet.</p>
          ) : (
            <Table caption="Sampling plans" captionHidden>
              <THead>
                <TR>
                  <TH>Plan</TH>
                  <TH>IQA</TH>
                  <TH>Period</TH>
                  <TH>Status</TH>
                  <TH>Planned</TH>
                  <TH>Sampled</TH>
                  <TH>Sampling record</TH>
                </TR>
              </THead>
              <TBody>
                {hub.plans.map((plan) => (
                  <TR key={plan.id}>
                    <TH scope="row">
                      <Link href={`/sampling/plans/${plan.id}`} className={linkClass}>
                        {plan.qualificationTitle}
                      </Link>
                    </TH>
                    <TD>
                      {plan.iqaName}
                      {plan.isMine && <span className="text-ink-muted"> (you)</span>}
                    </TD>
                    <TD className="whitespace-nowrap">
                      {displayDay(plan.periodFrom)} to {displayDay(plan.periodTo)}
                    </TD>
                    <TD>{plan.status === "DRAFT" ? <Badge tone="info">Draft</Badge> : <Badge tone="success">Recorded</Badge>}</TD>
                    <TD>{plan.planned}</TD>
                    <TD>
                      {plan.sampled} of {plan.planned}
                      {plan.disagreed > 0 && (
                        <span className="block text-sm text-ink-muted">{plan.disagreed} disagreed: not cleared yet</span>
                      )}
                    </TD>
                    <TD>
                      {plan.status === "RECORDED" ? (
                        <Link href={`/sampling/plans/${plan.id}/rd11`} className={linkClass}>
                          RD11
                          <span className="sr-only">
                            , {plan.qualificationTitle} {displayDay(plan.periodFrom)} to {displayDay(plan.periodTo)}
                          </span>
                        </Link>
                      ) : (
                        <span className="text-ink-muted">When recorded</span>
                      )}
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
