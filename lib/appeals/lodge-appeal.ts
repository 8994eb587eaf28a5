import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { loadOwnCandidate } from "@/lib/candidates/load-candidate";
import { notFound } from "@/lib/errors/app-error";
import { isoDay, startOfUtcDay } from "@/lib/format/dates";
import type { AppealLodgedSummary } from "./audit-summaries";
import { decisionTypeLabels, unitOutcomeLabels } from "./labels";
import { lodgeAppealSchema } from "./schemas";

/**
 * A candidate appeals against an assessment decision on their own record, dated today. The centre
 * admin sees it at once on /appeals; the register and outcomes come with centre operations.
 */
export const lodgeAppeal = defineCentreAction({
  name: "appeal.lodge",
  audit: { label: "Lodged an appeal", summary: auditSummary<AppealLodgedSummary>() },
  input: lodgeAppealSchema,
  permission: "portfolio.own",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const candidate = await loadOwnCandidate(tx, access, input.candidateId);
    let decision = input.decisionDescription;
    if (input.unitDecisionId !== "") {
      const row = await tx.unitDecision.findFirst({
        where: { id: input.unitDecisionId, centreId, candidateId: candidate.id },
        select: { decisionType: true, outcome: true, decidedOn: true, unit: { select: { title: true } } },
      });
      if (!row) throw notFound("Decision");
      decision = `${row.unit.title}: ${decisionTypeLabels[row.decisionType].toLowerCase()}, ${unitOutcomeLabels[row.outcome].toLowerCase()}, ${isoDay(row.decidedOn)}`;
    }
    const lodgedOn = startOfUtcDay(now);
    const appeal = await tx.appeal.create({
      data: {
        centreId,
        candidateId: candidate.id,
        unitDecisionId: input.unitDecisionId === "" ? null : input.unitDecisionId,
        decisionDescription: input.unitDecisionId === "" ? input.decisionDescription : null,
        grounds: input.grounds,
        lodgedOn,
        status: "LODGED",
        lodgedById: access.userId,
      },
    });
    await audit({
      targetType: "Appeal",
      targetId: appeal.id,
      summary: { candidate: candidate.name, lodgedOn: isoDay(lodgedOn), decision, grounds: input.grounds },
    });
    return { appealId: appeal.id, lodgedOn: isoDay(lodgedOn) };
  },
});
