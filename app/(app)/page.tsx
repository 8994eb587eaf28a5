import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { roleLabels, rolesCan } from "@/lib/auth/permissions";
import { approvedAssessorHome } from "@/lib/awarding-body-home/assessor-home";
import { awardingBodyDashboard } from "@/lib/awarding-body-home/queries";
import { getCaseloadSummary } from "@/lib/caseload/queries";
import { centreAdminCounts } from "@/lib/home/centre-counts";
import { centreOperationsHome } from "@/lib/home/centre-operations";
import { homeNextSteps } from "@/lib/home/queries";
import { iqaNextSteps } from "@/lib/iqa-home/next-steps";
import { fromYourIqa, iqaHome } from "@/lib/iqa-home/queries";
import { getOwnPortfolio } from "@/lib/portfolio/queries";
import { YourApprovalCard, YourCpdCard, YourQaRequestsCard, YourRecordCard } from "./_home/awarding-body-assessor-home";
import { AssessorsByStatusCard, CentresCard, CpdStatusCard, NeedsAttentionCard, SchoolsCard } from "./_home/awarding-body-dashboard";
import { ClaimsAndDirectClaimsCard, OverdueActionPointsCard, VisitsComingCard } from "./_home/centre-operations-cards";
import { AwaitingSamplingCard, DisagreeRateCard, FromYourIqaCard, PlanProgressCard, StandardisationDueCard } from "./_home/iqa-cards";
import { CaseloadCounts } from "./caseload/caseload-counts";
import { OverdueActions } from "./iqa-feedback/overdue-actions";
import { PortfolioToDo } from "./portfolio/portfolio-summary";

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";

export default async function HomePage() {
  const access = await requireAccess();
  const roles = access.workspace.roles;
  const inCentre = access.workspace.kind === "centre";
  const samples = inCentre && rolesCan(roles, "sampling.manage");
  const receivesIqaFeedback = inCentre && rolesCan(roles, "iqaFeedback.receive");
  const inBody = access.workspace.kind === "awardingBody";
  const [generalSteps, caseload, portfolios, centreCounts, operations, iqa, fromIqa, dashboard, assessorHome] = await Promise.all([
    homeNextSteps(access),
    rolesCan(roles, "caseload.view") ? getCaseloadSummary(access) : null,
    rolesCan(roles, "portfolio.own") && access.workspace.kind === "centre" ? getOwnPortfolio(access) : null,
    rolesCan(roles, "candidate.manage") && access.workspace.kind === "centre" ? centreAdminCounts(access) : null,
    inCentre && rolesCan(roles, "visit.manage") ? centreOperationsHome(access) : null,
    samples ? iqaHome(access) : null,
    receivesIqaFeedback ? fromYourIqa(access) : null,
    inBody && rolesCan(roles, "assessorRegister.view") ? awardingBodyDashboard(access) : null,
    inBody && roles.includes("APPROVED_ASSESSOR") ? approvedAssessorHome(access) : null,
  ]);
  const steps = [...(iqa ? iqaNextSteps(iqa) : []), ...generalSteps];
  const roleNames = roles.map((role) => roleLabels[role]).join(", ");
  return (
    <>
      <PageHeader title={`Hello, ${access.userName.split(" ")[0]}`} description={`${access.workspace.name} · ${roleNames}`} />
      <div className="flex flex-col gap-6">
        {dashboard && (
          <>
            <NeedsAttentionCard dashboard={dashboard} />
            <AssessorsByStatusCard dashboard={dashboard} />
            <CpdStatusCard dashboard={dashboard} />
            <CentresCard dashboard={dashboard} />
            <SchoolsCard dashboard={dashboard} />
          </>
        )}
        {assessorHome && (
          <>
            <YourApprovalCard home={assessorHome} />
            <YourCpdCard home={assessorHome} />
            <YourQaRequestsCard home={assessorHome} />
            <YourRecordCard />
          </>
        )}
        {portfolios && portfolios.length > 0 && (
          <Card title="Your portfolio">
            <div className="flex flex-col gap-4">
              {portfolios.map((portfolio) => (
                <div key={portfolio.candidate.id} className="flex flex-col gap-3">
                  {portfolios.length > 1 && <p className="font-semibold">{portfolio.qualification.title}</p>}
                  <PortfolioToDo portfolio={portfolio} />
                  <p className="text-ink-muted">
                    {portfolio.units.filter((unit) => unit.achievement.state === "achieved").length} of {portfolio.units.length} units
                    achieved · {portfolio.evidence.awaitingJudgement} evidence{" "}
                    {portfolio.evidence.awaitingJudgement === 1 ? "item" : "items"} awaiting judgement
                  </p>
                </div>
              ))}
              <Link href="/portfolio" className={linkClasses}>
                Open your portfolio
              </Link>
            </div>
          </Card>
        )}
        {caseload && (
          <Card title="Your caseload">
            <div className="flex flex-col gap-4">
              <CaseloadCounts totals={caseload.totals} countersignaturesAsked={caseload.countersignaturesAsked} />
              <Link href="/caseload" className={linkClasses}>
                Open your caseload
              </Link>
            </div>
          </Card>
        )}
        {fromIqa && <FromYourIqaCard counts={fromIqa} />}
        {iqa && (
          <>
            <AwaitingSamplingCard home={iqa} />
            <PlanProgressCard home={iqa} />
          </>
        )}
        {(samples || receivesIqaFeedback) && <OverdueActions access={access} showWhenEmpty={samples} />}
        {iqa && (
          <>
            <DisagreeRateCard home={iqa} />
            <StandardisationDueCard home={iqa} />
          </>
        )}
        {centreCounts && (
          <Card title="Your centre now">
            <ul className="flex flex-col gap-3">
              {centreCounts.map((count) => (
                <li key={count.label} className="flex flex-wrap items-start gap-2">
                  <Badge tone={count.tone}>{count.tone === "warning" ? "Action needed" : "Now"}</Badge>
                  <Link href={count.href} className="text-brand-800 underline underline-offset-2">
                    {count.label}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        )}
        {operations && (
          <>
            <ClaimsAndDirectClaimsCard claimsReady={operations.claimsReady} warnings={operations.directClaimsWarnings} />
            <VisitsComingCard visits={operations.visits} />
            <OverdueActionPointsCard points={operations.overdueActionPoints} />
          </>
        )}
        <Card title="What to do next">
          <ul className="flex flex-col gap-3">
            {steps.map((step) => (
              <li key={step.text} className="flex flex-wrap items-start gap-2">
                <Badge tone={step.tone}>{step.tone === "warning" ? "Action needed" : "Next"}</Badge>
                {step.href ? (
                  <Link href={step.href} className="text-brand-800 underline underline-offset-2">
                    {step.text}
                  </Link>
                ) : (
                  <span>{step.text}</span>
                )}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
