"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type PointerEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { recordSampleSignatureSchema, signatureCanvas, signatureLimits } from "@/lib/sample-signatures/schemas";
import { recordSampleSignatureAction } from "./actions";

type Point = [number, number];
type FieldErrors = Partial<Record<"method" | "strokes" | "typedName" | "signedOn", string>>;

/** The first message per field, "strokes.0.1" counted as "strokes". */
function firstErrors(errors: Record<string, string[]> | undefined): FieldErrors {
  const result: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const field = key.split(".")[0] as keyof FieldErrors;
    if (["method", "strokes", "typedName", "signedOn"].includes(field) && !result[field]) result[field] = messages[0];
  }
  return result;
}

/**
 * Records a sample signature (RD02): drawn with a mouse, finger or stylus on a 600 × 200 canvas,
 * or typed (the keyboard-friendly way, and it counts the same). Dated; each one saved becomes the
 * current one on the centre's list and the older ones are kept.
 */
export function SampleSignatureForm({ today, name }: { today: string; name: string }) {
  const router = useRouter();
  const toast = useToast();
  const ids = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const strokesRef = useRef<Point[][]>([]);
  const drawingRef = useRef(false);
  const [pointCount, setPointCount] = useState(0);
  const [method, setMethod] = useState<"DRAWN" | "TYPED">("DRAWN");
  const [typedName, setTypedName] = useState(name);
  const [signedOn, setSignedOn] = useState(today);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const redraw = useCallback(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    ctx.clearRect(0, 0, signatureCanvas.width, signatureCanvas.height);
    ctx.strokeStyle = getComputedStyle(canvas).color;
    ctx.fillStyle = ctx.strokeStyle;
    ctx.lineWidth = 4;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    for (const stroke of strokesRef.current) {
      const [first, ...rest] = stroke;
      if (!first) continue;
      ctx.beginPath();
      if (rest.length === 0) {
        ctx.arc(first[0], first[1], 2, 0, Math.PI * 2);
        ctx.fill();
        continue;
      }
      ctx.moveTo(first[0], first[1]);
      for (const [x, y] of rest) ctx.lineTo(x, y);
      ctx.stroke();
    }
  }, []);

  useEffect(() => {
    if (method === "DRAWN") redraw();
  }, [method, redraw]);

  function pointOf(event: PointerEvent<HTMLCanvasElement>): Point {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - rect.left) * signatureCanvas.width) / rect.width;
    const y = ((event.clientY - rect.top) * signatureCanvas.height) / rect.height;
    const clamp = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value * 10) / 10));
    return [clamp(x, signatureCanvas.width), clamp(y, signatureCanvas.height)];
  }

  const totalPoints = () => strokesRef.current.reduce((sum, stroke) => sum + stroke.length, 0);

  function onPointerDown(event: PointerEvent<HTMLCanvasElement>) {
    if (strokesRef.current.length >= signatureLimits.maxStrokes || totalPoints() >= signatureLimits.maxPoints) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drawingRef.current = true;
    strokesRef.current.push([pointOf(event)]);
    setErrors((current) => ({ ...current, strokes: undefined }));
    redraw();
    setPointCount(totalPoints());
  }

  function onPointerMove(event: PointerEvent<HTMLCanvasElement>) {
    if (!drawingRef.current) return;
    const stroke = strokesRef.current[strokesRef.current.length - 1];
    if (!stroke || stroke.length >= signatureLimits.maxPointsPerStroke || totalPoints() >= signatureLimits.maxPoints) return;
    const point = pointOf(event);
    const last = stroke[stroke.length - 1]!;
    // Skip jitter: a point less than 2 px from the last adds nothing to the drawing.
    if (Math.hypot(point[0] - last[0], point[1] - last[1]) < 2) return;
    stroke.push(point);
    const ctx = event.currentTarget.getContext("2d");
    if (ctx) {
      ctx.beginPath();
      ctx.moveTo(last[0], last[1]);
      ctx.lineTo(point[0], point[1]);
      ctx.stroke();
    }
  }

  function onPointerUp() {
    if (!drawingRef.current) return;
    drawingRef.current = false;
    setPointCount(totalPoints());
  }

  function clearDrawing() {
    strokesRef.current = [];
    setPointCount(0);
    redraw();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const input = method === "DRAWN" ? { method, strokes: strokesRef.current, signedOn } : { method, typedName, signedOn };
    const parsed = recordSampleSignatureSchema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
      setErrors(firstErrors(fieldErrors));
      return;
    }
    setErrors({});
    setPending(true);
    const result = await recordSampleSignatureAction(input);
    setPending(false);
    if (!result.ok) {
      const fieldErrors = firstErrors(result.fieldErrors);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0 || !result.fieldErrors) setFormError(result.message);
      return;
    }
    toast.show("Sample signature saved. It is now the one on your centres' signature lists.");
    clearDrawing();
    router.refresh();
  }

  const instructionsId = `${ids}-instructions`;
  const strokesErrorId = `${ids}-strokes-error`;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5" aria-label="Record your sample signature">
      <FormError message={formError} />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold text-ink">How will you sign?</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name="method"
            value="DRAWN"
            checked={method === "DRAWN"}
            onChange={() => setMethod("DRAWN")}
            className="size-6 accent-brand-700"
          />
          Draw my signature (mouse, finger or stylus)
        </label>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name="method"
            value="TYPED"
            checked={method === "TYPED"}
            onChange={() => setMethod("TYPED")}
            className="size-6 accent-brand-700"
          />
          Type my name (it counts the same, and works with a keyboard alone)
        </label>
      </fieldset>
      {method === "DRAWN" ? (
        <div className="flex flex-col gap-2">
          <p id={instructionsId} className="text-sm text-ink-muted">
            Sign inside the box as you sign the centre&apos;s records. Press and drag to draw; lift to start a new line. If you cannot draw
            here, choose &ldquo;Type my name&rdquo; above.
          </p>
          {errors.strokes && (
            <p id={strokesErrorId} className="text-sm font-semibold text-danger-700">
              <span className="sr-only">Error: </span>
              {errors.strokes}
            </p>
          )}
          <canvas
            ref={canvasRef}
            width={signatureCanvas.width}
            height={signatureCanvas.height}
            role="img"
            aria-label="Signature drawing box"
            aria-describedby={[instructionsId, errors.strokes ? strokesErrorId : null].filter(Boolean).join(" ")}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
            className={`h-auto w-full cursor-crosshair touch-none rounded-md bg-surface text-ink ${errors.strokes ? "border-2 border-danger-700" : "border border-line"}`}
          />
          <div className="flex items-center gap-3">
            <Button type="button" variant="secondary" size="sm" onClick={clearDrawing} disabled={pointCount === 0}>
              Clear the drawing
            </Button>
            <span className="text-sm text-ink-muted" aria-live="polite">
              {pointCount === 0 ? "Nothing drawn yet." : "Drawing ready to save."}
            </span>
          </div>
        </div>
      ) : (
        <TextField
          label="Your name as you sign it"
          autoComplete="name"
          value={typedName}
          onChange={(event) => setTypedName(event.target.value)}
          error={errors.typedName}
        />
      )}
      <TextField
        label="Date signed"
        type="date"
        value={signedOn}
        onChange={(event) => setSignedOn(event.target.value)}
        error={errors.signedOn}
      />
      <div>
        <Button type="submit" pending={pending}>
          Save sample signature
        </Button>
      </div>
    </form>
  );
}
