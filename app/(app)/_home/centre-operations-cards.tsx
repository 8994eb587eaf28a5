import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { displayDay } from "@/lib/format/dates";
import type { DirectClaimsWarning } from "@/lib/direct-claims/standing";
import type { HomeVisit } from "@/lib/home/centre-operations";
import type { OverdueActionPoint } from "@/lib/visits/queries";

// The centre admin's centre-operations cards on the home page (issue 10): certificates ready to
// claim, Direct Claims Status warnings, the external verifier's visits coming, each with how far
// its pack is, and the action points from past visits now overdue.
// Every line links to where it is dealt with.

const linkClasses = "font-semibold text-brand-800 underline underline-offset-2";

export function ClaimsAndDirectClaimsCard({ claimsReady, warnings }: { claimsReady: number; warnings: DirectClaimsWarning[] }) {
  return (
    <Card title="Certificate claims">
      <ul className="flex flex-col gap-3">
        <li className="flex flex-wrap items-start gap-2">
          <Badge tone={claimsReady > 0 ? "warning" : "info"}>{claimsReady > 0 ? "Ready" : "Now"}</Badge>
          <Link href="/claims" className="text-brand-800 underline underline-offset-2">
            {claimsReady === 0
              ? "No candidate has a certificate ready to claim"
              : `${claimsReady} ${claimsReady === 1 ? "candidate has" : "candidates have"} a certificate ready to claim`}
          </Link>
        </li>
        {warnings.flatMap((warning) =>
          warning.findings.map((finding) => (
            <li key={`${warning.qualificationId}:${finding.code}`} className="flex flex-wrap items-start gap-2">
              <Badge tone={finding.severity === "problem" ? "danger" : "warning"}>Direct claims</Badge>
              <Link href="/direct-claims" className="text-brand-800 underline underline-offset-2">
                {warning.title}: {finding.message}
              </Link>
            </li>
          )),
        )}
      </ul>
    </Card>
  );
}

function packState(visit: HomeVisit): { tone: BadgeTone; badge: string; text: string } {
  const pack = visit.pack;
  if (!pack) return { tone: "warning", badge: "No pack", text: "Prepare the visit pack" };
  switch (pack.status) {
    case "READY":
      return {
        tone: "success",
        badge: "Pack ready",
        text: `Visit pack ready${pack.finishedAt ? ` (${displayDay(pack.finishedAt)})` : ""}`,
      };
    case "FAILED":
      return { tone: "danger", badge: "Pack failed", text: "The visit pack could not be built: prepare it again" };
    case "QUEUED":
      return { tone: "info", badge: "Pack queued", text: "Visit pack waiting to be built" };
    case "BUILDING":
      return { tone: "info", badge: "Pack building", text: `Visit pack building: ${pack.filesDone} of ${pack.filesTotal} files` };
  }
}

export function VisitsComingCard({ visits }: { visits: HomeVisit[] }) {
  return (
    <Card title="External verifier visits coming">
      {visits.length === 0 ? (
        <p>
          No visit is planned.{" "}
          <Link href="/visits" className={linkClasses}>
            Schedule a visit
          </Link>
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-line-subtle">
          {visits.map((visit) => {
            const state = packState(visit);
            const what = [visit.purpose, visit.qualification?.title].filter(Boolean).join(" · ");
            return (
              <li key={visit.id} className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0">
                <Link href={`/visits/${visit.id}`} className={`${linkClasses} break-words`}>
                  {displayDay(visit.visitOn)}
                  {visit.externalVerifierName ? `: ${visit.externalVerifierName}` : ""}
                  {visit.final ? " (final visit)" : ""}
                </Link>
                {what && <span className="text-sm text-ink-muted">{what}</span>}
                <span className="flex flex-wrap items-start gap-2">
                  <Badge tone={state.tone}>{state.badge}</Badge>
                  <Link href={`/visits/${visit.id}/pack`} className="text-brand-800 underline underline-offset-2">
                    {state.text}
                    <span className="sr-only"> for the visit on {displayDay(visit.visitOn)}</span>
                  </Link>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

export function OverdueActionPointsCard({ points }: { points: OverdueActionPoint[] }) {
  return (
    <Card title="Visit action points overdue">
      {points.length === 0 ? (
        <p>No action point from an external verifier&apos;s visit is overdue.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line-subtle">
          {points.map((point) => (
            <li key={point.id} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0">
              <span className="flex flex-wrap items-start gap-2">
                <Badge tone="warning">
                  {point.daysOverdue} {point.daysOverdue === 1 ? "day" : "days"} overdue
                </Badge>
                <Link href={`/visits/${point.visitId}`} className={`${linkClasses} break-words`}>
                  {point.description}
                </Link>
              </span>
              <span className="text-sm text-ink-muted">
                {point.kind === "ACTION_POINT" ? "Action point" : "Recommendation"} from the visit on {displayDay(point.visitOn)} · owner{" "}
                {point.owner.name} · due {displayDay(point.dueOn)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
