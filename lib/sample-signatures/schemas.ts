import { z } from "zod";
import { addDays } from "@/lib/rules/dates";
import { earliestRecordDay } from "@/lib/rules/record-dates";
import { textField } from "@/lib/validation/text-fields";

// A sample signature (RD02): drawn on a 600 × 200 canvas or typed. Shared by the form and the
// action, so a malformed drawing is refused the same way in the browser and on the server.

export const signatureCanvas = { width: 600, height: 200 } as const;
export const signatureLimits = {
  /** Pen lifts: a signature with more is a scribble, not a signature. */
  maxStrokes: 60,
  maxPointsPerStroke: 1000,
  maxPoints: 5000,
} as const;

export const signatureMessages = {
  empty: "Draw your signature in the box, or choose to type it instead.",
  tooManyStrokes: `Your drawing has too many separate lines (at most ${signatureLimits.maxStrokes}). Clear it and sign again.`,
  tooManyPoints: "Your drawing is too long. Clear it and sign again.",
  outside: "A point of the drawing is outside the signature box.",
  future: "The date cannot be in the future.",
  tooEarly: "The date cannot be before 1 January 2000.",
} as const;

const coordinate = (max: number) =>
  z
    .number({ error: signatureMessages.outside })
    .finite(signatureMessages.outside)
    .min(0, signatureMessages.outside)
    .max(max, signatureMessages.outside);
const point = z.tuple([coordinate(signatureCanvas.width), coordinate(signatureCanvas.height)], { error: signatureMessages.outside });
const stroke = z
  .array(point, { error: signatureMessages.empty })
  .min(1, signatureMessages.empty)
  .max(signatureLimits.maxPointsPerStroke, signatureMessages.tooManyPoints);

export const signatureStrokesSchema = z
  .array(stroke, { error: signatureMessages.empty })
  .min(1, signatureMessages.empty)
  .max(signatureLimits.maxStrokes, signatureMessages.tooManyStrokes)
  .refine((strokes) => strokes.reduce((sum, s) => sum + s.length, 0) <= signatureLimits.maxPoints, signatureMessages.tooManyPoints)
  // Stored to a tenth of a pixel: the drawing, not the device's noise.
  .transform((strokes) => strokes.map((s) => s.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10] as [number, number])));
export type SignatureStrokes = z.output<typeof signatureStrokesSchema>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
const utcToday = () => new Date().toISOString().slice(0, 10);

/** The problem with the day signed, or null: from 2000 to today (a day's slack: the person's day and UTC's can differ). */
export function signedOnProblem(value: string, today: string): string | null {
  if (value < earliestRecordDay) return signatureMessages.tooEarly;
  if (value > addDays(today, 1)) return signatureMessages.future;
  return null;
}

const signedOn = z
  .string()
  .trim()
  .min(1, "Enter the date you signed.")
  .refine(realDay, { message: "Enter a real date, for example 2027-03-31." })
  .superRefine((value, ctx) => {
    const problem = signedOnProblem(value, utcToday());
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const recordSampleSignatureSchema = z.discriminatedUnion(
  "method",
  [
    z.object({ method: z.literal("DRAWN"), strokes: signatureStrokesSchema, signedOn }),
    z.object({ method: z.literal("TYPED"), typedName: textField({ max: 120, required: "Type your name as you sign it." }), signedOn }),
  ],
  { error: "Choose to draw or type your signature." },
);
export type RecordSampleSignatureInput = z.input<typeof recordSampleSignatureSchema>;
export const recordSampleSignatureFields = ["method", "strokes", "typedName", "signedOn"] as const;

/** Reads stored strokes back (the column is JSON): anything malformed reads as no drawing. */
export function storedStrokes(value: unknown): SignatureStrokes | null {
  const parsed = signatureStrokesSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The SVG path of a drawing on the 600 × 200 canvas: a lone point becomes a dot. */
export function strokesToPath(strokes: SignatureStrokes): string {
  return strokes
    .map((s) => {
      const [first, ...rest] = s;
      if (!first) return "";
      if (rest.length === 0) return `M${first[0]} ${first[1]}h0.1`;
      return `M${first[0]} ${first[1]}` + rest.map(([x, y]) => `L${x} ${y}`).join("");
    })
    .join("");
}
