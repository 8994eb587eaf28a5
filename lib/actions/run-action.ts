import "server-only";
import type { z } from "zod";
import { resolveAccessContext, isCentreAccess, type AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma, Prisma } from "@/lib/db/client";
import { isDatabaseUnreachable } from "@/lib/db/connection-errors";
import { AppError, defaultMessageFor, type FieldErrors } from "@/lib/errors/app-error";
import { logActionOutcome, type ActionLogContext } from "@/lib/log/action-log";
import { logger } from "@/lib/log/logger";
import type { ActionResult } from "./action-result";
import type { ActionAuditEntry, ActionContext, ActionDefinition, PublicActionAuditEntry, PublicActionDefinition } from "./define-action";

// The one chokepoint for every change: session → zod → permission in the active workspace →
// transaction that also writes the audit entry → user-safe errors. Server actions in app/ only
// call performAction/performPublicAction, which call these.

export type Actor = {
  userId: string;
  /** The centre (or awarding body) the person chose to work in: a preference, checked here. */
  workspaceKey?: string | null;
  /** From the session; a session older than the person's latest password change is refused. */
  sessionVersion?: number;
  /** From the session cookie; a session that was signed out (or has expired) is refused. */
  sessionId?: string | null;
  /**
   * The workspace the page that sent the action was showing. If the person has since switched
   * centre in another tab, the action is refused rather than applied to the other centre.
   */
  expectedWorkspaceKey?: string;
} | null;

export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

function failure(error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return { ok: false, code: "CONFLICT", message: defaultMessageFor("CONFLICT") };
  }
  if (isDatabaseUnreachable(error)) return { ok: false, code: "UNAVAILABLE", message: defaultMessageFor("UNAVAILABLE") };
  // Unknown failures are logged for operators (logActionOutcome) and reported without detail.
  return { ok: false, code: "UNEXPECTED", message: defaultMessageFor("UNEXPECTED") };
}

function parseInput<S extends z.ZodType>(schema: S, rawInput: unknown) {
  const parsed = schema.safeParse(rawInput);
  if (parsed.success) return parsed.data as z.output<S>;
  throw new AppError("INVALID_INPUT", undefined, fieldErrorsFrom(parsed.error));
}

/** The stored entry: the action is always the definition's own name. */
function auditEntryOf(
  action: string,
  entry: ActionAuditEntry<unknown>,
  centreId: string | null,
  actorUserId: string | null,
  awardingBodyId: string | null = null,
) {
  return {
    centreId,
    awardingBodyId,
    actorUserId,
    action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    summary: (entry.summary ?? {}) as Record<string, unknown>,
  };
}

/**
 * Work queued by an action to run once its transaction has committed. A failure is logged for
 * operators and does not undo or hide the committed change.
 */
class AfterCommit {
  private readonly work: (() => Promise<unknown> | unknown)[] = [];
  constructor(private readonly log: ActionLogContext) {}
  readonly add = (work: () => Promise<unknown> | unknown) => {
    this.work.push(work);
  };
  async run() {
    for (const work of this.work) {
      try {
        await work();
      } catch (error) {
        logger.error(
          { requestId: this.log.requestId, action: this.log.action, err: error },
          `action ${this.log.action}: after-commit work failed`,
        );
      }
    }
  }
}

export async function runAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  actor: Actor,
  rawInput: unknown,
  options: { now?: Date; requestId?: string } = {},
): Promise<ActionResult<T>> {
  const now = options.now ?? new Date();
  const log: ActionLogContext = {
    action: definition.name,
    requestId: options.requestId,
    userId: actor?.userId ?? null,
    centreId: null,
    startedAt: performance.now(),
  };
  try {
    const db = getPrisma();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const access = await resolveAccessContext(db, {
      userId: actor.userId,
      requestedWorkspaceKey: actor.workspaceKey,
      sessionVersion: actor.sessionVersion,
      sessionId: actor.sessionId,
      now,
    });
    if (!access) throw new AppError("UNAUTHENTICATED");
    log.centreId = isCentreAccess(access) ? access.workspace.centreId : null;
    if (actor.expectedWorkspaceKey !== undefined && actor.expectedWorkspaceKey !== access.workspace.key) {
      throw new AppError(
        "CONFLICT",
        `You are now working in ${access.workspace.name} (you switched in another tab or window). Nothing was saved: reload this page to continue there.`,
      );
    }

    const input = parseInput(definition.input, rawInput);

    if (definition.scope === "centre" && !isCentreAccess(access)) throw new AppError("FORBIDDEN");
    if (definition.scope === "awardingBody" && access.workspace.kind !== "awardingBody") throw new AppError("FORBIDDEN");
    if (!rolesCan(access.workspace.roles, definition.permission)) throw new AppError("FORBIDDEN");

    const afterCommit = new AfterCommit(log);
    const data = await auditedTransaction(db, async (tx) => {
      let audited = false;
      const defaultCentreId = isCentreAccess(access) ? access.workspace.centreId : null;
      const defaultAwardingBodyId = definition.scope === "awardingBody" ? access.workspace.awardingBodyId : null;
      const audit = async (entry: ActionAuditEntry<unknown>) => {
        const centreId = entry.centreId === undefined ? defaultCentreId : entry.centreId;
        const awardingBodyId = entry.awardingBodyId === undefined ? defaultAwardingBodyId : entry.awardingBodyId;
        await recordAuditEvent(tx, auditEntryOf(definition.name, entry, centreId, access.userId, awardingBodyId), now);
        audited = true;
      };
      // The scope checks above guarantee a centre action a centre access, an awarding-body action a body's.
      const handler = definition.handler as (input: unknown, ctx: ActionContext<AccessContext, unknown>) => Promise<T>;
      const result = await handler(input, { tx, access, now, audit, afterCommit: afterCommit.add });
      // A change without its audit entry must not commit.
      if (!audited) throw new Error(`Action ${definition.name} did not record an audit entry.`);
      return result;
    });
    await afterCommit.run();
    return logActionOutcome(log, { ok: true, data });
  } catch (error) {
    return logActionOutcome(log, failure(error), error);
  }
}

export async function runPublicAction<S extends z.ZodType, T>(
  definition: PublicActionDefinition<S, T>,
  rawInput: unknown,
  options: { now?: Date; requestId?: string } = {},
): Promise<ActionResult<T>> {
  const now = options.now ?? new Date();
  const log: ActionLogContext = {
    action: definition.name,
    requestId: options.requestId,
    userId: null,
    centreId: null,
    startedAt: performance.now(),
  };
  try {
    const input = parseInput(definition.input, rawInput);
    const afterCommit = new AfterCommit(log);
    const data = await auditedTransaction(getPrisma(), async (tx) => {
      let audited = false;
      const result = await definition.handler(input, {
        tx,
        now,
        audit: async (entry: PublicActionAuditEntry<unknown>) => {
          await recordAuditEvent(tx, auditEntryOf(definition.name, entry, entry.centreId, entry.actorUserId), now);
          audited = true;
        },
        afterCommit: afterCommit.add,
      });
      if (!audited) throw new Error(`Action ${definition.name} did not record an audit entry.`);
      return result;
    });
    await afterCommit.run();
    return logActionOutcome(log, { ok: true, data });
  } catch (error) {
    return logActionOutcome(log, failure(error), error);
  }
}
