import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { nonBlockingRelationships } from "./labels";
import { declareConflictSchema } from "./schemas";

export type ConflictDeclaredSummary = {
  candidate: string;
  after: { relationship: string; details: string | null; declaredOn: string };
  /** The declarer was allocated to the candidate when they declared a relationship that stops them. */
  allocatedAndBlocked: ("assessor" | "iqa")[];
};

/**
 * An assessor or IQA declares a relationship with one of the centre's candidates (ICS A2). It is
 * always saved; if it stops them in a role they are allocated to, the answer says so and the
 * centre admin sees on the registration page that the candidate must be reallocated.
 */
export const declareConflict = defineCentreAction({
  name: "conflict.declare",
  audit: { label: "Declared a conflict of interest", summary: auditSummary<ConflictDeclaredSummary>() },
  input: declareConflictSchema,
  permission: "conflict.declare",
  async handler(input, { tx, access, now, audit }) {
    const candidate = await loadCandidate(tx, access, input.candidateId);
    if (input.declaredOn > isoDay(now)) {
      const message = "The declaration date cannot be in the future.";
      throw new AppError("INVALID_INPUT", message, { declaredOn: [message] });
    }
    const same = await tx.conflictOfInterestDeclaration.count({
      where: {
        centreId: access.workspace.centreId,
        staffUserId: access.userId,
        candidateId: candidate.id,
        relationship: input.relationship,
        endedOn: null,
      },
    });
    if (same > 0) {
      const message = "You have already declared this relationship with this candidate, and it has not ended.";
      throw new AppError("CONFLICT", message, { relationship: [message] });
    }
    const declaration = await tx.conflictOfInterestDeclaration.create({
      data: {
        centreId: access.workspace.centreId,
        staffUserId: access.userId,
        candidateId: candidate.id,
        relationship: input.relationship,
        details: input.details || null,
        declaredOn: new Date(`${input.declaredOn}T00:00:00.000Z`),
      },
    });
    const blocks = !nonBlockingRelationships.includes(input.relationship);
    const allocatedAndBlocked: ("assessor" | "iqa")[] = blocks
      ? [
          ...(candidate.assessorUserId === access.userId ? (["assessor"] as const) : []),
          ...(candidate.iqaUserId === access.userId ? (["iqa"] as const) : []),
        ]
      : [];
    await audit({
      targetType: "ConflictOfInterestDeclaration",
      targetId: declaration.id,
      summary: {
        candidate: candidate.name,
        after: { relationship: input.relationship, details: input.details || null, declaredOn: input.declaredOn },
        allocatedAndBlocked,
      },
    });
    return { declarationId: declaration.id, candidate: candidate.name, blocks, allocatedAndBlocked };
  },
});
