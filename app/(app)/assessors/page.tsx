import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RegisterFilterForm } from "./register-filter-form";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { centreApprovedLabel, centreApprovedStatus, icsStateLabels, naaceStateLabels } from "@/lib/approvals/labels";
import { registerPage, type RegisterRow } from "@/lib/assessor-register/queries";
import { parseRegisterFilters, type RegisterFilters } from "@/lib/assessor-register/schemas";
import { requireAccess } from "@/lib/auth/current-access";
import { requireAwardingBodyPermission } from "@/lib/auth/require-permission";
import { cpdStatusLabels, cpdStatusTones } from "@/lib/cpd/labels";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { displayFindingDates } from "@/lib/format/finding-text";
import { plural } from "@/lib/rules/findings";

export const metadata: Metadata = { title: "Assessor register" };

const day = (iso: string | null) => (iso ? displayDay(new Date(`${iso}T00:00:00Z`)) : "");

function describeFilters(filters: RegisterFilters): string {
  const parts = [
    filters.status ? `status ${statusLabel(filters.status).toLowerCase()}` : null,
    filters.cpd ? `CPD ${cpdStatusLabels[filters.cpd].toLowerCase()}` : null,
    filters.overdue === "lifecycle"
      ? "lifecycle targets missed"
      : filters.overdue === "qa"
        ? "overdue QA requests"
        : filters.overdue
          ? "overdue targets, reviews or QA requests"
          : null,
    filters.qualityReview ? "a quality review due" : null,
    filters.breaches ? "open breaches" : null,
    filters.reviews ? "an open supporting review" : null,
  ].filter((part): part is string => part !== null);
  return parts.join(", ");
}

function statusLabel(status: string): string {
  const labels: Record<string, string> = { ...icsStateLabels, ...naaceStateLabels, [centreApprovedStatus]: centreApprovedLabel };
  return labels[status] ?? status;
}

export default async function AssessorRegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await orNotFound(
    requireAccess().then((a) => requireAwardingBodyPermission(a, "assessorRegister.view", "Assessor register")),
  );
  const filters = parseRegisterFilters(await searchParams);
  const register = await orNotFound(registerPage(access, filters));
  const stateLabels: Record<string, string> =
    register.scheme === "ICS" ? icsStateLabels : register.scheme === "NAACE" ? naaceStateLabels : {};
  // "Approved by the centre" only where there are centres to approve (or the body runs no lifecycle).
  const offerCentreApproved = register.scheme === null || register.hasCentres;
  const statusOptions = [
    ...Object.entries(stateLabels).map(([value, label]) => ({ value, label })),
    ...(offerCentreApproved ? [{ value: centreApprovedStatus, label: centreApprovedLabel }] : []),
  ];
  const overdueOptions = [
    { value: "any", label: "Anything overdue (targets, reviews or QA requests)" },
    { value: "lifecycle", label: "Lifecycle targets missed" },
    { value: "qa", label: "Overdue QA requests" },
  ];
  const overdueValue = filters.overdue === true ? "any" : (filters.overdue ?? "");
  const filtered = describeFilters(filters);
  const caption = filtered ? `Assessors with ${filtered}` : `Assessors of ${register.bodyName}`;

  return (
    <>
      <PageHeader
        title="Assessor register"
        description={
          register.scheme && !register.hasCentres
            ? `Everyone ${register.bodyName} approves, with their approval status, CPD, overdue targets and open breaches.`
            : register.scheme
              ? `Everyone ${register.bodyName} approves or who assesses or quality-assures at its centres, with their approval status, CPD, overdue targets and open breaches.`
              : `Everyone who assesses or quality-assures at ${register.bodyName}'s centres. Its centres approve their assessors, so there is no approval lifecycle here.`
        }
      />
      <div className="flex flex-col gap-6">
        <Card>
          <RegisterFilterForm
            statusOptions={statusOptions}
            overdueOptions={overdueOptions}
            initial={{
              status: filters.status ?? "",
              cpd: filters.cpd ?? "",
              overdue: overdueValue,
              breaches: filters.breaches === true,
              reviews: filters.reviews === "open",
              qualityReview: filters.qualityReview === "due",
            }}
            showQualityReview={register.scheme === "NAACE"}
            filtered={filtered !== ""}
          />
        </Card>
        <p role="status">
          {filtered
            ? `Showing ${register.rows.length} of ${plural(register.total, "assessor")}.`
            : `${plural(register.total, "assessor")} in the register.`}
        </p>
        {register.rows.length === 0 ? (
          <Card>
            <p>
              {register.total === 0
                ? "Nobody is in the register yet: approved assessors and the assessors and IQAs of the body's centres appear here."
                : "Nobody in the register matches these filters."}
            </p>
          </Card>
        ) : (
          <Table caption={caption}>
            <THead>
              <TR>
                <TH>Assessor</TH>
                <TH>Approval status</TH>
                <TH>CPD</TH>
                <TH>Targets and reviews</TH>
                <TH>Open breaches</TH>
                <TH>QA requests</TH>
              </TR>
            </THead>
            <TBody>
              {register.rows.map((row) => (
                <RegisterTableRow key={row.userId} row={row} />
              ))}
            </TBody>
          </Table>
        )}
      </div>
    </>
  );
}

