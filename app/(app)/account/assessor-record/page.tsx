import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getOwnAssessorRecord } from "@/lib/assessor-record/queries";
import { requireAccess } from "@/lib/auth/current-access";
import { displayDay } from "@/lib/format/dates";
import { OccupationalCompetenceForm } from "./competence-form";
import { StaffQualificationForm } from "./qualification-form";
import { RemoveEntryButton } from "./remove-entry-button";
import { StandingView } from "./standing-view";

export const metadata: Metadata = { title: "Your assessor record" };

export default async function AssessorRecordPage() {
  const access = await requireAccess();
  const record = await getOwnAssessorRecord(access);
  const roles = {
    assessor: record.centres.some((centre) => centre.roles.includes("ASSESSOR")),
    iqa: record.centres.some((centre) => centre.roles.includes("IQA")),
  };
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
            {record.standings.map((standing) => (
              <StandingView key={standing.awardingBodyId} standing={standing} showBody={record.standings.length > 1} roles={roles} />
            ))}
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
