import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { acknowledgementStanding, circumstanceChangeKindLabels, circumstanceCode } from "@/lib/circumstances/labels";
import { ownCircumstancesView } from "@/lib/circumstances/queries";
import { displayDay } from "@/lib/format/dates";
import { ownRecordPolicies } from "@/lib/professional-record/queries";
import { RecordSections } from "../record-sections";
import { NotifyChangeForm } from "./notify-change-form";

export const metadata: Metadata = { title: "Changes of circumstance" };

const day = (iso: string) => displayDay(new Date(`${iso}T00:00:00Z`));

export default async function CircumstancesPage() {
  const access = await requireAccess();
  const [{ bodies, history }, policies] = await Promise.all([ownCircumstancesView(access), ownRecordPolicies(access)]);
  const code = circumstanceCode(policies);
  return (
    <>
      <PageHeader
        title="Changes of circumstance"
        description={`Tell your awarding bodies about major changes affecting your work as an assessor: a new employer or job role, a new name or contact details, or ceasing to assess for a time or for good${code ? ` (${code})` : ""}.`}
      />
      <RecordSections current="circumstances" />
      {bodies.length === 0 && history.length === 0 ? (
        <p>Assessors and IQAs notify their awarding bodies of changes. You do not assess or quality-assure at any of your centres.</p>
      ) : (
        <div className="flex flex-col gap-6">
          {bodies.length > 0 && (
            <Card title="Notify a change">
              <p className="mb-4 text-ink-muted">
                It goes to {bodies.map((body) => body.name).join(" and ")}, dated today: the awarding bodies of the centres where you assess
                or quality-assure, and any that approved you.
              </p>
              <NotifyChangeForm bodyNames={bodies.map((body) => body.name)} />
            </Card>
          )}
          <Card title="Changes you have notified">
            {history.length === 0 ? (
              <p>None yet.</p>
            ) : (
              <Table caption="Changes you have notified, newest first" captionHidden>
                <THead>
                  <TR>
                    <TH>Change</TH>
                    <TH>Takes effect</TH>
                    <TH>Notified on</TH>
                    <TH>Awarding bodies</TH>
                  </TR>
                </THead>
                <TBody>
                  {history.map((change) => (
                    <TR key={change.key}>
                      <TD>
                        <span className="block font-semibold">{circumstanceChangeKindLabels[change.kind]}</span>
                        <span className="block text-sm whitespace-pre-line">{change.details}</span>
                      </TD>
                      <TD>{day(change.effectiveOn)}</TD>
                      <TD>{displayDay(change.notifiedAt)}</TD>
                      <TD>
                        <ul className="flex flex-col gap-1">
                          {change.bodies.map((body) => {
                            const standing = acknowledgementStanding(body);
                            return (
                              <li key={body.changeId} className="flex flex-wrap items-center gap-2">
                                {body.awardingBodyName}
                                <Badge tone={standing.tone}>
                                  {standing.label}
                                  {body.acknowledgedAt ? ` ${displayDay(body.acknowledgedAt)}` : ""}
                                </Badge>
                              </li>
                            );
                          })}
                        </ul>
                      </TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
