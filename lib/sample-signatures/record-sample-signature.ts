import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { bodiesToNotify } from "@/lib/circumstances/queries";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { recordSampleSignatureSchema, signedOnProblem } from "./schemas";

export type SampleSignatureRecordedSummary = {
  method: "DRAWN" | "TYPED";
  signedOn: string;
  /** For a drawing: how many strokes and points (the drawing itself stays on the record). */
  strokes?: number;
  points?: number;
};

/**
 * The person records their sample signature (RD02), drawn or typed and dated. Append-only: the
 * new one becomes current on every centre's list and the older ones stay. The person's own (not a
 * centre's), so its audit entry is on the platform chain.
 */
export const recordSampleSignature = definePersonalAction({
  name: "sampleSignatures.record",
  audit: { label: "Recorded a sample signature", summary: auditSummary<SampleSignatureRecordedSummary>() },
  input: recordSampleSignatureSchema,
  permission: "home.view",
  async handler(input, { tx, access, now, audit }) {
    const problem = signedOnProblem(input.signedOn, isoDay(now));
    if (problem) throw new AppError("INVALID_INPUT", problem, { signedOn: [problem] });
    // The assessment team signs: assessors and IQAs, and assessors an awarding body approved.
    const bodies = await bodiesToNotify(tx, access.userId);
    if (bodies.length === 0) throw new AppError("FORBIDDEN", "Only assessors and IQAs keep a sample signature.");
    const signedOn = new Date(`${input.signedOn}T00:00:00Z`);
    const row = await tx.sampleSignature.create({
      data:
        input.method === "DRAWN"
          ? { userId: access.userId, method: "DRAWN", strokes: input.strokes, signedOn, createdAt: now }
          : { userId: access.userId, method: "TYPED", typedName: input.typedName, signedOn, createdAt: now },
      select: { id: true },
    });
    await audit({
      centreId: null,
      targetType: "SampleSignature",
      targetId: row.id,
      summary:
        input.method === "DRAWN"
          ? {
              method: "DRAWN",
              signedOn: input.signedOn,
              strokes: input.strokes.length,
              points: input.strokes.reduce((n, s) => n + s.length, 0),
            }
          : { method: "TYPED", signedOn: input.signedOn },
    });
    return { signatureId: row.id };
  },
});
