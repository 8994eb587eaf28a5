import Link from "next/link";
import { SeriesChart } from "@/components/charts/series-chart";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { displayDay } from "@/lib/format/dates";
import type { IqaHome } from "@/lib/iqa-home/queries";
import { samplingStageLabels } from "@/lib/sampling/labels";

// The IQA's cards on the home page (issue 9): decisions awaiting sampling, progress against each
// current plan per assessor, each assessor's disagree rate over time (chart and table) and
// standardisation due. Each entry links to where the IQA acts on it.

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";
const period = (from: Date, to: Date) => `${displayDay(from)} to ${displayDay(to)}`;

export function AwaitingSamplingCard({ home }: { home: IqaHome }) {
  const { total, items } = home.awaiting;
  return (
    <Card title="Decisions awaiting your sampling">
      <div className="flex flex-col gap-4">
        {home.drafts.map((draft) => (
          <p key={draft.planId} className="flex flex-wrap items-start gap-2">
            <Badge tone="warning">Draft</Badge>
            <Link href={draft.href} className={linkClasses}>
              Record your sampling plan for {draft.qualificationTitle} ({period(draft.periodFrom, draft.periodTo)})
            </Link>
          </p>
        ))}
        {home.plans.length === 0 ? (
          <p>
            You have no recorded sampling plan running.{" "}
            <Link href="/sampling" className={linkClasses}>
              Propose a sampling plan
            </Link>
          </p>
        ) : total === 0 ? (
          <p>Every decision in your current plans has been sampled.</p>
        ) : (
          <>
            <p>
              {total} {total === 1 ? "decision awaits" : "decisions await"} your sampling
              {total > items.length ? `; the ${items.length} waiting longest:` : ":"}
            </p>
            <ul className="flex flex-col divide-y divide-line-subtle">
              {items.map((item) => (
                <li key={item.itemId} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0">
                  <Link href={item.href} className={`${linkClasses} break-words`}>
                    {item.candidateName}: {item.unit}
                  </Link>
                  <span className="text-sm text-ink-muted">
                    {samplingStageLabels[item.stage]} decision by {item.assessorName}, {displayDay(item.decidedOn)} ·{" "}
                    {item.qualificationTitle}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Card>
  );
}

export function PlanProgressCard({ home }: { home: IqaHome }) {
  if (home.plans.length === 0) return null;
  return (
    <Card title="Progress against your sampling plans">
      <div className="flex flex-col gap-6">
        {home.plans.map((plan) => (
          <div key={plan.planId} className="flex flex-col gap-2">
            <p>
              <Link href={plan.href} className={linkClasses}>
                {plan.qualificationTitle}, {period(plan.periodFrom, plan.periodTo)}
              </Link>
              : {plan.sampled} of {plan.planned} sampled
            </p>
            {plan.byAssessor.length > 0 && (
              <Table caption={`Sampled per assessor: ${plan.qualificationTitle}, ${period(plan.periodFrom, plan.periodTo)}`} captionHidden>
                <THead>
                  <TR>
                    <TH>Assessor</TH>
                    <TH className="text-right">Planned</TH>
                    <TH className="text-right">Sampled</TH>
                    <TH className="text-right">To sample</TH>
                  </TR>
                </THead>
                <TBody>
                  {plan.byAssessor.map((row) => (
                    <TR key={row.assessorId}>
                      <TH scope="row">{row.name}</TH>
                      <TD className="text-right">{row.planned}</TD>
                      <TD className="text-right">{row.sampled}</TD>
                      <TD className="text-right">{row.planned - row.sampled}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </div>
        ))}
      </div>
    </Card>
  );
}

export function DisagreeRateCard({ home }: { home: IqaHome }) {
  return (
    <Card title="Disagree rate over time">
      <div className="flex flex-col gap-3">
        <p className="text-sm text-ink-muted">
          The share of each assessor&apos;s sampled decisions an IQA at your centre disagreed with, per quarter over the last year (every
          IQA&apos;s sampling records, RD11).
        </p>
        <SeriesChart data={home.disagree} emptyText="No decision at your centre has been sampled in the last year." />
      </div>
    </Card>
  );
}

export function StandardisationDueCard({ home }: { home: IqaHome }) {
  if (home.standardisation.length === 0) return null;
  return (
    <Card title="Standardisation">
      <ul className="flex flex-col gap-3">
        {home.standardisation.map((row) => (
          <li key={row.qualification.id} className="flex flex-wrap items-start gap-2">
            <Badge tone={row.due ? "warning" : "info"}>{row.due ? "Due" : "Not yet due"}</Badge>
            <span>
              <Link href="/standardisation" className="text-brand-800 underline underline-offset-2">
                {row.qualification.title}
              </Link>
              :{" "}
              {row.lastHeldOn === null
                ? "never held, due now"
                : row.due
                  ? `last held ${displayDay(row.lastHeldOn)}, due since ${displayDay(new Date(`${row.dueOn}T00:00:00Z`))}`
                  : `last held ${displayDay(row.lastHeldOn)}, next due ${displayDay(new Date(`${row.dueOn}T00:00:00Z`))}`}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function FromYourIqaCard({ counts }: { counts: { unacknowledged: number; openActions: number } }) {
  return (
    <Card title="From your IQA">
      <div className="flex flex-col gap-3">
        <p>
          {counts.unacknowledged === 0
            ? "You have acknowledged all the feedback your IQA gave you."
            : `${counts.unacknowledged} ${counts.unacknowledged === 1 ? "piece" : "pieces"} of feedback (RD07) to read and acknowledge.`}{" "}
          {counts.openActions === 0
            ? "No actions are open for you."
            : `${counts.openActions} ${counts.openActions === 1 ? "action is" : "actions are"} open for you.`}
        </p>
        <Link href="/iqa-feedback" className={linkClasses}>
          Open your IQA feedback
        </Link>
      </div>
    </Card>
  );
}
