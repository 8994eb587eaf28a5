import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getQualificationWithUnits } from "@/lib/qualifications/queries";
import { getUnitWithCriteria } from "@/lib/unit-criteria/queries";
import { EnterCriteriaForm } from "./enter-criteria-form";

export const metadata: Metadata = { title: "Unit" };

const sourceNotes = {
  catalogue: "Published by the awarding body.",
  centre: "Typed in by your centre; only your centre sees and assesses against them.",
  none: "",
} as const;

export default async function UnitPage({ params }: { params: Promise<{ qualificationId: string; unitId: string }> }) {
  const { qualificationId, unitId } = await params;
  const access = await requireAccess();
  // Through the qualification's visibility first: another centre's own qualification is not found.
  const qualification = await orNotFound(getQualificationWithUnits(access, qualificationId));
  const { unit, content, mayType } = await orNotFound(getUnitWithCriteria(access, qualification.id, unitId));
  const sourceNote =
    content.source === "centre" && qualification.centreId
      ? "Imported by your centre with the qualification; only your centre sees and assesses against them."
      : sourceNotes[content.source];
  return (
    <>
      <BackLink href={`/qualifications/${unit.qualification.id}`}>Back to the qualification</BackLink>
      <PageHeader
        title={`${unit.unitNumber !== null ? `Unit ${unit.unitNumber}: ` : ""}${unit.title}`}
        description={`${unit.qualification.title} · URN ${unit.urn} · level ${unit.level} · ${unit.credit} credits · ${unit.glh} guided learning hours · group ${unit.group}`}
      />
      <div className="flex flex-col gap-6">
        <Card title="Learning outcomes and assessment criteria">
          {content.source === "none" ? (
            <p>
              No learning outcomes or assessment criteria are recorded for this unit yet
              {mayType ? ": type them in below from the unit specification, and candidates can then be assessed against them." : "."}
            </p>
          ) : (
            <>
              <p className="mb-4 text-ink-muted">{sourceNote}</p>
              <ol className="flex flex-col gap-5">
                {content.outcomes.map((outcome) => (
                  <li key={outcome.id}>
                    <h3 className="font-semibold text-ink">
                      {outcome.ref}. {outcome.title ?? "(title not given in the source)"}
                    </h3>
                    <ul className="mt-2 flex flex-col gap-1">
                      {outcome.criteria.map((criterion) => (
                        <li key={criterion.id} className="grid grid-cols-[3.5rem_1fr] gap-2">
                          <span className="font-semibold">{criterion.ref}</span>
                          <span>{criterion.text}</span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </>
          )}
        </Card>
        {mayType && access.workspace.kind === "centre" && (
          <Card title="Type in the outcomes and criteria">
            <p className="mb-4">
              Number outcomes 1, 2, 3… and each criterion under its outcome (2.1, 2.2…), as in the unit specification. They are saved for{" "}
              {access.workspace.name} only.
            </p>
            <EnterCriteriaForm workspaceKey={access.workspace.key} unitId={unit.id} unitTitle={unit.title} />
          </Card>
        )}
      </div>
    </>
  );
}
