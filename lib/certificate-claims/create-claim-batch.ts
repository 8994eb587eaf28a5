import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { Prisma } from "@/lib/db/client";
import { directClaimsStanding } from "@/lib/direct-claims/standing";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { ClaimBatchCreatedSummary } from "./audit-summaries";
import { awardClaimKey, unitClaimKey } from "./claim-keys";
import { claimableFor, type CandidateClaimable } from "./eligibility";
import { lineDescription } from "./labels";
import { nextBatchReference } from "./reference";
import { createClaimBatchSchema, type ClaimItem } from "./schemas";

// The admin chooses certificates that are ready and puts them in a draft batch. Eligibility is
// checked again inside the transaction; two admins claiming the same unit at once are kept apart
// by the unique (centre, candidate, claim key) index: one batch is saved, the other admin is told.

type Chosen = { item: ClaimItem; candidate: CandidateClaimable; claimKey: string; unitId: string | null; description: string };

function choose(
  item: ClaimItem,
  candidates: Map<string, CandidateClaimable>,
): { chosen: Chosen | null; problem: string | null; taken: boolean } {
  const candidate = candidates.get(item.candidateId);
  if (!candidate) throw notFound("Candidate");
  const name = candidate.name;
  if (item.kind === "FULL_AWARD") {
    if (item.id !== candidate.qualification.id) throw notFound("Qualification");
    const description = lineDescription({
      candidateName: name,
      kind: "FULL_AWARD",
      urn: null,
      qualificationNumber: candidate.qualification.qualificationNumber,
    });
    const award = candidate.fullAward;
    if (award.line) return { chosen: null, problem: `${description} is already in batch ${award.line.reference}.`, taken: true };
    if (!award.claimable)
      return { chosen: null, problem: `${description} cannot be claimed: ${award.reasons.map((r) => r.message).join(" ")}`, taken: false };
    return {
      chosen: { item, candidate, claimKey: awardClaimKey(candidate.qualification.id), unitId: null, description },
      problem: null,
      taken: false,
    };
  }
  const unit = candidate.units.find((row) => row.unitId === item.id);
  if (!unit)
    return {
      chosen: null,
      problem: `${name}: that unit cannot be claimed (no decision has been recorded for it, or it was not entered).`,
      taken: false,
    };
  const description = lineDescription({
    candidateName: name,
    kind: "UNIT",
    urn: unit.urn,
    qualificationNumber: candidate.qualification.qualificationNumber,
  });
  if (unit.line) return { chosen: null, problem: `${description} is already in batch ${unit.line.reference}.`, taken: true };
  if (!unit.claimable)
    return { chosen: null, problem: `${description} cannot be claimed: ${unit.reasons.map((r) => r.message).join(" ")}`, taken: false };
  return {
    chosen: { item, candidate, claimKey: unitClaimKey(unit.unitId), unitId: unit.unitId, description },
    problem: null,
    taken: false,
  };
}

export const createClaimBatch = defineCentreAction({
  name: "claimBatch.create",
  audit: { label: "Put certificate claims in a draft batch", summary: auditSummary<ClaimBatchCreatedSummary>() },
  input: createClaimBatchSchema,
  permission: "claim.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const today = isoDay(now);
    const candidateIds = [...new Set(input.items.map((item) => item.candidateId))];
    const candidates = new Map(
      (await claimableFor(tx, { centreId, candidateIds, asOf: today })).map((candidate) => [candidate.candidateId, candidate]),
    );
    const answers = input.items.map((item) => choose(item, candidates));
    const problems = answers.flatMap((answer) => (answer.problem ? [answer.problem] : []));
    if (problems.length > 0) {
      throw new AppError(answers.some((answer) => answer.taken) ? "CONFLICT" : "INVALID_INPUT", problems.join(" "), { items: problems });
    }
    const chosen = answers.map((answer) => answer.chosen!);

    // Claims under Direct Claims Status, as of today (settled again when the batch is marked claimed).
    const qualificationIds = [...new Set(chosen.map((line) => line.candidate.qualification.id))];
    const standings = new Map(
      await Promise.all(
        qualificationIds.map(
          async (qualificationId) =>
            [qualificationId, (await directClaimsStanding(tx, { centreId, qualificationId, on: today })).underDirectClaims] as const,
        ),
      ),
    );
    const reference = await nextBatchReference(tx, centreId, now);
    const provisional = chosen.filter((line) => standings.get(line.candidate.qualification.id)).length;
    const batch = await tx.certificateClaimBatch.create({
      data: { centreId, reference, createdById: access.userId, underDirectClaims: provisional > 0 },
    });
    for (const line of chosen) {
      try {
        await tx.certificateClaimLine.create({
          data: {
            centreId,
            batchId: batch.id,
            candidateId: line.candidate.candidateId,
            qualificationId: line.candidate.qualification.id,
            kind: line.item.kind,
            unitId: line.unitId,
            claimKey: line.claimKey,
            provisional: standings.get(line.candidate.qualification.id) ?? false,
          },
        });
      } catch (error) {
        // Another admin put the same certificate in a batch a moment ago: the unique index keeps one.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          const message = `${line.description} was put in another batch a moment ago, by someone else. Nothing was saved: reload the page to see it, then choose again.`;
          throw new AppError("CONFLICT", message, { items: [message] });
        }
        throw error;
      }
    }
    await audit({
      targetType: "CertificateClaimBatch",
      targetId: batch.id,
      summary: { reference, lines: chosen.map((line) => line.description), provisional },
    });
    return { batchId: batch.id, reference };
  },
});
