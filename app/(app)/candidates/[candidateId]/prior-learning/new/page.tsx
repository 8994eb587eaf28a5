import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { priorLearningPage } from "@/lib/prior-learning/queries";
import { notFound } from "next/navigation";
import { RecordPriorLearningForm } from "./record-prior-learning-form";

export const metadata: Metadata = { title: "Record prior learning" };

export default async function NewPriorLearningPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const { candidate, units, mayRecord } = await orNotFound(priorLearningPage(access, candidateId));
  if (!mayRecord) notFound();
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}/prior-learning`}>{`Back to ${candidate.name}'s prior learning`}</BackLink>
      <PageHeader
        title="Record prior learning"
        description={`What ${candidate.name} learned or achieved before, and the evidence, against one unit's assessment criteria. The assessor then decides whether it is accepted.`}
      />
      <Card>
        <RecordPriorLearningForm
          workspaceKey={access.workspace.key}
          candidateId={candidate.id}
          units={units.map((unit) => ({
            id: unit.id,
            label: `${unit.urn} ${unit.title}`,
            criteria: unit.assessmentCriteria.map((criterion) => ({ id: criterion.id, label: `${criterion.ref} ${criterion.text}` })),
          }))}
        />
      </Card>
    </>
  );
}
