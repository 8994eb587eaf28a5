import type { AppErrorCode, FieldErrors } from "@/lib/errors/app-error";

// What every server action returns to the browser: safe to serialise, never a stack trace.
export type ActionResult<T> =
  { ok: true; data: T; message?: string } | { ok: false; code: AppErrorCode; message: string; fieldErrors?: FieldErrors };
