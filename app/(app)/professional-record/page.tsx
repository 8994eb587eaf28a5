import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { cpdStatusLabels, cpdStatusTones } from "@/lib/cpd/labels";
import { displayDay } from "@/lib/format/dates";
import { getOwnAssessorRecord } from "@/lib/professional-record/queries";
import { OccupationalCompetenceForm } from "./competence-form";
import { QualificationCompetenceForm } from "./qualification-competence-form";
import { StaffQualificationForm } from "./qualification-form";
import { RecordSections } from "./record-sections";
import { RemoveEntryButton } from "./remove-entry-button";
import { StaffFileList } from "./staff-file-list";
import { StaffFileUpload } from "./staff-file-upload";
import { BodyStandingView, StandingView } from "./standing-view";

export const metadata: Metadata = { title: "Your professional record" };

/** Which of the person's centres have seen the proof behind a row. */
function VerificationNote({ verification }: { verification: { by: string[]; notBy: string[] } }) {
  if (verification.by.length === 0 && verification.notBy.length === 0) return null;
  return (
    <span className="block text-sm">
      {verification.by.length > 0 && `Verified by ${verification.by.join(", ")}. `}
      {verification.notBy.length > 0 && `Not yet verified by ${verification.notBy.join(", ")}: show them the certificate.`}
    </span>
  );
}

