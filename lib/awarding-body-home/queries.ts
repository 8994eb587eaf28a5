import "server-only";
import type { SeriesChartData } from "@/components/charts/series-chart-data";
import { centreApprovedLabel, centreApprovedStatus, icsStateLabels, naaceStateLabels } from "@/lib/approvals/labels";
import {
  hasMissedLifecycleTarget,
  hasQualityReviewDue,
  isOverdue,
  registerRows,
  statusOf,
  type RegisterRow,
} from "@/lib/assessor-register/queries";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireAwardingBodyPermission } from "@/lib/auth/require-permission";
import { rolesCan } from "@/lib/auth/permissions";
import { cpdStatusLabels } from "@/lib/cpd/labels";
import { getPrisma } from "@/lib/db/client";
import type { CpdStatus } from "@/lib/rules/cpd-compliance";
import type { IctMarkState } from "@/lib/rules/ict-mark";
import { bodySchoolStandings } from "@/lib/schools/queries";

// The awarding body's dashboard (its staff's home): counts across its centres and its approved
// assessors, each with the list behind it. Every assessor count is derived from the register's rows
// (lib/assessor-register/queries.ts registerRows): CPD and lifecycle are never worked out twice.

export type DashboardCount = { label: string; count: number; href: string };

export type CentreLine = { id: string; name: string; assessors: number; cpdNonCompliant: number; cpdAtRisk: number };

export type AwardingBodyDashboard = {
  bodyName: string;
  totalAssessors: number;
  /** Every status the body's lifecycle has (and "approved by the centre" when someone is), in lifecycle order. */
  byStatus: DashboardCount[];
  /** Compliant, at risk, non-compliant; null when the body's policy sets no CPD for anyone. */
  cpd: DashboardCount[] | null;
  /** What needs the body's attention, each with its list; zero counts are kept (a zero is news too). */
  attention: DashboardCount[];
  centres: CentreLine[];
  /** Naace: schools by ICT Mark state; null for a body without the ICT Mark. */
  schools: Record<IctMarkState, number> | null;
  charts: { byStatus: SeriesChartData; cpd: SeriesChartData | null };
};

function countChart(options: { title: string; periodLabel: string; categories: DashboardCount[] }): SeriesChartData {
  const { title, periodLabel, categories } = options;
  const described = categories
    .filter((category) => category.count > 0)
    .map((category) => `${category.count} ${category.label.toLowerCase()}`);
  return {
    title,
    kind: "bar",
    periodLabel,
    valueLabel: "Assessors",
    unit: "",
    periods: categories.map((category) => category.label),
    seriesNoun: { one: "count", many: "counts" },
    series: [
      {
        id: "assessors",
        name: "Assessors",
        points: categories.map((category) => ({ value: category.count, text: String(category.count) })),
      },
    ],
    summary: `${title}: ${described.join(", ")}.`,
  };
}

