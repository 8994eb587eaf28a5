import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { endConflictSchema } from "./schemas";

export type ConflictEndedSummary = { candidate: string; relationship: string; before: { endedOn: null }; after: { endedOn: string } };

/** The person ends one of their own declarations (the relationship ended); it stays on record. */
export const endConflict = defineCentreAction({
  name: "conflict.end",
  audit: { label: "Ended a declared conflict of interest", summary: auditSummary<ConflictEndedSummary>() },
  input: endConflictSchema,
  permission: "conflict.declare",
  async handler(input, { tx, access, now, audit }) {
    const declaration = await tx.conflictOfInterestDeclaration.findFirst({
      where: { id: input.declarationId, centreId: access.workspace.centreId, staffUserId: access.userId },
      include: { candidate: { select: { name: true } } },
    });
    if (!declaration) throw notFound("Declaration");
    if (declaration.version !== input.version) throw new AppError("STALE");
    if (declaration.endedOn) throw new AppError("CONFLICT", `This declaration already ended on ${isoDay(declaration.endedOn)}.`);
    if (input.endedOn < isoDay(declaration.declaredOn) || input.endedOn > isoDay(now)) {
      const message = `Enter a date from ${isoDay(declaration.declaredOn)} (when you declared it) up to today.`;
      throw new AppError("INVALID_INPUT", message, { endedOn: [message] });
    }
    const { count } = await tx.conflictOfInterestDeclaration.updateMany({
      where: { id: declaration.id, centreId: access.workspace.centreId, version: declaration.version },
      data: { endedOn: new Date(`${input.endedOn}T00:00:00.000Z`), version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("STALE");
    await audit({
      targetType: "ConflictOfInterestDeclaration",
      targetId: declaration.id,
      summary: {
        candidate: declaration.candidate?.name ?? "",
        relationship: declaration.relationship,
        before: { endedOn: null },
        after: { endedOn: input.endedOn },
      },
    });
    return { endedOn: input.endedOn };
  },
});
