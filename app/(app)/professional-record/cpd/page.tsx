import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { cpdCategoryLabels, cpdStatusLabels, cpdStatusTones } from "@/lib/cpd/labels";
import { getOwnCpdLog } from "@/lib/cpd/queries";
import { displayDay } from "@/lib/format/dates";
import { listInEnglish } from "@/lib/rules/findings";
import { RecordSections } from "../record-sections";
import { StaffFileList } from "../staff-file-list";
import { StaffFileUpload } from "../staff-file-upload";
import { CpdEntryActions } from "./cpd-entry-actions";
import { CpdEntryForm } from "./cpd-entry-form";

export const metadata: Metadata = { title: "Your CPD" };

const day = (iso: string) => displayDay(new Date(`${iso}T00:00:00Z`));
const hoursText = (hours: number) => `${Math.round(hours * 100) / 100}`;

export default async function CpdPage() {
  const access = await requireAccess();
  const log = await getOwnCpdLog(access, new Date());
  if (!log.keepsRecord) {
    return (
      <>
        <PageHeader title="Your CPD" />
        <p>Assessors and IQAs, and assessors an awarding body has approved, keep a CPD log. You are neither at any of your workplaces.</p>
      </>
    );
  }
  const eventOptions = log.eventChoices.map((choice) => ({ value: choice.kind, label: `${choice.name} (${choice.bodies.join(", ")})` }));
  const eventName = (kind: string | null) => log.eventChoices.find((choice) => choice.kind === kind)?.name ?? kind;
  return (
    <>
      <PageHeader
        title="Your CPD"
        description="Your continuing professional development: what you did, when, for how long, and the evidence. Each awarding body judges it under its own policy."
      />
      <RecordSections current="cpd" />
      <div className="flex flex-col gap-6">
        {log.statuses.map((body) => (
          <Card key={body.awardingBodyId} title={`${body.awardingBodyName}`}>
            {!body.policy || !body.compliance ? (
              <p>{body.awardingBodyName} sets no CPD requirement.</p>
            ) : (
              <div className="flex flex-col gap-4">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">Status:</span>
                  <Badge tone={cpdStatusTones[body.compliance.status]}>{cpdStatusLabels[body.compliance.status]}</Badge>
                </p>
                <p className="text-ink-muted">
                  Each CPD year needs{" "}
                  {listInEnglish(
                    [
                      body.policy.minimumHours !== null ? `at least ${body.policy.minimumHours} hours` : null,
                      ...body.policy.requiredCategories.map((category) =>
                        category === "assessorSkills" ? "some CPD on your assessor skills" : "some CPD on occupational knowledge",
                      ),
                      body.policy.mandatoryEvent ? `attendance at ${body.policy.mandatoryEvent.name}` : null,
                    ].filter((part): part is string => part !== null),
                  ) || "a record of your CPD"}{" "}
                  ({body.policy.source}).
                </p>
                {body.compliance.findings.length > 0 && (
                  <ul className="flex flex-col gap-2">
                    {body.compliance.findings.map((finding) => (
                      <li key={finding.code}>
                        {finding.message} <span className="text-sm text-ink-muted">({finding.source})</span>
                      </li>
                    ))}
                  </ul>
                )}
                <Table
                  caption={`This CPD year with ${body.awardingBodyName}: ${day(body.compliance.currentYear.start)} to ${day(body.compliance.currentYear.end)}`}
                >
                  <THead>
                    <TR>
                      <TH>Category</TH>
                      <TH className="text-right">Hours</TH>
                    </TR>
                  </THead>
                  <TBody>
                    <TR>
                      <TH scope="row">{cpdCategoryLabels.ASSESSOR_SKILLS}</TH>
                      <TD className="text-right">{hoursText(body.compliance.currentYear.hoursByCategory.assessorSkills)}</TD>
                    </TR>
                    <TR>
                      <TH scope="row">{cpdCategoryLabels.OCCUPATIONAL_KNOWLEDGE}</TH>
                      <TD className="text-right">{hoursText(body.compliance.currentYear.hoursByCategory.occupationalKnowledge)}</TD>
                    </TR>
                    <TR>
                      <TH scope="row">Total</TH>
                      <TD className="text-right font-semibold">
                        {hoursText(body.compliance.currentYear.hours)}
                        {body.policy.minimumHours !== null && ` of ${body.policy.minimumHours}`}
                      </TD>
                    </TR>
                    {body.policy.mandatoryEvent && (
                      <TR>
                        <TH scope="row">{body.policy.mandatoryEvent.name}</TH>
                        <TD className="text-right">{body.compliance.currentYear.mandatoryEventAttended ? "Attended" : "Not yet"}</TD>
                      </TR>
                    )}
                  </TBody>
                </Table>
              </div>
            )}
          </Card>
        ))}

        <Card title="Log CPD">
          <CpdEntryForm eventOptions={eventOptions} />
        </Card>

        <Card title="Your CPD log">
          {log.entries.length === 0 ? (
            <p>Nothing logged yet.</p>
          ) : (
            <ul className="flex flex-col divide-y divide-line-subtle">
              {log.entries.map((entry) => {
                const name = `CPD on ${day(entry.activityOn)}`;
                return (
                  <li key={entry.id} className="flex flex-col gap-3 py-4">
                    <div className="flex flex-col gap-1">
                      <h3 className="font-semibold">
                        {day(entry.activityOn)} · {entry.hours === null ? "hours as credited" : `${hoursText(entry.hours)} hours`} ·{" "}
                        {cpdCategoryLabels[entry.category]}
                      </h3>
                      {entry.mandatoryEvent && <p className="text-sm font-semibold">{eventName(entry.mandatoryEvent)}</p>}
                      <p className="break-words whitespace-pre-line">{entry.description}</p>
                    </div>
                    <StaffFileList files={entry.files} />
                    <StaffFileUpload
                      target={{ kind: "CPD_EVIDENCE", cpdEntryId: entry.id }}
                      label="Add evidence"
                      hint="A certificate of attendance, notes or slides."
                    />
                    <CpdEntryActions
                      name={name}
                      eventOptions={eventOptions}
                      entry={{
                        id: entry.id,
                        version: entry.version,
                        values: {
                          activityOn: entry.activityOn,
                          hours: entry.hours === null ? "" : hoursText(entry.hours),
                          category: entry.category,
                          description: entry.description,
                          mandatoryEvent: entry.mandatoryEvent ?? "",
                        },
                      }}
                    />
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