/** The dashboard from the register's rows: pure, so a test can hold it against the rows. */
export function dashboardFromRows(input: {
  bodyName: string;
  rows: RegisterRow[];
  centres: { id: string; name: string }[];
  unacknowledgedChanges: number;
  schools: Record<IctMarkState, number> | null;
}): AwardingBodyDashboard {
  const { rows } = input;
  const schemes = new Set(rows.flatMap((row) => (row.approval ? [row.approval.scheme] : [])));
  const statusLabels: [string, string][] = [
    ...(rows.some((row) => row.approval === null) ? [[centreApprovedStatus, centreApprovedLabel] as [string, string]] : []),
    ...(schemes.has("ICS") ? Object.entries(icsStateLabels) : []),
    ...(schemes.has("NAACE") ? Object.entries(naaceStateLabels) : []),
  ];
  const byStatus = statusLabels.map(([status, label]) => ({
    label,
    count: rows.filter((row) => statusOf(row) === status).length,
    href: `/assessors?status=${status}`,
  }));

  const withCpd = rows.filter((row) => row.cpd !== null);
  const cpd =
    withCpd.length === 0
      ? null
      : (Object.entries(cpdStatusLabels) as [CpdStatus, string][]).map(([status, label]) => ({
          label,
          count: withCpd.filter((row) => row.cpd?.status === status).length,
          href: `/assessors?cpd=${status}`,
        }));
  const cpdCount = (status: CpdStatus) => rows.filter((row) => row.cpd?.status === status).length;

  const attention: DashboardCount[] = [];
  if (cpd) {
    attention.push({ label: "CPD non-compliant", count: cpdCount("nonCompliant"), href: "/assessors?cpd=nonCompliant" });
    attention.push({ label: "CPD at risk", count: cpdCount("atRisk"), href: "/assessors?cpd=atRisk" });
  }
  attention.push(
    { label: "Overdue targets, reviews or QA requests", count: rows.filter(isOverdue).length, href: "/assessors?overdue=1" },
    { label: "Lifecycle targets missed", count: rows.filter(hasMissedLifecycleTarget).length, href: "/assessors?overdue=lifecycle" },
    { label: "Overdue QA requests", count: rows.filter((row) => row.overdueQaRequests > 0).length, href: "/assessors?overdue=qa" },
  );
  if (schemes.has("NAACE"))
    attention.push({
      label: "Quality reviews due (every 10th assessment)",
      count: rows.filter(hasQualityReviewDue).length,
      href: "/assessors?qualityReview=due",
    });
  attention.push(
    { label: "Open breaches", count: rows.filter((row) => row.openBreaches > 0).length, href: "/assessors?breaches=1" },
    {
      label: "Open supporting reviews",
      count: rows.filter((row) => row.openSupportingReviewId !== null).length,
      href: "/assessors?reviews=open",
    },
    { label: "Changes of circumstance not yet acknowledged", count: input.unacknowledgedChanges, href: "/assessors/changes" },
  );
  if (input.schools) {
    attention.push(
      { label: "Schools whose ICT Mark renewal is due", count: input.schools.renewalDue, href: "/schools?ictMark=renewalDue" },
      { label: "Schools whose ICT Mark has expired", count: input.schools.expired, href: "/schools?ictMark=expired" },
    );
  }

  const centres = input.centres.map((centre) => {
    const at = rows.filter((row) => row.centres.some((c) => c.id === centre.id));
    return {
      id: centre.id,
      name: centre.name,
      assessors: at.length,
      cpdNonCompliant: at.filter((row) => row.cpd?.status === "nonCompliant").length,
      cpdAtRisk: at.filter((row) => row.cpd?.status === "atRisk").length,
    };
  });

  return {
    bodyName: input.bodyName,
    totalAssessors: rows.length,
    byStatus,
    cpd,
    attention,
    centres,
    schools: input.schools,
    charts: {
      byStatus: countChart({ title: "Assessors by approval status", periodLabel: "Approval status", categories: byStatus }),
      cpd: cpd ? countChart({ title: "Assessors by CPD status", periodLabel: "CPD status", categories: cpd }) : null,
    },
  };
}

/** The dashboard of the acting body (assessorRegister.view): its register, centres, changes and schools. */
export async function awardingBodyDashboard(access: AccessContext, now: Date = new Date()): Promise<AwardingBodyDashboard> {
  const body = requireAwardingBodyPermission(access, "assessorRegister.view", "Dashboard");
  const db = getPrisma();
  const awardingBodyId = body.workspace.awardingBodyId;
  const [rows, centres, unacknowledgedChanges, schools] = await Promise.all([
    registerRows(body, {}, { now, db }),
    db.centre.findMany({ where: { awardingBodyId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.circumstanceChange.count({ where: { awardingBodyId, acknowledgedAt: null } }),
    rolesCan(body.workspace.roles, "school.manage") ? bodySchoolStandings(db, awardingBodyId, now) : null,
  ]);
  return dashboardFromRows({ bodyName: body.workspace.name, rows, centres, unacknowledgedChanges, schools: schools?.counts ?? null });
}
