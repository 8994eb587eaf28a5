import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { displayDay, isoDay } from "@/lib/format/dates";
import { ownCaseRefusal } from "@/lib/rules/separation-of-duties";
import { acknowledgeCircumstanceChangeSchema } from "./schemas";

export type CircumstanceChangeAcknowledgedSummary = {
  person: string;
  kind: string;
  effectiveOn: string;
  notifiedOn: string;
};

/**
 * The awarding body's staff acknowledge a change of circumstance notified to their body, once.
 * Another body's change is "not found", like a missing one; an acknowledged one is refused, and so
 * is a member of staff acknowledging their own change (another member of staff must).
 */
export const acknowledgeCircumstanceChange = defineAwardingBodyAction({
  name: "circumstances.acknowledge",
  audit: { label: "Acknowledged a change of circumstance", summary: auditSummary<CircumstanceChangeAcknowledgedSummary>() },
  input: acknowledgeCircumstanceChangeSchema,
  permission: "assessorRegister.manage",
  async handler(input, { tx, access, now, audit }) {
    const awardingBodyId = access.workspace.awardingBodyId;
    const change = await tx.circumstanceChange.findFirst({
      where: { id: input.changeId, awardingBodyId },
      select: {
        id: true,
        kind: true,
        userId: true,
        effectiveOn: true,
        notifiedAt: true,
        acknowledgedAt: true,
        person: { select: { name: true } },
      },
    });
    if (!change) throw notFound("Change of circumstance");
    const refusal = ownCaseRefusal(access.userId, change.userId, "circumstanceChange", access.workspace.name);
    if (refusal) throw new AppError("FORBIDDEN", refusal, { _form: [refusal] });
    if (change.acknowledgedAt !== null) {
      throw new AppError("CONFLICT", `This change was already acknowledged on ${displayDay(change.acknowledgedAt)}.`);
    }
    const { count } = await tx.circumstanceChange.updateMany({
      where: { id: change.id, awardingBodyId, acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: access.userId },
    });
    if (count !== 1) throw new AppError("STALE", "Someone acknowledged this change while you were reading it. Reload to see it.");
    await audit({
      targetType: "CircumstanceChange",
      targetId: change.id,
      summary: {
        person: change.person.name,
        kind: change.kind,
        effectiveOn: isoDay(change.effectiveOn),
        notifiedOn: isoDay(change.notifiedAt),
      },
    });
    return { changeId: change.id };
  },
});
