import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { CriterionProgress, CriterionStanding } from "@/lib/rules/criteria-progress";
import { standingLabels } from "@/lib/sign-off/labels";

// A unit's criteria as a grid of cells (met / partly met / not yet). On the unit page each row
// names and links to the evidence and activities behind it, and carries an id
// (criterionAnchor) that the candidate page's compact grid links to. The standing is written out
// (or, in the compact grid, a symbol with its words as the link's name), never colour alone; on a
// phone each criterion stacks into its own row.

const tone = { met: "success", partlyMet: "warning", notYet: "neutral" } as const;
const mark = { met: "\u2713", partlyMet: "\u25D0", notYet: "\u25CB" } as const;
const words = { met: "met", partlyMet: "partly met", notYet: "not yet met" } as const;

/** The id of a criterion's row on the unit page: "criterion-2-3" for 2.3. */
export function criterionAnchor(ref: string): string {
  return `criterion-${ref.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

/** What the symbols of the compact grid mean, said once above it. */
export function StandingLegend() {
  return (
    <p className="text-sm text-ink-muted">
      {mark.met} met · {mark.partlyMet} partly met · {mark.notYet} not yet
    </p>
  );
}

/** The compact grids' cell styles, for the one element that holds every unit's grid. */
export const compactGridStyles =
  "[&_[data-s]]:inline-block [&_[data-s]]:min-w-14 [&_[data-s]]:rounded [&_[data-s]]:px-2 [&_[data-s]]:py-1 [&_[data-s]]:text-center [&_[data-s]]:ring-1 [&_[data-s]]:ring-inset [&_[data-s=met]]:bg-success-100 [&_[data-s=met]]:text-success-800 [&_[data-s=met]]:ring-success-800/30 [&_[data-s=notYet]]:bg-subtle [&_[data-s=notYet]]:text-ink-muted [&_[data-s=notYet]]:ring-line-subtle [&_[data-s=partlyMet]]:bg-warning-100 [&_[data-s=partlyMet]]:text-warning-800 [&_[data-s=partlyMet]]:ring-warning-800/30";

/**
 * The candidate page's grid: one short cell a criterion ("2.3 ✓", named "2.3 met" to screen
 * readers), linking to that criterion's row on the unit page, where the evidence and activities
 * behind it are listed. Plain anchors, no client components: with 40 units this is several hundred
 * cells, and each costs only its link in the HTML and the RSC payload. The cells' styling sits once,
 * on an element around all the grids (compactGridStyles), not on every cell or every unit.
 */
export function CompactCriteriaGrid({ unitHref, criteria, label }: { unitHref: string; criteria: CriterionProgress[]; label: string }) {
  return (
    <ol aria-label={label} className="flex flex-wrap gap-1.5 text-sm">
      {criteria.map((cell) => (
        <li key={cell.ref}>
          <a href={`${unitHref}#${criterionAnchor(cell.ref)}`} aria-label={`${cell.ref} ${words[cell.standing]}`} data-s={cell.standing}>
            {`${cell.ref} ${mark[cell.standing]}`}
          </a>
        </li>
      ))}
    </ol>
  );
}

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
        <li
          key={cell.criterionId}
          id={criterionAnchor(cell.ref)}
          className="scroll-mt-4 target:ring-2 target:ring-brand-800 grid grid-cols-1 gap-2 p-3 sm:grid-cols-[minmax(0,1fr)_8rem_minmax(0,14rem)] sm:items-start"
        >
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
