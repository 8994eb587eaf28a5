import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { caseloadHref, parseCaseloadFilters } from "@/lib/caseload/filters";
import { caseloadCentres, getCaseload, type CaseloadRow } from "@/lib/caseload/queries";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { CandidateLink } from "./candidate-link";
import { CaseloadFilterForm } from "./caseload-filters";
import { CaseloadCounts } from "./caseload-counts";

export const metadata: Metadata = { title: "Caseload" };

/** What needs the assessor for one candidate, each with the candidate's page where it is done. */
function rowBadges(row: CaseloadRow) {
  const base = `/candidates/${row.candidateId}`;
  const badges: { text: string; tone: "warning" | "info"; href: string }[] = [];
  const add = (count: number, one: string, many: string, href: string, tone: "warning" | "info" = "warning") => {
    if (count > 0) badges.push({ text: `${count} ${count === 1 ? one : many}`, tone, href });
  };
  add(row.evidenceAwaitingJudgement, "evidence item to judge", "evidence items to judge", `${base}/evidence`);
  add(row.feedbackOwed, "feedback to give", "feedback to give", `${base}/feedback`);
  add(row.unitsReadyToSign, "unit ready to sign off", "units ready to sign off", base);
  add(row.unitsReopened, "unit reopened by the IQA", "units reopened by the IQA", base);
  add(row.repliesToRead, "reply to read", "replies to read", `${base}/feedback`);
  add(row.plansAwaitingCandidate, "plan waiting for the candidate", "plans waiting for the candidate", `${base}/plans`, "info");
  return badges;
}

export default async function CaseloadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requireAccess();
  const centres = caseloadCentres(access);
  const filters = parseCaseloadFilters(
    await searchParams,
    centres.map((centre) => centre.centreId),
  );
  const caseload = await orNotFound(getCaseload(access, filters));
  const centreById = new Map(caseload.centres.map((centre) => [centre.id, centre]));
  const filtered = filters.centreId !== null || filters.needsMe || filters.search !== "";
  return (
    <>
      <PageHeader
        title="Caseload"
        description={
          caseload.centres.length > 1
            ? `Your candidates at ${caseload.centres.map((centre) => centre.name).join(" and ")}, with what needs you next.`
            : "Your candidates, with what needs you next."
        }
        actions={
          <Link href="/record" className="font-semibold text-brand-800 underline underline-offset-2">
            Record an activity
          </Link>
        }
      />
      <div className="flex flex-col gap-6">
        <Card title="What needs you">
          <CaseloadCounts totals={caseload.totals} countersignaturesAsked={caseload.countersignatures.total} />
        </Card>

        {caseload.countersignatures.total > 0 && (
          <Card title="Countersignatures you are asked for">
            <p className="mb-3 text-ink-muted">
              These decisions were signed by assessors still working towards their assessor qualification. They count only once a qualified
              assessor countersigns them (handbook 4.2).
            </p>
            <ul className="flex flex-col gap-3">
              {caseload.countersignatures.items.map((item) => (
                <li key={item.decisionId} className="flex flex-col gap-0.5">
                  <CandidateLink
                    candidateId={item.candidateId}
                    unitId={item.unitId}
                    centre={centreById.get(item.centreId) ?? { id: item.centreId, name: item.centreName, key: "" }}
                    activeCentreId={caseload.activeCentreId}
                  >
                    {item.candidateName}: {item.unit}
                  </CandidateLink>
                  <span className="text-sm text-ink-muted">
                    Signed by {item.assessorName} on {displayDay(item.decidedOn)} · {item.centreName}
                  </span>
                </li>
              ))}
            </ul>
            {caseload.countersignatures.total > caseload.countersignatures.items.length && (
              <p className="mt-3 text-sm text-ink-muted">
                Showing the {caseload.countersignatures.items.length} oldest of {caseload.countersignatures.total}.
              </p>
            )}
          </Card>
        )}

        <Card title="Your candidates">
          <div className="mb-5">
            <CaseloadFilterForm filters={filters} centres={caseload.centres} />
          </div>
          {caseload.rows.length === 0 ? (
            <p>
              {filtered
                ? "No candidates match these filters."
                : "No candidates are allocated to you yet. Your centre admin allocates candidates to assessors."}
            </p>
          ) : (
            <>
              <p className="mb-3 text-sm text-ink-muted" aria-live="polite">
                {caseload.filteredTotal} {caseload.filteredTotal === 1 ? "candidate" : "candidates"}
                {caseload.pageCount > 1 ? ` · page ${caseload.page} of ${caseload.pageCount}` : ""}
              </p>
              <ul className="flex flex-col divide-y divide-line-subtle">
                {caseload.rows.map((row) => {
                  const badges = rowBadges(row);
                  return (
                    <li key={row.candidateId} className="flex flex-col gap-1.5 py-3">
                      <CandidateLink
                        candidateId={row.candidateId}
                        centre={centreById.get(row.centreId) ?? { id: row.centreId, name: row.centreName, key: "" }}
                        activeCentreId={caseload.activeCentreId}
                      >
                        {row.name}
                      </CandidateLink>
                      <span className="text-sm text-ink-muted">
                        {row.centreName} · {row.qualificationTitle}
                      </span>
                      {badges.length > 0 ? (
                        <ul className="flex flex-wrap gap-2" aria-label={`What ${row.name} needs`}>
                          {badges.map((badge) => (
                            <li key={badge.text}>
                              {/* In another centre the badge is text: the candidate opens through the centre switch above. */}
                              {row.centreId === caseload.activeCentreId ? (
                                <Link href={badge.href} className="inline-flex min-h-6 items-center rounded-full">
                                  <Badge tone={badge.tone} className="underline underline-offset-2">
                                    {badge.text}
                                  </Badge>
                                </Link>
                              ) : (
                                <Badge tone={badge.tone}>{badge.text}</Badge>
                              )}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="text-sm">Nothing waiting.</span>
                      )}
                    </li>
                  );
                })}
              </ul>
              {caseload.pageCount > 1 && (
                <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center justify-between gap-3">
                  {caseload.page > 1 ? (
                    <Link
                      href={caseloadHref(filters, { page: caseload.page - 1 })}
                      className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
                    >
                      Previous page
                    </Link>
                  ) : (
                    <span />
                  )}
                  {caseload.page < caseload.pageCount && (
                    <Link
                      href={caseloadHref(filters, { page: caseload.page + 1 })}
                      className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
                    >
                      Next page
                    </Link>
                  )}
                </nav>
              )}
            </>
          )}
        </Card>
      </div>
    </>
  );
}
