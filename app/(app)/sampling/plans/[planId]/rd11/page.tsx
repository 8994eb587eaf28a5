import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { listInEnglish } from "@/lib/rules/findings";
import { riskLevelLabels, samplingOutcomeLabels, samplingStageLabels } from "@/lib/sampling/labels";
import { getRd11 } from "@/lib/sampling-records/queries";
import { AssessorCoverageTable, GapList } from "../coverage-tables";
import { methodLabels } from "@/lib/sign-off/labels";

export const metadata: Metadata = { title: "Record of internal quality assurance (RD11)" };

const linkClass = "text-brand-800 underline underline-offset-2";
const outcomeTone = { AGREE: "success", AGREE_WITH_ACTION: "warning", DISAGREE: "danger" } as const;
const day = (iso: string) => displayDay(new Date(`${iso}T00:00:00Z`));
const percent = (share: number | null) => (share === null ? "none" : `${Math.round(share * 100)}%`);
const riskWords: Record<string, string> = {
  new: riskLevelLabels.NEW,
  unqualified: riskLevelLabels.UNQUALIFIED,
  high: riskLevelLabels.HIGH,
  medium: riskLevelLabels.MEDIUM,
  low: riskLevelLabels.LOW,
};

export default async function Rd11Page({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const access = await requireAccess();
  if (!isCentreAccess(access) || !rolesCan(access.workspace.roles, "sampling.view")) notFound();
  const rd11 = await orNotFound(getRd11(access, planId));
  const { plan, entries, strategy } = rd11;
  const period = `${day(plan.periodFrom)} to ${day(plan.periodTo)}`;

  return (
    <>
      <BackLink href={`/sampling/plans/${plan.id}`}>Back to the sampling plan</BackLink>
      <PageHeader
        title="Record of internal quality assurance (RD11)"
        description={`${plan.qualification.title} (${plan.qualification.qualificationNumber}) · IQA ${plan.iqa.name} · ${period}`}
      />
      <div className="flex flex-col gap-6">
        <Card title="Did the sample meet the strategy?">
          <p className="mb-3">
            {rd11.met ? (
              <Badge tone="success">
                <span aria-hidden="true">{"\u2713"} </span>Met: the sample meets the sampling strategy
              </Badge>
            ) : (
              <Badge tone="warning">Not met: the sample does not yet meet the sampling strategy</Badge>
            )}
          </p>
          <p className="mb-3">
            {rd11.sampled} of {rd11.decisionsInScope} decisions in scope sampled ({plan.items} in the plan
            {plan.status === "DRAFT" ? ", still a draft" : ""}
            ). Interim share of the sample: {percent(strategy.interimShare)} (the strategy asks for {percent(strategy.interimTarget)}).
            {strategy.mustCover.length > 0 ? ` The sample must cover every ${listInEnglish(strategy.mustCover)} value.` : ""}
          </p>
          {rd11.gaps.length > 0 && (
            <>
              <h3 className="font-semibold">What the sample misses</h3>
              <GapList gaps={rd11.gaps} className="mb-3 flex list-disc flex-col gap-1 pl-6" />
            </>
          )}
          <AssessorCoverageTable
            caption="Each assessor: required and sampled"
            countHeading="Sampled"
            rows={rd11.assessors.map((row) => ({
              ...row,
              risk: riskWords[row.risk] ?? row.risk,
              ratePercent: Math.round(row.rate * 100),
              count: row.sampled,
              short: row.sampled < row.required,
            }))}
          />
        </Card>

        <Card title={`Sampling records (${entries.length})`}>
          {entries.length === 0 ? (
            <p>Nothing has been sampled from this plan yet.</p>
          ) : (
            <ol className="flex flex-col gap-4">
              {entries.map((entry) => (
                <li key={entry.id} className="rounded-md border border-line-subtle p-3">
                  <h3 className="font-semibold">
                    <Link href={`/sampling/plans/${plan.id}/items/${entry.planItemId}`} className={linkClass}>
                      {entry.candidate.name}: {entry.unit.urn} {entry.unit.title}
                    </Link>
                  </h3>
                  <p className="my-1 flex flex-wrap items-center gap-2 text-sm">
                    <Badge tone={outcomeTone[entry.outcome]}>{samplingOutcomeLabels[entry.outcome]}</Badge>
                    <span>
                      {day(entry.sampledOn)} · assessor {entry.assessor.name} · {samplingStageLabels[entry.stage]}
                    </span>
                  </p>
                  <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                    <dt className="font-semibold">Criteria</dt>
                    <dd>{entry.criteria.length === 0 ? "None" : listInEnglish(entry.criteria)}</dd>
                    <dt className="font-semibold">Evidence</dt>
                    <dd>
                      {entry.evidence.length === 0 ? (
                        "None"
                      ) : (
                        <ul className="flex flex-wrap gap-x-3">
                          {entry.evidence.map((item) => (
                            <li key={item.id}>
                              <Link href={`/candidates/${item.candidateId}/evidence/${item.id}`} className={linkClass}>
                                {item.reference} {item.title}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </dd>
                    <dt className="font-semibold">Methods</dt>
                    <dd>
                      {entry.methods.length === 0 ? "None recorded" : listInEnglish(entry.methods.map((method) => methodLabels[method]))}
                    </dd>
                    <dt className="font-semibold">Rationale</dt>
                    <dd className="whitespace-pre-line">{entry.rationale}</dd>
                    <dt className="font-semibold">Actions</dt>
                    <dd>
                      {entry.actions.length === 0 ? (
                        "None"
                      ) : (
                        <ul className="list-disc pl-5">
                          {entry.actions.map((action) => (
                            <li key={action.id}>
                              {action.description} · due {day(action.dueOn)} · {action.status === "DONE" ? "done" : "open"}
                            </li>
                          ))}
                        </ul>
                      )}
                    </dd>
                  </dl>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </>
  );
}
