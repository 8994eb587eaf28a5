import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { FilterLinks } from "@/components/ui/filter-links";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { appealStatusLabels } from "@/lib/appeals/labels";
import { appealRegister } from "@/lib/appeals/queries";
import { appealFilterOf, type AppealFilter } from "@/lib/appeals/schemas";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { AppealDecision } from "../candidates/[candidateId]/appeals/appeal-decision";

export const metadata: Metadata = { title: "Appeals" };

const filters: { filter: AppealFilter; label: string }[] = [
  { filter: "open", label: "Open" },
  { filter: "decided", label: "Decided or withdrawn" },
  { filter: "all", label: "All" },
];
const empty: Record<AppealFilter, string> = {
  open: "No appeal is open.",
  decided: "No appeal has been decided or withdrawn yet.",
  all: "No candidate has lodged an appeal.",
};

export default async function AppealsRegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await requireAccess();
  const filter = appealFilterOf((await searchParams).show);
  const appeals = await orNotFound(appealRegister(access, filter));
  return (
    <>
      <PageHeader
        title="Appeals register"
        description={`Candidates' appeals against assessment decisions at ${access.workspace.name}: each step of the centre's appeals procedure with its date, the outcome and who decided. An open appeal blocks the claim for its unit and the destruction of the candidate's records.`}
      />
      <FilterLinks
        label="Show appeals"
        links={filters.map((item) => ({ href: `/appeals?show=${item.filter}`, label: item.label, current: item.filter === filter }))}
      />
      {appeals.length === 0 ? (
        <p>{empty[filter]}</p>
      ) : (
        <Table caption={`${filters.find((item) => item.filter === filter)!.label} appeals at ${access.workspace.name}`}>
          <THead>
            <TR>
              <TH>Candidate</TH>
              <TH>Decision appealed</TH>
              <TH>Lodged</TH>
              <TH>Status</TH>
              <TH>Outcome</TH>
            </TR>
          </THead>
          <TBody>
            {appeals.map((appeal) => (
              <TR key={appeal.id}>
                <TD>
                  <Link href={`/appeals/${appeal.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                    {appeal.candidate.name}
                    <span className="sr-only">: appeal lodged {displayDay(appeal.lodgedOn)}</span>
                  </Link>
                </TD>
                <TD>
                  <AppealDecision unitDecision={appeal.unitDecision} decisionDescription={appeal.decisionDescription} />
                </TD>
                <TD className="whitespace-nowrap">{displayDay(appeal.lodgedOn)}</TD>
                <TD>
                  <Badge tone={appeal.open ? "info" : appeal.status === "UPHELD" ? "success" : "neutral"}>
                    {appealStatusLabels[appeal.status]}
                  </Badge>
                  {appeal.referredOn && (
                    <p className="mt-1 text-sm">
                      {appeal.awardingBodyOutcomeOn
                        ? `Awarding body's outcome ${displayDay(appeal.awardingBodyOutcomeOn)}`
                        : `With the awarding body since ${displayDay(appeal.referredOn)}`}
                    </p>
                  )}
                </TD>
                <TD>
                  {appeal.decidedOn ? (
                    <>
                      {displayDay(appeal.decidedOn)}
                      {appeal.decidedBy && <>, by {appeal.decidedBy.name}</>}
                    </>
                  ) : appeal.withdrawnOn ? (
                    <>Withdrawn {displayDay(appeal.withdrawnOn)}</>
                  ) : (
                    <span className="text-ink-muted">Not decided</span>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
