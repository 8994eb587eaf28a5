import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { loadOwnCandidate } from "@/lib/candidates/load-candidate";
import { AppError } from "@/lib/errors/app-error";
import { contentSha256 } from "@/lib/signatures/canonical";
import { confirmSigningPassword, signRecord } from "@/lib/signatures/sign-record";
import type { DeclarationSignedSummary } from "./audit-summaries";
import { DECLARATION_STATEMENT, declarationRecordId } from "./declaration-content";
import { signUnitDeclarationSchema } from "./schemas";
import { loadUnitOfCandidate, loadUnitRecords } from "./unit-records";

/**
 * The candidate's declaration that the work for a unit is their own (RD10, handbook 5.7): signed
 * with their password on the unit's evidence list exactly as they were shown it. If the list has
 * changed since the page was drawn, signing is refused so they read the new list first.
 */
export const signUnitDeclaration = defineCentreAction({
  name: "signOff.signDeclaration",
  audit: { label: "Signed the declaration that the work is their own", summary: auditSummary<DeclarationSignedSummary>() },
  input: signUnitDeclarationSchema,
  permission: "portfolio.own",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const candidate = await loadOwnCandidate(tx, access, input.candidateId);
    const unit = await loadUnitOfCandidate(tx, candidate, input.unitId);
    await confirmSigningPassword(tx, access.userId, input.password, now);
    const records = await loadUnitRecords(tx, centreId, candidate.id, unit);
    if (records.declaration.evidence.length === 0) {
      throw new AppError("CONFLICT", "There is no evidence for this unit yet, so there is nothing to declare.");
    }
    if (contentSha256(records.declaration) !== input.contentSha256) {
      throw new AppError("CONFLICT", "The evidence for this unit changed while you were reading it. Read the new list, then sign again.");
    }
    const signature = await signRecord(tx, {
      ref: { centreId, recordType: "UNIT_EVIDENCE_DECLARATION", recordId: declarationRecordId(candidate.id, unit.id) },
      content: records.declaration,
      signerUserId: access.userId,
      role: "CANDIDATE",
      statement: DECLARATION_STATEMENT,
      now,
    });
    await audit({
      targetType: "Candidate",
      targetId: candidate.id,
      summary: { candidate: candidate.name, unit: unit.urn, version: signature.version, contentSha256: signature.contentSha256 },
    });
    return { version: signature.version };
  },
});
