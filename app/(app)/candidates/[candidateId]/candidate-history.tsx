import Link from "next/link";
import { displayDay } from "@/lib/format/dates";
import type { HistoryEntry } from "@/lib/progress/queries";

/**
 * The candidate's records, newest first: what happened, when and who. The page shows the latest
 * few (`entries` of `total`) with a link to the whole history (`moreHref`).
 */
export function CandidateHistory({ entries, total, moreHref }: { entries: HistoryEntry[]; total: number; moreHref: string | null }) {
  if (entries.length === 0) return <p>Nothing has been recorded for this candidate yet.</p>;
  return (
    <>
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
      {moreHref && total > entries.length && (
        <p className="mt-4">
          <Link className="text-brand-800 underline underline-offset-2" href={moreHref}>
            Show the whole history ({total} events)
          </Link>
        </p>
      )}
    </>
  );
}
