import { confirmAssessmentPlan } from "@/lib/assessment-plans/confirm-assessment-plan";
import { planConfirmationStatement } from "@/lib/assessment-plans/labels";
import { planContent } from "@/lib/assessment-plans/plan-content";
import { planRecordRef } from "@/lib/assessment-plans/plan-changes";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { resolveAccessContext, isCentreAccess, workspaceKey, type CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { DECLARATION_STATEMENT, declarationRecordId } from "@/lib/sign-off/declaration-content";
import { evidenceToSignSha256, signDecisionAsAssessor } from "@/lib/sign-off/decisions";
import { signOffUnit } from "@/lib/sign-off/sign-off-unit";
import { signUnitDeclaration } from "@/lib/sign-off/sign-unit-declaration";
import { loadUnitRecords } from "@/lib/sign-off/unit-records";
import { signRecord } from "@/lib/signatures/sign-record";
import type { DemoSigning } from "./assessment-stories";
import { at, unitOf, type CandidateRecordsContext } from "./record-builder";

// The demo world's signatures go through the same code as the app's: the plans' and the sign-off
// areas' content builders, lib/signatures (versions and SHA-256), and the sign-off rule, which
// refuses to sign a unit whose evidence falls short (so the demo data cannot drift from the rule).
// The password step of the actions is skipped (nobody types one here); each signing writes the
// action's own audit entry, by the person who signs.

type Tx = Prisma.TransactionClient;

async function accessAt(tx: Tx, userId: string, centreId: string, now: Date): Promise<CentreAccess> {
  const access = await resolveAccessContext(tx, { userId, requestedWorkspaceKey: workspaceKey.centre(centreId), now });
  if (!access || !isCentreAccess(access) || access.workspace.centreId !== centreId) {
    throw new Error(`Demo signer ${userId} has no role at centre ${centreId}.`);
  }
  return access;
}

async function audit(
  tx: Tx,
  entry: { centreId: string; actorUserId: string; action: string; targetType: string; targetId: string; summary: Record<string, unknown> },
  now: Date,
) {
  await recordAuditEvent(tx, entry, now);
}

export function demoSigning(tx: Tx, today: Date): DemoSigning {
  return {
    async agreePlan(ctx, planId, daysAgo) {
      const now = at(today, -daysAgo, 18);
      const signer = requireAccount(ctx);
      const plan = await tx.assessmentPlan.findUniqueOrThrow({ where: { id: planId } });
      const candidate = await tx.candidate.findUniqueOrThrow({ where: { id: ctx.candidateId }, select: { name: true } });
      const units = await tx.unit.findMany({ where: { id: { in: plan.unitIds } }, select: { id: true, urn: true, title: true } });
      const signature = await signRecord(tx, {
        ref: planRecordRef(plan.centreId, plan.id),
        content: planContent(plan, units),
        signerUserId: signer,
        role: "CANDIDATE",
        statement: planConfirmationStatement,
        now,
      });
      await tx.assessmentPlan.update({ where: { id: plan.id }, data: { status: "AGREED", version: { increment: 1 } } });
      await audit(
        tx,
        {
          centreId: plan.centreId,
          actorUserId: signer,
          action: confirmAssessmentPlan.name,
          targetType: "AssessmentPlan",
          targetId: plan.id,
          summary: {
            candidate: candidate.name,
            title: plan.title,
            recordVersion: signature.version,
            contentSha256: signature.contentSha256,
          },
        },
        now,
      );
    },

    async declare(ctx, unitUrn, daysAgo) {
      const now = at(today, -daysAgo, 19);
      const signer = requireAccount(ctx);
      const unit = await tx.unit.findUniqueOrThrow({
        where: { id: unitOf(ctx, unitUrn).id },
        select: { id: true, urn: true, title: true, credit: true, level: true, group: true },
      });
      const candidate = await tx.candidate.findUniqueOrThrow({ where: { id: ctx.candidateId }, select: { name: true } });
      const records = await loadUnitRecords(tx, ctx.centreId, ctx.candidateId, unit);
      if (records.declaration.evidence.length === 0) throw new Error(`${candidate.name} has no evidence to declare for ${unitUrn}.`);
      const signature = await signRecord(tx, {
        ref: { centreId: ctx.centreId, recordType: "UNIT_EVIDENCE_DECLARATION", recordId: declarationRecordId(ctx.candidateId, unit.id) },
        content: records.declaration,
        signerUserId: signer,
        role: "CANDIDATE",
        statement: DECLARATION_STATEMENT,
        now,
      });
      await audit(
        tx,
        {
          centreId: ctx.centreId,
          actorUserId: signer,
          action: signUnitDeclaration.name,
          targetType: "Candidate",
          targetId: ctx.candidateId,
          summary: { candidate: candidate.name, unit: unit.urn, version: signature.version, contentSha256: signature.contentSha256 },
        },
        now,
      );
    },

    async signDecision(ctx, decisionId, signer, daysAgo) {
      if (signer.role !== "ASSESSOR") throw new Error("The demo data signs decisions as their assessor only.");
      const now = at(today, -daysAgo, 17);
      const decision = await tx.unitDecision.findUniqueOrThrow({ where: { id: decisionId } });
      const candidate = await tx.candidate.findUniqueOrThrow({ where: { id: decision.candidateId } });
      const access = await accessAt(tx, signer.userId, ctx.centreId, now);
      // Runs the readiness rule on the records as seeded: a demo unit that falls short stops the seed.
      // Signs the evidence as the unit page would show it to the assessor.
      const shown = await evidenceToSignSha256(tx, ctx.centreId, candidate, decision.unitId, signer.userId);
      const signed = await signDecisionAsAssessor(tx, access, now, decision, candidate, shown);
      if (signed.status !== decision.status) {
        throw new Error(
          `The demo decision for ${candidate.name} (${signed.unit.urn}) was meant to be ${decision.status}, the rule says ${signed.status}.`,
        );
      }
      await audit(
        tx,
        {
          centreId: ctx.centreId,
          actorUserId: signer.userId,
          action: signOffUnit.name,
          targetType: "UnitDecision",
          targetId: decision.id,
          summary: {
            candidate: candidate.name,
            unit: signed.unit.urn,
            decisionId: decision.id,
            status: signed.status,
            version: signed.signature.version,
            contentSha256: signed.signature.contentSha256,
          },
        },
        now,
      );
    },
  };
}

function requireAccount(ctx: CandidateRecordsContext): string {
  if (!ctx.candidateUserId) throw new Error("Only a candidate with an account can sign.");
  return ctx.candidateUserId;
}
