import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { AccessContext } from "@/lib/auth/access-context";
import { displayDay } from "@/lib/format/dates";
import { iqaActionStanding } from "@/lib/iqa-feedback/labels";
import { overdueIqaActions } from "@/lib/iqa-feedback/queries";

const linkClasses = "text-brand-800 underline underline-offset-2";

/**
 * For the home page: the signed-in person's overdue actions, those they own and those they set
 * (from RD07 feedback and standardisation meetings), each with who, what, when due and a link.
 * Renders nothing when there are none, unless `showWhenEmpty`.
 */
export async function OverdueActions({ access, showWhenEmpty = false }: { access: AccessContext; showWhenEmpty?: boolean }) {
  const actions = await overdueIqaActions(access);
  if (actions.length === 0 && !showWhenEmpty) return null;
  return (
    <Card title="Overdue actions">
      {actions.length === 0 ? (
        <p>No actions are overdue.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line-subtle">
          {actions.map((action) => {
            const standing = iqaActionStanding(action);
            return (
              <li key={action.id} className="py-3 first:pt-0 last:pb-0">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <Link href={action.href} className={`${linkClasses} min-w-0 font-medium break-words`}>
                    {action.description}
                  </Link>
                  <Badge tone={standing.tone}>{standing.label}</Badge>
                </div>
                <p className="mt-1 text-sm text-ink-muted">
                  {action.mine === "owner" ? `Yours, set by ${action.setBy.name}` : `For ${action.owner.name}, set by you`} · Due{" "}
                  {displayDay(action.dueOn)} · {action.setIn === "feedback" ? "From IQA feedback (RD07)" : "From a standardisation meeting"}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
