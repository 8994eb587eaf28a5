import Link from "next/link";
import { displayDay } from "@/lib/format/dates";
import type { HistoryEntry } from "@/lib/progress/queries";

/** The candidate's records, newest first: what happened, when and who. */
export function CandidateHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p>Nothing has been recorded for this candidate yet.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {entries.map((entry, index) => (
        <li key={`${entry.at.toISOString()}-${index}`} className="border-l-2 border-line-subtle pl-3">
          <p className="text-sm text-ink-muted">
            <time dateTime={entry.at.toISOString()}>{displayDay(entry.at)}</time>
            {entry.who ? ` · ${entry.who}` : ""}
          </p>
          <p>
            {entry.href ? (
              <Link className="text-brand-800 underline underline-offset-2" href={entry.href}>
                {entry.what}
              </Link>
            ) : (
              entry.what
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
