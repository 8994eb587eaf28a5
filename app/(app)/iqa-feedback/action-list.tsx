import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { displayDay } from "@/lib/format/dates";
import { iqaActionStanding } from "@/lib/iqa-feedback/labels";
import type { IqaActionView } from "@/lib/iqa-feedback/queries";
import { CompleteActionForm } from "./complete-action-form";

const linkClasses = "text-brand-800 underline underline-offset-2";

/**
 * Actions as a list: what, who owns it and who set it, when it is due and its standing in words
 * ("Overdue by 3 days", not colour alone). The owner of an open action can mark it done here.
 */
export function ActionList(props: {
  actions: readonly IqaActionView[];
  viewerId: string;
  workspaceKey: string;
  /** Show who owns each action (lists of actions the viewer set) or who set it (the viewer's own). */
  show: "owner" | "setter" | "both";
  /** Link each action to the RD07 or meeting it was set in (not needed on the RD07 itself). */
  linkToSource?: boolean;
}) {
  return (
    <ul className="flex flex-col divide-y divide-line-subtle">
      {props.actions.map((action) => {
        const standing = iqaActionStanding(action);
        const mayComplete = action.status === "OPEN" && action.owner.id === props.viewerId;
        return (
          <li key={action.id} className="py-3 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="min-w-0 font-medium break-words whitespace-pre-line">{action.description}</p>
              <Badge tone={standing.tone}>{standing.label}</Badge>
            </div>
            <p className="mt-1 text-sm text-ink-muted">
              Due {displayDay(action.dueOn)}
              {props.show !== "setter" && <> · For {action.owner.id === props.viewerId ? "you" : action.owner.name}</>}
              {props.show !== "owner" && <> · Set by {action.setBy.id === props.viewerId ? "you" : action.setBy.name}</>}
              {props.linkToSource && (
                <>
                  {" · "}
                  <Link href={action.href} className={linkClasses}>
                    {action.setIn === "feedback" ? "Open the feedback (RD07)" : "Open the standardisation meeting"}
                  </Link>
                </>
              )}
            </p>
            {action.status === "DONE" && (
              <p className="mt-1 text-sm">
                <span className="font-semibold">Done{action.completedAt ? ` ${displayDay(action.completedAt)}` : ""}:</span>{" "}
                <span className="whitespace-pre-line">{action.completionNote}</span>
              </p>
            )}
            {mayComplete && (
              <details className="mt-2">
                <summary className="cursor-pointer font-semibold text-brand-800 underline underline-offset-2">
                  Mark as done<span className="sr-only">: {action.description}</span>
                </summary>
                <CompleteActionForm
                  workspaceKey={props.workspaceKey}
                  actionId={action.id}
                  version={action.version}
                  description={action.description}
                />
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
