import { Badge } from "@/components/ui/badge";
import { displayDay } from "@/lib/format/dates";
import { actionPointKindLabels } from "@/lib/visits/labels";
import type { ActionPointRow } from "@/lib/visits/queries";
import { CompleteActionPointForm } from "./complete-action-point-form";

/** The report's action points and recommendations: owner, due date (overdue shown), and for those done, when and what was done. */
export function ActionPointList(props: {
  points: (ActionPointRow & { overdue: boolean })[];
  /** With it, open points offer "Record as done". */
  manage: { workspaceKey: string; today: string } | null;
}) {
  if (props.points.length === 0) return <p>The report set no action points or recommendations.</p>;
  return (
    <ol className="flex flex-col gap-4">
      {props.points.map((point, index) => (
        <li
          key={point.id}
          data-testid="action-point"
          className={`rounded-md border p-3 ${point.overdue ? "border-danger-800 border-l-4" : "border-line-subtle"}`}
        >
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">
              {index + 1}. {actionPointKindLabels[point.kind]}
            </span>
            {point.status === "COMPLETED" ? (
              <Badge tone="success">Done</Badge>
            ) : point.overdue ? (
              <Badge tone="danger">Overdue</Badge>
            ) : (
              <Badge tone="info">Open</Badge>
            )}
          </p>
          <p className="mt-1 whitespace-pre-line">{point.description}</p>
          <p className="mt-1 text-sm">
            Owner: {point.owner.name}. Due {displayDay(point.dueOn)}.
          </p>
          {point.status === "COMPLETED" && (
            <div className="mt-2 border-l-2 border-line pl-3 text-sm">
              <p className="font-semibold">
                Done {displayDay(point.completedOn)}
                {point.completedBy && <>, recorded by {point.completedBy.name}</>}
              </p>
              <p className="whitespace-pre-line">{point.completionEvidence}</p>
            </div>
          )}
          {point.status === "OPEN" && props.manage && (
            <details className="mt-2">
              <summary className="cursor-pointer font-semibold text-brand-800 underline underline-offset-2">
                Record point {index + 1} as done
              </summary>
              <CompleteActionPointForm
                workspaceKey={props.manage.workspaceKey}
                actionPointId={point.id}
                version={point.version}
                today={props.manage.today}
                number={index + 1}
              />
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
