import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { displayDay } from "@/lib/format/dates";
import { samplingOutcomeLabels, samplingStageLabels } from "@/lib/sampling/labels";
import { addableLimit, getSamplingPlan, type SamplingPlanPage } from "@/lib/sampling/plan-queries";
import { AddItemForm } from "./add-item-form";
import { AssessorCoverageTable, CoverageGaps, CoverageMatrix, DimensionTable } from "./coverage-tables";
import { DropItemForm } from "./drop-item-form";
import { RecordPlanForm } from "./record-plan-form";

export const metadata: Metadata = { title: "Sampling plan" };

const linkClass = "text-brand-800 underline underline-offset-2";

function ItemStatus({ status }: { status: SamplingPlanPage["items"][number]["status"] }) {
  switch (status.kind) {
    case "planned":
      return <Badge tone="info">Planned</Badge>;
    case "sampled":
      return (
        <div className="flex flex-col gap-1">
          <Badge tone={status.outcome === "AGREE_WITH_ACTION" ? "warning" : "success"}>
            Sampled {displayDay(status.sampledOn)}: {samplingOutcomeLabels[status.outcome]}
          </Badge>
          {status.afterDisagreeOn && (
            <span className="text-sm">Sampled again after the disagreement on {displayDay(status.afterDisagreeOn)}.</span>
          )}
        </div>
      );
    case "disagreed":
      // Not cleared: the assessor changes the decision and signs it again, then the IQA samples it again here.
      return (
        <div className="flex flex-col gap-1">
          <Badge tone={status.next === "assessor" ? "danger" : "warning"}>Not cleared</Badge>
          <span className="text-sm">
            {status.next === "assessor"
              ? `Disagreed on ${displayDay(status.disagreedOn)}: reopened for the assessor.`
              : `Disagreed on ${displayDay(status.disagreedOn)}. Changed and signed again: sample it again.`}
          </span>
        </div>
      );
    case "dropped":
      return (
        <div className="flex flex-col gap-1">
          <Badge tone="neutral">Dropped {displayDay(status.droppedOn)}</Badge>
          <span className="text-sm">
            {status.droppedBy ? `${status.droppedBy}: ` : ""}
            {status.reason}
          </span>
        </div>
      );
  }
}

