import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { arrangementFormOptions } from "@/lib/assessment-arrangements/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { isoDay } from "@/lib/format/dates";
import { ArrangementForm } from "../arrangement-form";

export const metadata: Metadata = { title: "Record an arrangement" };

export default async function NewArrangementPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const { candidate, units } = await orNotFound(arrangementFormOptions(access, candidateId));
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}/arrangements`}>{`Back to ${candidate.name}'s arrangements`}</BackLink>
      <PageHeader title="Record an arrangement" description={`A reasonable adjustment or special consideration for ${candidate.name}.`} />
      <Card>
        <ArrangementForm
          workspaceKey={access.workspace.key}
          candidateId={candidate.id}
          units={units.map((unit) => ({ value: unit.id, label: `${unit.urn} ${unit.title}` }))}
          values={{
            kind: "",
            reason: "",
            arrangement: "",
            unitId: "",
            appliesFrom: isoDay(new Date()),
            appliesUntil: "",
            approvedByAwardingBodyOn: "",
          }}
        />
      </Card>
    </>
  );
}