function RegisterTableRow({ row }: { row: RegisterRow }) {
  return (
    <TR>
      <TH scope="row" className="min-w-44">
        <Link href={`/assessors/${row.userId}`} className="font-semibold text-brand-800 underline underline-offset-2">
          {row.name}
        </Link>
        {row.centres.length > 0 && <span className="block text-sm text-ink-muted">{row.centres.map((c) => c.name).join(", ")}</span>}
        {row.approval?.organisation && <span className="block text-sm text-ink-muted">{row.approval.organisation}</span>}
      </TH>
      <TD className="min-w-40">
        {row.approval ? (
          <>
            <Link href={`/assessors/${row.userId}/approval`} className="text-brand-800 underline underline-offset-2">
              {row.approval.stateLabel}
              <span className="sr-only"> ({row.name}&apos;s approval)</span>
            </Link>
            {row.approval.stateSince && <span className="block text-sm text-ink-muted">since {day(row.approval.stateSince)}</span>}
          </>
        ) : (
          <Link href={`/assessors/${row.userId}/approval`} className="text-brand-800 underline underline-offset-2">
            {centreApprovedLabel}
            <span className="sr-only"> ({row.name})</span>
          </Link>
        )}
      </TD>
      <TD>{row.cpd ? <Badge tone={cpdStatusTones[row.cpd.status]}>{cpdStatusLabels[row.cpd.status]}</Badge> : <span>No CPD set</span>}</TD>
      <TD className="min-w-64">
        {row.lifecycleWarnings.length === 0 && row.overdueQaRequests === 0 ? (
          <span className="text-ink-muted">None due</span>
        ) : (
          <ul className="flex list-disc flex-col gap-1 pl-4">
            {row.lifecycleWarnings.map((finding) => (
              <li key={finding.code}>{displayFindingDates(finding.message)}</li>
            ))}
            {row.overdueQaRequests > 0 && <li>{plural(row.overdueQaRequests, "quality-assurance request")} overdue</li>}
          </ul>
        )}
      </TD>
      <TD>
        {row.openBreaches > 0 && row.openSupportingReviewId ? (
          <Link
            href={`/assessors/${row.userId}/reviews/${row.openSupportingReviewId}`}
            className="text-brand-800 underline underline-offset-2"
          >
            {plural(row.openBreaches, "breach", "breaches")}
            <span className="sr-only"> ({row.name}&apos;s supporting review)</span>
          </Link>
        ) : (
          String(row.openBreaches)
        )}
      </TD>
      <TD>{row.openQaRequests}</TD>
    </TR>
  );
}
