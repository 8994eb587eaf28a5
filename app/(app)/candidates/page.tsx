import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { candidateAttentionLabels } from "@/lib/candidates/attention";
import { candidateStatusLabels, candidateStatusTones } from "@/lib/candidates/labels";
import { listAllocatableStaff, listCandidates } from "@/lib/candidates/queries";
import { candidateListFilterSchema } from "@/lib/candidates/schemas";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { CandidateSearchForm } from "./candidate-search-form";

export const metadata: Metadata = { title: "Candidates" };

type Search = { q?: string; status?: string; assessor?: string; needs?: string; page?: string };

function pageHref(filter: Search, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["q", "status", "assessor", "needs"] as const) if (filter[key]) params.set(key, filter[key]!);
  if (page > 1) params.set("page", String(page));
  return `/candidates${params.size > 0 ? `?${params}` : ""}`;
}

/** "No ULN" → "no ULN": the label's first letter only, so abbreviations keep their capitals. */
const lowerFirst = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const raw = await searchParams;
  const filter = candidateListFilterSchema.parse(raw);
  const access = await requireAccess();
  const [list, staff] = await Promise.all([orNotFound(listCandidates(access, filter)), orNotFound(listAllocatableStaff(access))]);
  const canManage = rolesCan(access.workspace.roles, "candidate.manage");
  const canImport = rolesCan(access.workspace.roles, "candidateImport.manage");
  const kept: Search = { q: filter.q, status: filter.status, assessor: filter.assessor, needs: filter.needs };
  const filtered = Boolean(filter.q || filter.status || filter.assessor || filter.needs);
  const shownFilter = [
    filter.status ? candidateStatusLabels[filter.status].toLowerCase() : null,
    filter.needs ? lowerFirst(candidateAttentionLabels[filter.needs]) : null,
  ].filter(Boolean);
  return (
    <>
      <PageHeader
        title="Candidates"
        description={`Candidates registered at ${access.workspace.name}.`}
        actions={
          canManage || canImport ? (
            <>
              {canManage && (
                <Link href="/candidates/new" className={buttonClasses("primary")}>
                  Register a candidate
                </Link>
              )}
              {canImport && (
                <Link href="/candidates/import" className={buttonClasses("secondary")}>
                  Import candidates from a CSV
                </Link>
              )}
            </>
          ) : undefined
        }
      />
      <CandidateSearchForm
        q={filter.q}
        status={filter.status ?? ""}
        assessor={filter.assessor ?? ""}
        needs={filter.needs ?? ""}
        assessors={staff.assessors}
      />
      <p className="mb-4 text-ink-muted" role="status">
        {list.total === 0
          ? filtered
            ? `No candidates match${shownFilter.length > 0 ? ` (${shownFilter.join(", ")})` : ""}.`
            : list.readsThroughGrant
              ? "No candidates are granted to you at this centre."
              : "No candidates are registered yet."
          : `${list.total} candidate${list.total === 1 ? "" : "s"}${filtered ? ` match${shownFilter.length > 0 ? ` (${shownFilter.join(", ")})` : ""}` : ""}. Page ${list.page} of ${list.pageCount}.`}
      </p>
      {list.rows.length > 0 && (
        <ul className="flex flex-col divide-y divide-line-subtle rounded-lg border border-line-subtle bg-surface" aria-label="Candidates">
          {list.rows.map((candidate) => (
            <li key={candidate.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
              <div className="flex min-w-0 flex-col gap-1">
                <Link href={`/candidates/${candidate.id}`} className="text-lg font-semibold text-brand-800 underline underline-offset-2">
                  {candidate.name}
                </Link>
                <span className="text-sm text-ink-muted">
                  {candidate.qualification.title} · started {displayDay(candidate.startDate)}
                  {candidate.uln ? ` · ULN ${candidate.uln}` : " · no ULN"}
                </span>
                <span className="text-sm">
                  Assessor: {candidate.assessor?.name ?? "not allocated"} · IQA: {candidate.iqa?.name ?? "not allocated"}
                </span>
              </div>
              <div className="flex flex-wrap items-center gap-3">
                <Badge tone={candidateStatusTones[candidate.status]}>{candidateStatusLabels[candidate.status]}</Badge>
                {canManage && (
                  <Link href={`/candidates/${candidate.id}/registration`} className={buttonClasses("secondary", "sm")}>
                    Registration<span className="sr-only"> of {candidate.name}</span>
                  </Link>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {list.pageCount > 1 && (
        <nav aria-label="Candidate pages" className="mt-6 flex gap-4">
          {list.page > 1 && (
            <Link href={pageHref(kept, list.page - 1)} className="text-brand-800 underline">
              Previous page
            </Link>
          )}
          {list.page < list.pageCount && (
            <Link href={pageHref(kept, list.page + 1)} className="text-brand-800 underline">
              Next page
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
