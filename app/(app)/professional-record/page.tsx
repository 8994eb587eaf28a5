import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getOwnAssessorRecord } from "@/lib/professional-record/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { displayDay } from "@/lib/format/dates";
import { OccupationalCompetenceForm } from "./competence-form";
import { StaffQualificationForm } from "./qualification-form";
import { RemoveEntryButton } from "./remove-entry-button";
import { StandingView } from "./standing-view";

export const metadata: Metadata = { title: "Your assessor record" };

/** Which of the person's centres have seen the proof behind a row. */
function VerificationNote({ verification }: { verification: { by: string[]; notBy: string[] } }) {
  return (
    <span className="block text-sm">
      {verification.by.length > 0 && `Verified by ${verification.by.join(", ")}. `}
      {verification.notBy.length > 0 && `Not yet verified by ${verification.notBy.join(", ")}: show them the proof.`}
    </span>
  );
}

export default async function AssessorRecordPage() {
  const access = await requireAccess();
  const record = await getOwnAssessorRecord(access);
  const nameOf = (code: string) => record.choices.find((choice) => choice.code === code)?.name ?? code;
  if (record.centres.length === 0) {
    return (
      <>
        <BackLink href="/account">Back to your account</BackLink>
        <PageHeader title="Your assessor record" />
        <p>Assessors and IQAs keep an assessor record. You do not assess or quality-assure at any of your centres.</p>
      </>
    );
  }
  return (
    <>
      <BackLink href="/account">Back to your account</BackLink>
      <PageHeader
        title="Your assessor record"
        description={`The qualifications you hold or are working towards and the units you can assess. It follows you to every centre you work for: ${record.centres.map((centre) => centre.name).join(", ")}.`}
      />
      <div className="flex flex-col gap-6">
        <Card title="Your status">
          <div className="flex flex-col gap-5">
            <p className="text-ink-muted">
              Each centre counts a qualification you hold once its admin has seen the certificate (handbook 4.2, 5.20.2).
            </p>
            {record.centreStandings.map((standing) => {
              const centre = record.centres.find((c) => c.id === standing.centreId);
              return (
                <StandingView
                  key={standing.centreId}
                  standing={standing}
                  showCentre={record.centreStandings.length > 1}
                  roles={{ assessor: centre?.roles.includes("ASSESSOR") ?? false, iqa: centre?.roles.includes("IQA") ?? false }}
                />
              );
            })}
          </div>
        </Card>

        <Card title="Assessor and IQA qualifications">
          {record.qualifications.length === 0 ? (
            <p className="mb-5">You have not recorded any yet.</p>
          ) : (
            <ul className="mb-6 flex flex-col divide-y divide-line-subtle">
              {record.qualifications.map((row) => (
                <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="font-semibold">{nameOf(row.code)}</span>
                    <span className="text-ink-muted">
                      {row.held ? ` · held since ${displayDay(row.achievedOn)}` : " · working towards it"}
                    </span>
                    <VerificationNote verification={row.verification} />
                  </span>
                  <RemoveEntryButton kind="qualification" id={row.id} name={nameOf(row.code)} />
                </li>
              ))}
            </ul>
          )}
          <h3 className="mb-3 font-semibold">Add or correct a qualification</h3>
          <StaffQualificationForm
            options={record.choices.map((choice) => ({
              value: choice.code,
              label: `${choice.name} (${choice.roles.map((role) => (role === "iqa" ? "IQA" : "assessor")).join(" and ")})`,
            }))}
          />
        </Card>

        <Card title="Units you are competent to assess">
          <p className="mb-4 text-ink-muted">
            You may assess only units you are occupationally competent in (handbook 4.2). Sign-off checks this list.
          </p>
          {record.competences.length === 0 ? (
            <p className="mb-5">You have not recorded any yet.</p>
          ) : (
            <ul className="mb-6 flex flex-col divide-y divide-line-subtle">
              {record.competences.map((row) => (
                <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="flex flex-col">
                    <span className="font-semibold">
                      {row.unit.urn} {row.unit.title}
                    </span>
                    <span className="text-sm text-ink-muted">
                      {row.unit.qualification.title} · {row.basis}
                    </span>
                    <VerificationNote verification={row.verification} />
                  </span>
                  <RemoveEntryButton kind="unit" id={row.id} name={`${row.unit.urn} ${row.unit.title}`} />
                </li>
              ))}
            </ul>
          )}
          <h3 className="mb-3 font-semibold">Add a unit, or change its basis</h3>
          <OccupationalCompetenceForm
            options={record.qualificationsWithUnits.flatMap((qualification) =>
              qualification.units.map((unit) => ({
                value: unit.id,
                label: `${unit.urn} ${unit.title}${record.qualificationsWithUnits.length > 1 ? ` (${qualification.title})` : ""}`,
              })),
            )}
          />
        </Card>
      </div>
    </>
  );
}
