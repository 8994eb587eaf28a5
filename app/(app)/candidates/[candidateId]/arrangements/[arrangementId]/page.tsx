import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { arrangementKindLabels } from "@/lib/assessment-arrangements/labels";
import { arrangementEditPage } from "@/lib/assessment-arrangements/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { isoDay } from "@/lib/format/dates";
import { ArrangementForm } from "../arrangement-form";

export const metadata: Metadata = { title: "Change an arrangement" };

export default async function ChangeArrangementPage({ params }: { params: Promise<{ candidateId: string; arrangementId: string }> }) {
  const { candidateId, arrangementId } = await params;
  const access = await requireAccess();
  const { candidate, arrangement, units } = await orNotFound(arrangementEditPage(access, candidateId, arrangementId));
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}/arrangements`}>{`Back to ${candidate.name}'s arrangements`}</BackLink>
      <PageHeader
        title={`Change the ${arrangementKindLabels[arrangement.kind].toLowerCase()}`}
        description="Correct it, or give it an end date when it no longer applies. One recorded in error is removed from the list of arrangements."
      />
      <div className="flex flex-col gap-6">
        <Card>
          <ArrangementForm
            workspaceKey={access.workspace.key}
            candidateId={candidate.id}
            units={units.map((unit) => ({ value: unit.id, label: `${unit.urn} ${unit.title}` }))}
            existing={{ arrangementId: arrangement.id, version: arrangement.version }}
            values={{
              kind: arrangement.kind,
              reason: arrangement.reason,
              arrangement: arrangement.arrangement,
              unitId: arrangement.unitId ?? "",
              appliesFrom: isoDay(arrangement.appliesFrom),
              appliesUntil: isoDay(arrangement.appliesUntil),
              approvedByAwardingBodyOn: isoDay(arrangement.approvedByAwardingBodyOn),
            }}
          />
        </Card>
      </div>
    </>
  );
}
