import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import type { PolicyNumberValue } from "@/lib/policies/policy-numbers";
import { loadPolicyPage } from "@/lib/policies/queries";
import { PolicyForm } from "./policy-form";

export const metadata: Metadata = { title: "Policy" };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

function shown(value: PolicyNumberValue): string {
  if (value === null) return "none";
  if (typeof value === "boolean") return value ? "required" : "not required";
  return String(value);
}

export default async function PolicyPage() {
  const access = await requireAccess();
  const page = await orNotFound(loadPolicyPage(access));
  const status =
    page.version === 0
      ? "No change has been saved yet: these are the values from the body's own documents."
      : page.updatedBy
        ? `Last changed ${displayDay(page.updatedAt!)} by ${page.updatedBy} (version ${page.version}).`
        : `Version ${page.version}, stored from the body's own documents.`;
  return (
    <>
      <PageHeader
        title="Policy"
        description={`The numbers Assay checks ${page.body.name}'s assessors against: CPD, assessments, retention, approval targets. ${status}`}
      />
      <div className="flex flex-col gap-6">
        <Card title="The numbers and where they come from">
          <Table caption="Policy numbers with their source" captionHidden>
            <THead>
              <TR>
                <TH>Number</TH>
                <TH>Now</TH>
                <TH>From the documents</TH>
                <TH>Source</TH>
              </TR>
            </THead>
            <TBody>
              {page.rows.map((row) => (
                <TR key={row.field}>
                  <TD>{row.label}</TD>
                  <TD>{row.shown}</TD>
                  <TD>{row.seeded ?? "not set"}</TD>
                  <TD>{row.source}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </Card>
        <Card title="Change the numbers">
          <p className="mb-4 text-ink-muted">
            Changes apply at once: CPD status, activity limits, retention dates and approval targets are worked out again with the new
            numbers. Each change is kept in the audit trail.
          </p>
          <PolicyForm
            workspaceKey={access.workspace.key}
            version={page.version}
            defaults={page.numbers}
            families={page.families}
            rows={page.rows}
          />
        </Card>
        <Card title="Change history">
          {page.history.length === 0 ? (
            <p>No one has changed the policy yet.</p>
          ) : (
            <Table caption="Changes to the policy, newest first" captionHidden>
              <THead>
                <TR>
                  <TH>When</TH>
                  <TH>Who</TH>
                  <TH>What changed</TH>
                </TR>
              </THead>
              <TBody>
                {page.history.map((change) => (
                  <TR key={change.id}>
                    <TD className="whitespace-nowrap">{timeFormat.format(change.occurredAt)}</TD>
                    <TD>{change.actorName}</TD>
                    <TD>
                      <ul className="text-sm break-words">
                        {change.changes.map((line) => (
                          <li key={line.label}>
                            {line.label}: {shown(line.before)} → {shown(line.after)}
                          </li>
                        ))}
                      </ul>
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
