import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { decisionTypeLabels, unitOutcomeLabels } from "@/lib/appeals/labels";
import { appealFormOptions } from "@/lib/appeals/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { HowToAppeal } from "../how-to-appeal";
import { LodgeAppealForm } from "./lodge-appeal-form";

export const metadata: Metadata = { title: "Appeal an assessment decision" };

export default async function NewAppealPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const { candidate, decisions } = await orNotFound(appealFormOptions(access, candidateId));
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}/appeals`}>Back to your appeals</BackLink>
      <PageHeader title="Appeal an assessment decision" description="Say which decision you disagree with and why." />
      <div className="flex flex-col gap-6">
        <details className="rounded-lg border border-line-subtle bg-surface p-4">
          <summary className="cursor-pointer font-semibold text-brand-800">How appeals work</summary>
          <div className="mt-3">
            <HowToAppeal candidateId={candidate.id} mayLodge={false} />
          </div>
        </details>
        <Card>
          <LodgeAppealForm
            workspaceKey={access.workspace.key}
            candidateId={candidate.id}
            decisions={decisions.map((decision) => ({
              value: decision.id,
              label: `${decision.unit.title}: ${decisionTypeLabels[decision.decisionType].toLowerCase()}, ${unitOutcomeLabels[decision.outcome].toLowerCase()}, ${displayDay(decision.decidedOn)}`,
            }))}
          />
        </Card>
      </div>
    </>
  );
}
