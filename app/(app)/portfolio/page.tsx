import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getOwnPortfolio } from "@/lib/portfolio/queries";
import { PortfolioSummary } from "./portfolio-summary";

export const metadata: Metadata = { title: "My portfolio" };

export default async function PortfolioPage() {
  const access = await requireAccess();
  const portfolios = await orNotFound(getOwnPortfolio(access));
  if (portfolios.length === 0) {
    return (
      <>
        <PageHeader title="My portfolio" description={access.workspace.name} />
        <p>You are not registered for a qualification at {access.workspace.name} yet. Your centre admin registers you.</p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="My portfolio"
        description={portfolios.length === 1 ? `${portfolios[0]!.qualification.title} at ${access.workspace.name}` : access.workspace.name}
      />
      <div className="flex flex-col gap-10">
        {portfolios.map((portfolio) =>
          portfolios.length === 1 ? (
            <PortfolioSummary key={portfolio.candidate.id} portfolio={portfolio} />
          ) : (
            <section key={portfolio.candidate.id} aria-labelledby={`registration-${portfolio.candidate.id}`}>
              <h2 id={`registration-${portfolio.candidate.id}`} className="mb-4 text-xl font-bold">
                {portfolio.qualification.title}
              </h2>
              <PortfolioSummary portfolio={portfolio} />
            </section>
          ),
        )}
      </div>
    </>
  );
}
