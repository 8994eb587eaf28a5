import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { bodiesToNotify } from "./queries";
import { effectiveOnProblem, notifyCircumstanceChangeSchema } from "./schemas";

export type CircumstanceChangeNotifiedSummary = {
  kind: string;
  effectiveOn: string;
  awardingBody: string;
};

/**
 * The person tells their awarding bodies about a change of circumstance (ICS A10): one row per
 * body they answer to (their centres' bodies where they assess or quality-assure, and the bodies
 * that approved them), all in this transaction and dated now. Each body's entry goes on that
 * body's own audit chain, so its staff see it in their trail.
 */
export const notifyCircumstanceChange = definePersonalAction({
  name: "circumstances.notify",
  audit: { label: "Notified a change of circumstance", summary: auditSummary<CircumstanceChangeNotifiedSummary>() },
  input: notifyCircumstanceChangeSchema,
  permission: "home.view",
  async handler(input, { tx, access, now, audit }) {
    const problem = effectiveOnProblem(input.effectiveOn, isoDay(now));
    if (problem) throw new AppError("INVALID_INPUT", problem, { effectiveOn: [problem] });
    const bodies = await bodiesToNotify(tx, access.userId);
    if (bodies.length === 0) {
      throw new AppError("FORBIDDEN", "Only assessors and IQAs, and assessors an awarding body approved, notify changes of circumstance.");
    }
    const effectiveOn = new Date(`${input.effectiveOn}T00:00:00Z`);
    const ids: string[] = [];
    for (const body of bodies) {
      const row = await tx.circumstanceChange.create({
        data: { userId: access.userId, awardingBodyId: body.id, kind: input.kind, details: input.details, effectiveOn, notifiedAt: now },
        select: { id: true },
      });
      ids.push(row.id);
      await audit({
        centreId: null,
        awardingBodyId: body.id,
        targetType: "CircumstanceChange",
        targetId: row.id,
        summary: { kind: input.kind, effectiveOn: input.effectiveOn, awardingBody: body.name },
      });
    }
    return { changeIds: ids, awardingBodies: bodies.map((body) => body.name) };
  },
});