export default async function SamplingPlanPageRoute({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const access = await requireAccess();
  if (!isCentreAccess(access) || !rolesCan(access.workspace.roles, "sampling.view")) notFound();
  let page: SamplingPlanPage;
  try {
    page = await getSamplingPlan(access, planId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { plan, viewer, items, coverage, exclusions, strategy } = page;
  const planned = items.filter((item) => item.status.kind !== "dropped");
  const dropped = items.length - planned.length;
  // An item whose latest sampling disagrees is not cleared: it counts as planned, not as sampled.
  const sampled = items.filter((item) => item.status.kind === "sampled").length;
  const disagreed = items.filter((item) => item.status.kind === "disagreed");
  const toSampleAgain = disagreed.filter((item) => item.status.kind === "disagreed" && item.status.next === "sampleAgain").length;
  const period = `${displayDay(plan.periodFrom)} to ${displayDay(plan.periodTo)}`;
  const excludedTotal = exclusions.ownDecision + exclusions.countersigned + exclusions.conflict;
  return (
    <>
      <BackLink href="/sampling">Back to sampling</BackLink>
      <PageHeader
        title={`Sampling plan: ${plan.qualification.title}`}
        description={`${plan.iqa.name}'s plan for ${period}.`}
        actions={
          plan.status === "RECORDED" ? (
            <Link href={`/sampling/plans/${plan.id}/rd11`} className={linkClass}>
              Sampling record (RD11)
            </Link>
          ) : undefined
        }
      />
      <div className="flex flex-col gap-6">
        <Card title="About this plan">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Status</dt>
            <dd>
              {plan.status === "DRAFT" ? (
                <Badge tone="info">Draft</Badge>
              ) : (
                <Badge tone="success">Recorded {plan.recordedAt ? displayDay(plan.recordedAt) : ""}</Badge>
              )}
            </dd>
            <dt className="font-semibold">Decisions</dt>
            <dd>
              {planned.length} planned ({sampled} sampled so far
              {disagreed.length > 0
                ? `; ${disagreed.length} disagreed with and not cleared yet${toSampleAgain > 0 ? `, ${toSampleAgain} of them to sample again` : ""}`
                : ""}
              ){dropped > 0 ? `, ${dropped} dropped` : ""}, from {page.decisionsInScope} decisions in scope today.
            </dd>
            <dt className="font-semibold">Left out when proposed</dt>
            <dd>
              {excludedTotal === 0
                ? "None."
                : [
                    exclusions.ownDecision > 0 && `${exclusions.ownDecision} of ${plan.iqa.name}'s own decisions`,
                    exclusions.countersigned > 0 && `${exclusions.countersigned} countersigned by ${plan.iqa.name}`,
                    exclusions.conflict > 0 && `${exclusions.conflict} of candidates with a declared conflict`,
                  ]
                    .filter(Boolean)
                    .join("; ") + "."}
            </dd>
            <dt className="font-semibold">Strategy used</dt>
            <dd>
              Rates: new {strategy.numbers.rateNewPercent}%, not yet qualified {strategy.numbers.rateUnqualifiedPercent}%, under action{" "}
              {strategy.numbers.rateHighPercent}%, medium {strategy.numbers.rateMediumPercent}%, low {strategy.numbers.rateLowPercent}%; at
              least {strategy.numbers.minimumPerAssessor} per assessor; interim share {strategy.numbers.interimPercent}%.
            </dd>
            <dt className="font-semibold">Assessors&apos; risk used</dt>
            <dd>
              {strategy.risksUsed.length === 0 ? (
                "None recorded."
              ) : (
                <ul className="flex flex-col gap-1">
                  {strategy.risksUsed.map((entry) => (
                    <li key={entry.assessorId}>
                      {entry.name}: {entry.riskWords}
                      {entry.ratedOn ? ` (rated ${entry.ratedOn})` : " (no rating: sampled as new)"}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt className="font-semibold">Seed</dt>
            <dd className="break-all">
              <code>{plan.seed}</code>
            </dd>
          </dl>
          {plan.status === "DRAFT" && !viewer.isOwner && (
            <p className="mt-4">Only {plan.iqa.name} may add or drop decisions and record this plan.</p>
          )}
          {plan.status === "RECORDED" && <p className="mt-4">This plan is recorded: decisions can no longer be added or dropped.</p>}
        </Card>

        <Card title={`Decisions in the plan (${planned.length})`}>
          {items.length === 0 ? (
            <p>No decisions.</p>
          ) : (
            <Table caption="Decisions in the plan" captionHidden>
              <THead>
                <TR>
                  <TH>Candidate</TH>
                  <TH>Unit</TH>
                  <TH>Assessor</TH>
                  <TH>Stage</TH>
                  <TH>Why</TH>
                  <TH>Status</TH>
                </TR>
              </THead>
              <TBody>
                {items.map((item) => {
                  const label = `${item.candidate.name}, ${item.unit.urn} ${item.unit.title}`;
                  return (
                    <TR key={item.id}>
                      <TH scope="row">
                        {item.status.kind === "dropped" ? (
                          item.candidate.name
                        ) : (
                          <Link href={`/sampling/plans/${plan.id}/items/${item.id}`} className={linkClass}>
                            {item.candidate.name}
                            <span className="sr-only">, {item.unit.urn}</span>
                          </Link>
                        )}
                        <div className="text-sm font-normal text-ink-muted">Decided {displayDay(item.decidedOn)}</div>
                      </TH>
                      <TD className="min-w-48">
                        {item.unit.urn} {item.unit.title}
                      </TD>
                      <TD>{item.assessor.name}</TD>
                      <TD>{samplingStageLabels[item.stage]}</TD>
                      <TD className="min-w-56">
                        {item.origin === "ADDED_BY_IQA" && <span className="font-semibold">Added by the IQA: </span>}
                        {item.reason}
                      </TD>
                      <TD className="min-w-40">
                        <ItemStatus status={item.status} />
                        {viewer.canChange && item.status.kind === "planned" && (
                          <DropItemForm
                            workspaceKey={access.workspace.key}
                            planId={plan.id}
                            version={plan.version}
                            itemId={item.id}
                            label={label}
                          />
                        )}
                      </TD>
                    </TR>
                  );
                })}
              </TBody>
            </Table>
          )}
        </Card>

        {viewer.canChange && (
          <Card title="Add a decision">
            {page.addable.length === 0 ? (
              <p>Every decision in scope is already in the plan.</p>
            ) : (
              <>
                {page.addableTotal > addableLimit && (
                  <p className="mb-4">
                    The list shows the first {addableLimit} of {page.addableTotal} decisions not in the plan, oldest first.
                  </p>
                )}
                <AddItemForm workspaceKey={access.workspace.key} planId={plan.id} version={plan.version} decisions={page.addable} />
              </>
            )}
          </Card>
        )}

        <Card title="Coverage">
          <div className="flex flex-col gap-6">
            <section aria-labelledby="gaps-heading">
              <h3 id="gaps-heading" className="mb-2 font-semibold">
                Gaps
              </h3>
              <CoverageGaps gaps={coverage.gaps} gapCells={coverage.matrix.gapCells} />
            </section>
            <AssessorCoverageTable
              caption="Each assessor: required and planned"
              countHeading="Planned"
              rows={coverage.assessors.map((row) => ({ ...row, count: row.planned }))}
            />
            <CoverageMatrix matrix={coverage.matrix} />
            {coverage.dimensions
              .filter((dimension) => dimension.dimension !== "assessors" && dimension.dimension !== "candidates")
              .map((dimension) => (
                <DimensionTable key={dimension.dimension} dimension={dimension} />
              ))}
            {coverage.dimensions
              .filter((dimension) => dimension.dimension === "candidates")
              .map((dimension) => (
                <details key={dimension.dimension}>
                  <summary className="cursor-pointer font-semibold">
                    Candidates ({dimension.rows.length}; {dimension.rows.filter((row) => row.sampled === 0).length} with nothing planned)
                  </summary>
                  <div className="mt-3">
                    <DimensionTable dimension={dimension} />
                  </div>
                </details>
              ))}
          </div>
        </Card>

        {viewer.canChange && (
          <Card title="Record the plan">
            <RecordPlanForm workspaceKey={access.workspace.key} planId={plan.id} version={plan.version} planned={planned.length} />
          </Card>
        )}
      </div>
    </>
  );
}
