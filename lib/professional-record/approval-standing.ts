import "server-only";
import { stateLabel } from "@/lib/approvals/labels";
import { applyToRecord, newApproval, type ApprovalEvent, type ApprovalScheme } from "@/lib/approvals/lifecycle";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { awardingBodyPolicies } from "@/lib/policies/awarding-body-policy";
import type { AwardingBodyPolicy } from "@/lib/rules/policies";

// A person's approval by an awarding body that runs an approval lifecycle (the Institute, Naace):
// its state in the body's words and since when. Read by the person's own record and by the
// centre's staff pages (a withdrawn, removed or ceased approval must reach the centre).

type Db = PrismaClient | Prisma.TransactionClient;

export type ApprovalStanding = {
  awardingBodyId: string;
  userId: string;
  scheme: ApprovalScheme;
  /** The rule's state name, e.g. "withdrawn". */
  state: string;
  /** The state in the body's words, e.g. "Withdrawn". */
  stateLabel: string;
  /** The day the approval came into its present state (null when no event is recorded). */
  since: Date | null;
  /** Withdrawn, removed or ceased: the person may no longer assess for the body. */
  ended: boolean;
  tone: "success" | "info" | "warning" | "danger";
};

const endedStates: readonly string[] = ["withdrawn", "ceased", "removed"];
const warningStates: readonly string[] = ["supportingReview", "notAccredited", "developmentRequired", "appealing"];
const goodStates: readonly string[] = ["singleSignOff", "fullyAccredited", "accredited"];

/** The tone a state is shown in: ended in red, at risk in amber, approved in green. */
export function approvalStateTone(state: string): ApprovalStanding["tone"] {
  if (endedStates.includes(state)) return "danger";
  if (warningStates.includes(state)) return "warning";
  if (goodStates.includes(state)) return "success";
  return "info";
}

/**
 * The day the approval entered its present state: the event, replayed in order, after which the
 * state last changed (a fee payment or a school assessment leaves it where it was). If the stored
 * history does not replay (it should), the latest event's day.
 */
export function approvalStateSince(
  scheme: ApprovalScheme,
  events: readonly { event: unknown; occurredOn: Date }[],
  policy: AwardingBodyPolicy,
): Date | null {
  let current = newApproval(scheme);
  let since: Date | null = null;
  for (const row of events) {
    // Stored events were accepted when recorded: replay them as accepted, without re-judging.
    const result = applyToRecord(current, row.event as ApprovalEvent, policy, "replay");
    if (!result.ok) return events.at(-1)?.occurredOn ?? null;
    if (result.record.record.state !== current.record.state || since === null) since = row.occurredOn;
    current = result.record;
  }
  return since;
}

/** The approvals of these people by these bodies, by `${awardingBodyId}:${userId}`. */
export async function approvalStandings(
  db: Db,
  { userIds, awardingBodyIds }: { userIds: readonly string[]; awardingBodyIds: readonly string[] },
): Promise<Map<string, ApprovalStanding>> {
  if (userIds.length === 0 || awardingBodyIds.length === 0) return new Map();
  const [approvals, policies] = await Promise.all([
    db.assessorApproval.findMany({
      where: { userId: { in: [...userIds] }, awardingBodyId: { in: [...awardingBodyIds] } },
      select: {
        awardingBodyId: true,
        userId: true,
        scheme: true,
        state: true,
        events: { select: { event: true, occurredOn: true }, orderBy: { sequence: "asc" } },
      },
    }),
    awardingBodyPolicies(db, awardingBodyIds),
  ]);
  const standings = new Map<string, ApprovalStanding>();
  for (const approval of approvals) {
    const policy = policies.get(approval.awardingBodyId);
    standings.set(approvalKey(approval.awardingBodyId, approval.userId), {
      awardingBodyId: approval.awardingBodyId,
      userId: approval.userId,
      scheme: approval.scheme,
      state: approval.state,
      stateLabel: stateLabel(approval.scheme, approval.state),
      since: policy ? approvalStateSince(approval.scheme, approval.events, policy) : (approval.events.at(-1)?.occurredOn ?? null),
      ended: endedStates.includes(approval.state),
      tone: approvalStateTone(approval.state),
    });
  }
  return standings;
}

export function approvalKey(awardingBodyId: string, userId: string): string {
  return `${awardingBodyId}:${userId}`;
}
