import "server-only";
import type { ActionResult } from "@/lib/actions/action-result";
import { logger } from "./logger";

// One log line per server action, written by lib/actions/run-action.ts: who did what, where, how
// long it took and how it ended. Only these fields: never the input, which may hold a password.

export type ActionLogContext = {
  action: string;
  requestId: string | undefined;
  userId: string | null;
  centreId: string | null;
  /** performance.now() when the action started. */
  startedAt: number;
};

export type ActionLogRecord = Omit<ActionLogContext, "startedAt"> & { durationMs: number; outcome: string };

/** The line's fields: outcome is "ok" or the error code the person was shown. */
export function actionLogRecord(context: ActionLogContext, result: ActionResult<unknown>, now = performance.now()): ActionLogRecord {
  return {
    requestId: context.requestId,
    action: context.action,
    userId: context.userId,
    centreId: context.centreId,
    durationMs: Math.round(now - context.startedAt),
    outcome: result.ok ? "ok" : result.code,
  };
}

/** Logs how the action ended and hands its result back. An unexpected failure is an error with its stack. */
export function logActionOutcome<R extends ActionResult<unknown>>(context: ActionLogContext, result: R, error?: unknown): R {
  const record = actionLogRecord(context, result);
  if (!result.ok && result.code === "UNAVAILABLE") logger.warn({ ...record, err: error }, `action ${context.action}: database unreachable`);
  else if (!result.ok && result.code === "UNEXPECTED")
    logger.error({ ...record, err: error }, `action ${context.action} failed unexpectedly`);
  else logger.info(record, `action ${context.action} ${record.outcome}`);
  return result;
}
