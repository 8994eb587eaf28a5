import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, startOfUtcDay } from "@/lib/format/dates";
import { candidatePageNotes } from "@/lib/assessment-arrangements/shown-to-assessor";
import { getCandidateProgress } from "@/lib/progress/queries";
import { CandidateHistory } from "./candidate-history";
import { CompactCriteriaGrid, StandingLegend, compactGridStyles } from "./criteria-grid";
import { AchievementBadge } from "./achievement-badge";
import { AssessorNotesPanel } from "./arrangements/assessor-notes-panel";

export const metadata: Metadata = { title: "Candidate" };

const linkClass = "text-brand-800 underline underline-offset-2";
/** The latest events shown in the history; the rest on ?history=all. */
const HISTORY_SHOWN = 50;
const statusLabels = { ACTIVE: "Active", WITHDRAWN: "Withdrawn", COMPLETED: "Completed" } as const;

export default async function CandidatePage({
  params,
  searchParams,
}: {
  params: Promise<{ candidateId: string }>;
  searchParams?: Promise<{ history?: string | string[] }>;
}) {
  const { candidateId } = await params;
  const wholeHistory = (await searchParams)?.history === "all";
  const access = await requireAccess();
  if (!isCentreAccess(access)) notFound();
  const data = await orNotFound(getCandidateProgress(access, candidateId));
  const notes = await candidatePageNotes(access, candidateId, startOfUtcDay(new Date()));
  const { candidate, ruleOfCombination: roc } = data;
  const roles = access.workspace.roles;
  const canManage = rolesCan(roles, "candidate.manage");
  const canRecord = rolesCan(roles, "assessment.record");
  const isOwn = candidate.userId === access.userId && !data.staff;
  const base = `/candidates/${candidate.id}`;

  const links: { href: string; label: string }[] = [
    { href: `${base}/plans`, label: "Assessment plans" },
    { href: `${base}/evidence`, label: "Evidence" },
    { href: `${base}/feedback`, label: "Feedback" },
    ...(canRecord
      ? [
          { href: `/record?candidate=${candidate.id}`, label: "Record an activity" },
          { href: `${base}/witness-statements/new`, label: "Add a witness statement" },
        ]
      : []),
    ...(isOwn ? [{ href: `${base}/appeals/new`, label: "Appeal an assessment decision" }] : []),
    ...(canManage ? [{ href: "/appeals", label: "Appeals" }] : []),
    ...(data.staff
      ? [
          { href: `${base}/arrangements`, label: "Arrangements" },
          { href: `${base}/prior-learning`, label: "Prior learning" },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={candidate.name}
        description={`${data.qualification.title} (${data.qualification.qualificationNumber})`}
        actions={
          canManage ? (
            <Link className={linkClass} href={`${base}/registration`}>
              Edit registration
            </Link>
          ) : undefined
        }
      />
      <div className="flex flex-col gap-6">
        {data.staff && candidate.specialAssessmentRequirements && (
          <section aria-labelledby="special-requirements" className="rounded-lg border-2 border-warning-800 bg-warning-100 p-4 text-ink">
            <h2 id="special-requirements" className="text-lg font-semibold">
              Special assessment requirements
            </h2>
            <p className="mt-2 whitespace-pre-line">{candidate.specialAssessmentRequirements}</p>
          </section>
        )}

        {notes && <AssessorNotesPanel notes={notes} own={isOwn} candidateId={candidate.id} />}

        <nav aria-label="Records">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {links.map((link) => (
              <li key={link.href}>
                <Link className={linkClass} href={link.href}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <Card title="Profile">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Status</dt>
            <dd>
              {statusLabels[candidate.status]}
              {candidate.withdrawnOn ? ` on ${displayDay(candidate.withdrawnOn)}` : ""}
              {candidate.withdrawalReason ? `: ${candidate.withdrawalReason}` : ""}
              {candidate.completedOn ? ` on ${displayDay(candidate.completedOn)}` : ""}
            </dd>
            <dt className="font-semibold">Date of birth</dt>
            <dd>{displayDay(candidate.dateOfBirth)}</dd>
            <dt className="font-semibold">Unique Learner Number</dt>
            <dd>{candidate.uln ?? <Badge tone="warning">Missing: needed before certification if publicly funded</Badge>}</dd>
            <dt className="font-semibold">Contact</dt>
            <dd className="break-words">
              {candidate.email}
              {candidate.phone ? `, ${candidate.phone}` : ""}
            </dd>
            {candidate.address && (
              <>
                <dt className="font-semibold">Address</dt>
                <dd className="whitespace-pre-line">{candidate.address}</dd>
              </>
            )}
            <dt className="font-semibold">Employer and workplace</dt>
            <dd>{[candidate.employer, candidate.workplace].filter(Boolean).join(", ") || "Not recorded"}</dd>
            <dt className="font-semibold">Entry</dt>
            <dd>
              {candidate.entryType === "FULL_AWARD" ? "Full award" : `Named units (${candidate.entryUnitIds.length})`}
              {candidate.entryConfirmedOn ? `, confirmed ${displayDay(candidate.entryConfirmedOn)}` : ", not yet confirmed"}
            </dd>
            <dt className="font-semibold">Started</dt>
            <dd>{displayDay(candidate.startDate)}</dd>
            <dt className="font-semibold">Assessor</dt>
            <dd>{data.assessorName ?? "Not allocated"}</dd>
            <dt className="font-semibold">Internal quality assurer</dt>
            <dd>{data.iqaName ?? "Not allocated"}</dd>
            <dt className="font-semibold">Initial assessment</dt>
            <dd>
              {candidate.initialAssessmentOn ? displayDay(candidate.initialAssessmentOn) : "Not recorded"}
              {candidate.initialAssessmentOutcome ? `: ${candidate.initialAssessmentOutcome}` : ""}
            </dd>
            {!data.staff && candidate.specialAssessmentRequirements && (
              <>
                <dt className="font-semibold">Special assessment requirements</dt>
                <dd className="whitespace-pre-line">{candidate.specialAssessmentRequirements}</dd>
              </>
            )}
          </dl>
        </Card>

        {roc.applies && (
          <Card title="Rule of combination">
            <p className="mb-3">
              {roc.achieved ? (
                <Badge tone="success">
                  <span aria-hidden="true">{"\u2713"} </span>Qualification achieved
                </Badge>
              ) : (
                `${roc.totalCredit} ${roc.totalCredit === 1 ? "credit" : "credits"} achieved so far from ${roc.achievedUnits.length} signed-off ${roc.achievedUnits.length === 1 ? "unit" : "units"}.`
              )}
            </p>
            <h3 className="font-semibold">To achieve the qualification</h3>
            <ul className="mb-3 list-disc pl-6">
              {roc.rules.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
            {roc.shortfalls.length > 0 && (
              <>
                <h3 className="font-semibold">Still needed</h3>
                <ul className="mb-3 list-disc pl-6">
                  {roc.shortfalls.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              </>
            )}
            {roc.unitsToComplete && roc.unitsToComplete.length > 0 && (
              <>
                <h3 className="font-semibold">Units to complete</h3>
                <p className="text-sm text-ink-muted">
                  The fewest extra credits ({roc.additionalCredit}) that complete the qualification. Only signed-off units count; a unit
                  awaiting countersignature does not count yet.
                </p>
                <ul className="list-disc pl-6">
                  {roc.unitsToComplete.map((unit) => (
                    <li key={unit.id}>
                      <Link className={linkClass} href={`${base}/units/${unit.id}`}>
                        {unit.title}
                      </Link>{" "}
                      ({unit.urn}, {unit.credit} {unit.credit === 1 ? "credit" : "credits"}, level {unit.level})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {roc.unitsToComplete === null && !roc.achieved && <p>No combination of the remaining units completes the qualification.</p>}
          </Card>
        )}

        <Card title="Progress by unit">
          <div className="mb-4 flex flex-col gap-1">
            <p className="text-sm text-ink-muted">
              Each assessment criterion is met, partly met or not yet, from accepted evidence and the assessor&apos;s activities. A
              criterion opens its unit at that criterion, with the evidence and activities behind it;{" "}
              {data.staff ? "the unit shows its readiness, decisions and sign-off." : "the unit shows your declaration and decisions."}
            </p>
            <StandingLegend />
          </div>
          <ul className={`flex flex-col gap-5 ${compactGridStyles}`}>
            {data.units.map(({ unit, criteria, summary, achievement }) => {
              const unitHref = `${base}/units/${unit.id}`;
              const started = summary.met + summary.partlyMet > 0;
              return (
                <li key={unit.id} className="flex flex-col gap-2">
                  <h3 className="font-semibold">
                    <Link className={linkClass} href={unitHref}>
                      {unit.unitNumber ? `Unit ${unit.unitNumber}: ` : ""}
                      {unit.title}
                    </Link>
                  </h3>
                  <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted">
                    <span>
                      {unit.urn} · group {unit.group} · {summary.met} of {summary.total} criteria met
                      {summary.partlyMet > 0 ? `, ${summary.partlyMet} partly` : ""}
                    </span>
                    <AchievementBadge achievement={achievement} />
                  </p>
                  {summary.total === 0 ? (
                    <p className="text-sm">This unit has no assessment criteria yet: a centre admin can type them in.</p>
                  ) : started ? (
                    <CompactCriteriaGrid unitHref={unitHref} criteria={criteria} label={`Criteria of ${unit.title}`} />
                  ) : (
                    <p className="text-sm">Nothing met yet: open the unit for its criteria.</p>
                  )}
                </li>
              );
            })}
          </ul>
        </Card>

        <Card title="History" id="history">
          <CandidateHistory
            entries={wholeHistory ? data.history : data.history.slice(0, HISTORY_SHOWN)}
            total={data.history.length}
            moreHref={wholeHistory ? null : `${base}?history=all#history`}
          />
        </Card>
      </div>
    </>
  );
}
