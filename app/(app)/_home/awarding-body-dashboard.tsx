import Link from "next/link";
import { SeriesChart } from "@/components/charts/series-chart";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AwardingBodyDashboard, DashboardCount } from "@/lib/awarding-body-home/queries";
import { ictMarkStateLabels } from "@/lib/schools/labels";

// The awarding body's dashboard on its staff's home page (issue 8): counts across its centres and
// assessors, each number a link to the list behind it, and charts each with its table.

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";

function CountList({ counts, label }: { counts: DashboardCount[]; label: string }) {
  return (
    <ul className="flex flex-col gap-2" aria-label={label}>
      {counts.map((count) => (
        <li key={count.label} className="flex flex-wrap items-baseline gap-2">
          <Link href={count.href} className={linkClasses}>
            <span className="tabular-nums">{count.count}</span> {count.label.charAt(0).toLowerCase() + count.label.slice(1)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function NeedsAttentionCard({ dashboard }: { dashboard: AwardingBodyDashboard }) {
  return (
    <Card title="Needs your attention">
      <div className="flex flex-col gap-3">
        <p className="text-sm text-ink-muted">
          {dashboard.centres.length === 0
            ? "Across"
            : dashboard.centres.length === 1
              ? "Across your centre and"
              : `Across your ${dashboard.centres.length} centres and`}{" "}
          the {dashboard.totalAssessors} {dashboard.totalAssessors === 1 ? "assessor" : "assessors"} on your register. Each number opens the
          list behind it.
        </p>
        <ul className="flex flex-col gap-3">
          {dashboard.attention.map((count) => (
            <li key={count.label} className="flex flex-wrap items-start gap-2">
              <Badge tone={count.count > 0 ? "warning" : "neutral"}>{count.count > 0 ? "Action needed" : "None"}</Badge>
              <Link href={count.href} className={linkClasses}>
                <span className="tabular-nums">{count.count}</span>: {count.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </Card>
  );
}

export function AssessorsByStatusCard({ dashboard }: { dashboard: AwardingBodyDashboard }) {
  return (
    <Card title="Approval status">
      <div className="flex flex-col gap-4">
        {dashboard.byStatus.length > 0 && <CountList counts={dashboard.byStatus} label="Assessors by approval status" />}
        <SeriesChart data={dashboard.charts.byStatus} emptyText="No assessor is on your register yet." />
        <Link href="/assessors" className={linkClasses}>
          Open the assessor register
        </Link>
      </div>
    </Card>
  );
}

export function CpdStatusCard({ dashboard }: { dashboard: AwardingBodyDashboard }) {
  if (!dashboard.cpd || !dashboard.charts.cpd) return null;
  return (
    <Card title="CPD status">
      <div className="flex flex-col gap-4">
        <p className="text-sm text-ink-muted">Each assessor&apos;s CPD log under your policy, as of today.</p>
        <CountList counts={dashboard.cpd} label="Assessors by CPD status" />
        <SeriesChart data={dashboard.charts.cpd} emptyText="No assessor has a CPD status under your policy yet." />
      </div>
    </Card>
  );
}

export function CentresCard({ dashboard }: { dashboard: AwardingBodyDashboard }) {
  return (
    <Card title="Your centres">
      {dashboard.centres.length === 0 ? (
        <p>Your awarding body has no centres: its assessors are approved directly.</p>
      ) : (
        <Table caption="Assessors and CPD per centre" captionHidden>
          <THead>
            <TR>
              <TH>Centre</TH>
              <TH className="text-right">Assessors</TH>
              <TH className="text-right">CPD non-compliant</TH>
              <TH className="text-right">CPD at risk</TH>
            </TR>
          </THead>
          <TBody>
            {dashboard.centres.map((centre) => (
              <TR key={centre.id}>
                <TH scope="row">{centre.name}</TH>
                <TD className="text-right tabular-nums">{centre.assessors}</TD>
                <TD className="text-right tabular-nums">{centre.cpdNonCompliant}</TD>
                <TD className="text-right tabular-nums">{centre.cpdAtRisk}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}

export function SchoolsCard({ dashboard }: { dashboard: AwardingBodyDashboard }) {
  if (!dashboard.schools) return null;
  const states = ["renewalDue", "expired", "current", "notAwarded"] as const;
  return (
    <Card title="Schools and their ICT Mark">
      <div className="flex flex-col gap-4">
        <CountList
          label="Schools by ICT Mark state"
          counts={states.map((state) => ({
            label: `${ictMarkStateLabels[state]}`,
            count: dashboard.schools![state],
            href: `/schools?ictMark=${state}`,
          }))}
        />
        <Link href="/schools" className={linkClasses}>
          Open the schools
        </Link>
      </div>
    </Card>
  );
}
