import Link from "next/link";
import type { AssessorNotes } from "@/lib/assessment-arrangements/shown-to-assessor";

// Shown to the assessor wherever they assess a candidate (the candidate page and the
// record-an-activity screen): arrangements in force and prior learning put forward. No hooks and
// no server imports, so the phone-first client form renders it too.

const linkClass = "text-brand-800 underline underline-offset-2";

export function AssessorNotesPanel(props: {
  notes: AssessorNotes;
  /** The candidate's own view: "your arrangements", no links to the staff pages. */
  own?: boolean;
  /** Links to the full pages (on the candidate page). */
  candidateId?: string;
}) {
  const { arrangements, priorLearning } = props.notes;
  if (arrangements.length === 0 && priorLearning.length === 0) return null;
  const headingId = `assessor-notes-${props.candidateId ?? "chosen"}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border-2 border-brand-800/40 bg-surface p-4 text-ink"
      data-testid="assessor-notes"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {props.own ? "Your assessment arrangements" : "Arrangements and prior learning"}
      </h2>
      {arrangements.length > 0 && (
        <>
          <h3 className="mt-2 font-semibold">
            {props.own ? "Agreed for you and in force" : "Reasonable adjustments and special consideration in force"}
          </h3>
          <ul className="mt-1 flex flex-col gap-2">
            {arrangements.map((row) => (
              <li key={row.id} className="break-words">
                <span className="font-semibold">{row.kind}</span> ({row.unit === "Every unit" ? "every unit" : row.unit}
                {row.until ? `, until ${row.until}` : ""}): {row.arrangement}
                <span className="block text-sm text-ink-muted">{row.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {priorLearning.length > 0 && (
        <>
          <h3 className="mt-3 font-semibold">Prior learning</h3>
          <ul className="mt-1 flex flex-col gap-1">
            {priorLearning.map((row) => (
              <li key={row.id} className="break-words">
                {row.unit}, {row.criteria}: <span className={row.accepted ? "font-semibold" : undefined}>{row.status}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {props.candidateId && !props.own && (
        <p className="mt-3 flex flex-wrap gap-x-5 gap-y-1">
          <Link className={linkClass} href={`/candidates/${props.candidateId}/arrangements`}>
            All arrangements
          </Link>
          <Link className={linkClass} href={`/candidates/${props.candidateId}/prior-learning`}>
            Prior learning
          </Link>
        </p>
      )}
    </section>
  );
}
