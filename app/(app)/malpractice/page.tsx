import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { FilterLinks } from "@/components/ui/filter-links";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay } from "@/lib/format/dates";
import { malpracticeDuty, malpracticeStatusLabels } from "@/lib/malpractice/labels";
import { listMalpracticeCases, malpracticeFormOptions } from "@/lib/malpractice/queries";
import { malpracticeFilterOf, type MalpracticeFilter } from "@/lib/malpractice/schemas";
import { RecordCaseForm } from "./record-case-form";

export const metadata: Metadata = { title: "Malpractice" };

const filters: { filter: MalpracticeFilter; label: string }[] = [
  { filter: "open", label: "Under investigation" },
  { filter: "closed", label: "Closed" },
  { filter: "all", label: "All" },
];
const empty: Record<MalpracticeFilter, string> = {
  open: "No case is under investigation.",
  closed: "No case has been closed.",
  all: "No case of suspected malpractice has been recorded.",
};

export default async function MalpracticePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requireAccess();
  const filter = malpracticeFilterOf((await searchParams).show);
  const [cases, options] = await orNotFound(Promise.all([listMalpracticeCases(access, filter), malpracticeFormOptions(access)]));
  return (
    <>
      <PageHeader title="Malpractice" description={malpracticeDuty} />
      <FilterLinks
        label="Show cases"
        links={filters.map((item) => ({ href: `/malpractice?show=${item.filter}`, label: item.label, current: item.filter === filter }))}
      />
      <div className="flex flex-col gap-6">
        {cases.length === 0 ? (
          <p>{empty[filter]}</p>
        ) : (
          <Table
            caption={`Malpractice cases at ${access.workspace.name}: ${filters.find((item) => item.filter === filter)!.label.toLowerCase()}`}
          >
            <THead>
              <TR>
                <TH>Who</TH>
                <TH>Came to light</TH>
                <TH>Status</TH>
                <TH>Reported to the awarding body</TH>
                <TH>Notes</TH>
              </TR>
            </THead>
            <TBody>
              {cases.map((row) => (
                <TR key={row.id}>
                  <TD>
                    <Link href={`/malpractice/${row.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                      {row.staffMember?.name ?? row.candidate?.name}
                    </Link>
                    <span className="block text-sm text-ink-muted">{row.subject === "STAFF" ? "Staff" : "Candidate"}</span>
                  </TD>
                  <TD className="whitespace-nowrap">{displayDay(row.cameToLightOn)}</TD>
                  <TD>
                    <Badge tone={row.status === "CLOSED" ? "neutral" : "warning"}>{malpracticeStatusLabels[row.status]}</Badge>
                  </TD>
                  <TD>
                    {row.reportedToAwardingBodyOn ? (
                      displayDay(row.reportedToAwardingBodyOn)
                    ) : (
                      <Badge tone="danger">Not yet reported</Badge>
                    )}
                  </TD>
                  <TD>{row._count.notes}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        <Card title="Record a suspected case">
          <RecordCaseForm
            workspaceKey={access.workspace.key}
            today={isoDay(new Date())}
            staff={options.staff}
            candidates={options.candidates}
          />
        </Card>
      </div>
    </>
  );
}