export default async function ProfessionalRecordPage() {
  const access = await requireAccess();
  const record = await getOwnAssessorRecord(access, new Date());
  const nameOf = (code: string) => record.choices.find((choice) => choice.code === code)?.name ?? code;
  if (!record.keepsRecord) {
    return (
      <>
        <PageHeader title="Your professional record" />
        <p>
          Assessors and IQAs keep a professional record, and so do assessors an awarding body has approved. You do not assess or
          quality-assure at any of your centres, and no awarding body has approved you as an assessor.
        </p>
      </>
    );
  }
  const workplaces = [
    ...record.centres.map((centre) => centre.name),
    ...record.approvals.map((body) => `${body.name} (approved assessor)`),
  ];
  const cvs = record.files.filter((file) => file.kind === "CV");
  const roleProfiles = record.files.filter((file) => file.kind === "ROLE_PROFILE");
  return (
    <>
      <PageHeader
        title="Your professional record"
        description={`Your qualifications, the units you can assess, your CV, role profile and CPD. You keep it up yourself; it follows you to everywhere you work: ${workplaces.join(", ")}.`}
      />
      <RecordSections current="overview" />
      <div className="flex flex-col gap-6">
        <Card title="Your status with each awarding body">
          <div className="flex flex-col gap-5">
            {record.bodyStandings.some((standing) => standing.assessor || standing.iqa) && (
              <p className="text-ink-muted">
                Where an awarding body lists the qualifications it accepts: one you hold counts once its certificate is on your record
                (handbook 4.2, 4.4).
              </p>
            )}
            {record.bodyStandings.map((standing) => (
              <BodyStandingView key={standing.awardingBodyId} standing={standing} />
            ))}
          </div>
        </Card>

        {record.centreStandings.length > 0 && (
          <Card title="What your centres count">
            <div className="flex flex-col gap-5">
              <p className="text-ink-muted">
                A centre counts a qualification you hold once its admin has seen the certificate and verified it (handbook 4.2, 5.20.2).
                Sign-off and countersigning use this.
              </p>
              {record.centreStandings.map((standing) => {
                const centre = record.centres.find((c) => c.id === standing.centreId);
                const bodyWithoutList = record.centresWithoutOwnList.get(standing.centreId);
                return (
                  <div key={standing.centreId} className="flex flex-col gap-2">
                    <StandingView
                      standing={standing}
                      showCentre
                      roles={{ assessor: centre?.roles.includes("ASSESSOR") ?? false, iqa: centre?.roles.includes("IQA") ?? false }}
                    />
                    {bodyWithoutList && (
                      <p className="text-sm text-ink-muted">
                        {bodyWithoutList} sets no list of accepted assessor qualifications of its own, so sign-off at {standing.centreName}{" "}
                        applies OCR&apos;s (handbook 4.2): without one, your decisions there count once a qualified colleague countersigns
                        them.
                      </p>
                    )}
                  </div>
                );
              })}
            </div>
          </Card>
        )}

        <Card title="CPD">
          <ul className="mb-4 flex flex-col gap-3">
            {record.cpd.map((body) => (
              <li key={body.awardingBodyId} className="flex flex-col gap-1">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{body.awardingBodyName}:</span>
                  {body.compliance ? (
                    <Badge tone={cpdStatusTones[body.compliance.status]}>{cpdStatusLabels[body.compliance.status]}</Badge>
                  ) : (
                    <span className="text-ink-muted">sets no CPD requirement</span>
                  )}
                </p>
                {body.compliance?.findings.map((finding) => (
                  <p key={finding.code} className="text-sm">
                    {finding.message}
                  </p>
                ))}
              </li>
            ))}
          </ul>
          <Link href="/professional-record/cpd" className="font-semibold underline">
            Your CPD log
          </Link>
        </Card>

        <Card title="Assessor and IQA qualifications">
          {record.qualifications.length === 0 ? (
            <p className="mb-5">You have not recorded any yet.</p>
          ) : (
            <ul className="mb-6 flex flex-col divide-y divide-line-subtle">
              {record.qualifications.map((row) => (
                <li key={row.id} className="flex flex-col gap-3 py-3">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <span className="min-w-0">
                      <span className="font-semibold">{nameOf(row.code)}</span>
                      <span className="text-ink-muted">
                        {row.held ? ` · held since ${displayDay(row.achievedOn)}` : " · working towards it"}
                      </span>
                      {row.held && row.certificates.length === 0 && (
                        <span className="block text-sm font-semibold">No certificate on your record yet.</span>
                      )}
                      <VerificationNote verification={row.verification} />
                    </span>
                    <RemoveEntryButton kind="qualification" id={row.id} name={nameOf(row.code)} />
                  </div>
                  <StaffFileList files={row.certificates} />
                  <StaffFileUpload
                    target={{ kind: "CERTIFICATE", staffQualificationId: row.id }}
                    label={row.held ? `Add the certificate for ${row.code}` : `Add proof of training for ${row.code}`}
                    hint="A scan or photo of the certificate, or a PDF."
                  />
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
                  <span className="flex min-w-0 flex-col">
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
          {record.qualificationsWithUnits.length === 0 ? (
            <p>Your awarding bodies have no qualifications with units in Assay yet.</p>
          ) : (
            <div className="flex flex-col gap-8">
              <div>
                <h3 className="mb-3 font-semibold">Add a unit, or change its basis</h3>
                <OccupationalCompetenceForm
                  options={record.qualificationsWithUnits.flatMap((qualification) =>
                    qualification.units.map((unit) => ({
                      value: unit.id,
                      label: `${unit.urn} ${unit.title}${record.qualificationsWithUnits.length > 1 ? ` (${qualification.title})` : ""}`,
                    })),
                  )}
                />
              </div>
              <div>
                <h3 className="mb-3 font-semibold">Add every unit of a qualification</h3>
                <QualificationCompetenceForm
                  options={record.qualificationsWithUnits
                    .filter((qualification) => qualification.units.length > 0)
                    .map((qualification) => ({
                      value: qualification.id,
                      label: `${qualification.title} (${qualification.qualificationNumber}, ${qualification.units.length} units)`,
                    }))}
                />
              </div>
            </div>
          )}
        </Card>

        <Card title="CV and role profile">
          <p className="mb-4 text-ink-muted">
            Your centres keep these for the external verifier (handbook 5.20.2); they and your awarding bodies can open them here.
          </p>
          <div className="flex flex-col gap-6">
            <section aria-labelledby="cv-heading" className="flex flex-col gap-3">
              <h3 id="cv-heading" className="font-semibold">
                CV
              </h3>
              {cvs.length === 0 ? <p>No CV on your record yet.</p> : <StaffFileList files={cvs} />}
              <StaffFileUpload target={{ kind: "CV" }} label="Add your CV" hint="A PDF or Word document." />
            </section>
            <section aria-labelledby="role-profile-heading" className="flex flex-col gap-3">
              <h3 id="role-profile-heading" className="font-semibold">
                Role profile
              </h3>
              {roleProfiles.length === 0 ? <p>No role profile on your record yet.</p> : <StaffFileList files={roleProfiles} />}
              <StaffFileUpload
                target={{ kind: "ROLE_PROFILE" }}
                label="Add your role profile"
                hint="What you do as an assessor or IQA, as your employer describes it."
              />
            </section>
          </div>
        </Card>
      </div>
    </>
  );
}
