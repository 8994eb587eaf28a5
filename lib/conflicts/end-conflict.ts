import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { declarationSubjectName } from "./rule-declarations";
import { endConflictSchema } from "./schemas";

export type ConflictEndedSummary = {
  subject: "CANDIDATE" | "CENTRE" | "SCHOOL";
  about: string;
  relationship: string;
  before: { endedOn: null };
  after: { endedOn: string };
};

/**
 * The person ends one of their own declarations (the relationship ended), from their professional
 * record; it stays on record and in the centre's register. Someone else's is "not found".
 */
export const endConflict = definePersonalAction({
  name: "conflict.end",
  audit: { label: "Ended a declared conflict of interest", summary: auditSummary<ConflictEndedSummary>() },
  input: endConflictSchema,
  permission: "home.view",
  async handler(input, { tx, access, now, audit }) {
    const declaration = await tx.conflictOfInterestDeclaration.findFirst({
      where: { id: input.declarationId, staffUserId: access.userId },
      include: { candidate: { select: { name: true } }, centre: { select: { name: true } }, school: { select: { name: true } } },
    });
    if (!declaration) throw notFound("Declaration");
    if (declaration.version !== input.version) throw new AppError("STALE");
    if (declaration.endedOn) throw new AppError("CONFLICT", `This declaration already ended on ${isoDay(declaration.endedOn)}.`);
    if (input.endedOn < isoDay(declaration.declaredOn) || input.endedOn > isoDay(now)) {
      const message = `Enter a date from ${isoDay(declaration.declaredOn)} (when you declared it) up to today.`;
      throw new AppError("INVALID_INPUT", message, { endedOn: [message] });
    }
    const { count } = await tx.conflictOfInterestDeclaration.updateMany({
      where: { id: declaration.id, staffUserId: access.userId, version: declaration.version },
      data: { endedOn: new Date(`${input.endedOn}T00:00:00.000Z`), version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("STALE");
    await audit({
      centreId: declaration.centreId,
      awardingBodyId: declaration.subject === "SCHOOL" ? declaration.awardingBodyId : null,
      targetType: "ConflictOfInterestDeclaration",
      targetId: declaration.id,
      summary: {
        subject: declaration.subject,
        about: declarationSubjectName(declaration),
        relationship: declaration.relationship,
        before: { endedOn: null },
        after: { endedOn: input.endedOn },
      },
    });
    return { endedOn: input.endedOn };
  },
});
