import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { strategyNumbers } from "@/lib/sampling/strategy";
import { getSamplingStrategy } from "@/lib/sampling/strategy-queries";
import { StrategySummary } from "../strategy-summary";
import { StrategyForm } from "./strategy-form";

export const metadata: Metadata = { title: "Sampling strategy" };

export default async function SamplingStrategyPage({ params }: { params: Promise<{ qualificationId: string }> }) {
  const { qualificationId } = await params;
  const access = await requireAccess();
  const { qualification, strategy, updatedBy, canEdit } = await orNotFound(getSamplingStrategy(access, qualificationId));
  const status =
    strategy.id === null
      ? "The centre has not set a strategy for this qualification yet: the defaults below apply until it does."
      : `Last changed ${displayDay(strategy.updatedAt)} by ${updatedBy ?? "a former staff member"} (version ${strategy.version}).`;
  const numbers = strategyNumbers(strategy);
  return (
    <>
      <BackLink href="/sampling/strategy">Back to sampling strategies</BackLink>
      <PageHeader title={`Sampling strategy: ${qualification.title}`} description={`${qualification.qualificationNumber} · ${status}`} />
      {canEdit ? (
        <StrategyForm
          workspaceKey={access.workspace.key}
          qualificationId={qualification.id}
          version={strategy.version}
          defaults={numbers}
        />
      ) : (
        <Card title="The strategy">
          <StrategySummary strategy={numbers} />
          <p className="mt-4 text-ink-muted">Only a centre admin, the head of centre or an IQA can change it.</p>
        </Card>
      )}
    </>
  );
}
