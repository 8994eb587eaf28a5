import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { CriterionProgress, CriterionStanding } from "@/lib/rules/criteria-progress";
import { standingLabels } from "@/lib/sign-off/labels";

// A unit's criteria as a grid of cells (met / partly met / not yet), each naming and linking to
// the evidence and activities behind it. The standing is written out, never colour alone; on a
// phone each criterion stacks into its own row.

const tone = { met: "success", partlyMet: "warning", notYet: "neutral" } as const;
const mark = { met: "\u2713", partlyMet: "\u25D0", notYet: "\u25CB" } as const;

export function StandingBadge({ standing }: { standing: CriterionStanding }) {
  return (
    <Badge tone={tone[standing]}>
      <span aria-hidden="true">{mark[standing]} </span>
      {standingLabels[standing]}
    </Badge>
  );
}

export function CriteriaGrid({ candidateId, criteria, label }: { candidateId: string; criteria: CriterionProgress[]; label: string }) {
  if (criteria.length === 0) {
    return <p>This unit has no assessment criteria yet: a centre admin can type them in.</p>;
  }
  const base = `/candidates/${candidateId}`;
  return (
    <ol aria-label={label} className="divide-y divide-line-subtle rounded-md border border-line-subtle">
      {criteria.map((cell) => (
        <li key={cell.criterionId} className="grid grid-cols-1 gap-2 p-3 sm:grid-cols-[minmax(0,1fr)_8rem_minmax(0,14rem)] sm:items-start">
          <p>
            <span className="font-semibold">{cell.ref}</span> {cell.text}
          </p>
          <div>
            <StandingBadge standing={cell.standing} />
          </div>
          <div className="text-sm">
            {cell.evidence.length === 0 && cell.activities.length === 0 ? (
              <span className="text-ink-muted">No evidence yet</span>
            ) : (
              <ul className="flex flex-col gap-1">
                {cell.evidence.map((item) => (
                  <li key={`e-${item.id}`}>
                    <Link className="text-brand-800 underline underline-offset-2" href={`${base}/evidence/${item.id}`}>
                      {item.reference} {item.title}
                    </Link>
                    {item.standing === "partlyMet" && <span className="text-ink-muted"> (partly)</span>}
                  </li>
                ))}
                {cell.activities.map((activity) => (
                  <li key={`a-${activity.id}`}>
                    <Link className="text-brand-800 underline underline-offset-2" href={`${base}/activities/${activity.id}`}>
                      {activity.label}
                    </Link>
                    {activity.standing === "partlyMet" && <span className="text-ink-muted"> (partly)</span>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
