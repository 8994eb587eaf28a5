import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { listSamplingStrategies } from "@/lib/sampling/strategy-queries";
import { StrategySummary } from "./strategy-summary";

export const metadata: Metadata = { title: "Sampling strategy" };

export default async function SamplingStrategiesPage() {
  const access = await requireAccess();
  const { qualifications, canEdit } = await orNotFound(listSamplingStrategies(access));
  return (
    <>
      <BackLink href="/sampling">Back to sampling</BackLink>
      <PageHeader
        title="Sampling strategy"
        description="For each qualification the centre delivers: how much of each assessor's work the IQA samples, by risk, what the sample must cover, the plan period and how often standardisation is held (handbook 5.20.1)."
      />
      {qualifications.length === 0 ? (
        <p>The centre has no candidates registered yet, so there is no qualification to set a strategy for.</p>
      ) : (
        <ul className="flex flex-col gap-4" aria-label="Qualifications">
          {qualifications.map((qualification) => (
            <li key={qualification.id}>
              <Card
                title={
                  <span className="flex flex-wrap items-center gap-2">
                    <span>
                      {qualification.title} <span className="font-normal text-ink-muted">({qualification.qualificationNumber})</span>
                    </span>
                    {qualification.strategy.id === null ? (
                      <Badge tone="neutral">Defaults</Badge>
                    ) : (
                      <Badge tone="success">Set by the centre</Badge>
                    )}
                  </span>
                }
              >
                <p className="mb-4 text-ink-muted">
                  {qualification.activeCandidates} active candidate{qualification.activeCandidates === 1 ? "" : "s"}.{" "}
                  {qualification.strategy.id === null
                    ? "The centre has not set a strategy yet: these defaults apply."
                    : `Last changed ${displayDay(qualification.strategy.updatedAt)}.`}
                </p>
                <StrategySummary strategy={qualification.strategy} />
                <Link href={`/sampling/strategy/${qualification.id}`} className={`${buttonClasses("secondary", "sm")} mt-4`}>
                  {canEdit ? "Change the strategy" : "View the strategy"}
                  <span className="sr-only"> for {qualification.title}</span>
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
