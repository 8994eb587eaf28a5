import type { z } from "zod";
import type { AccessContext, AwardingBodyAccess, CentreAccess } from "@/lib/auth/access-context";
import type { Permission } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db/client";

/**
 * What an action's audit entry carries besides who and when. The action name is the
 * definition's own, so it is never written twice and never misspelt.
 */
export type ActionAuditEntry<Summary> = {
  /** The kind of record acted on, e.g. "Membership". */
  targetType: string;
  targetId?: string | null;
  /** Before/after and facts, in the shape the definition declares. Never secrets. */
  summary: Summary;
  /** Defaults to the active centre (null outside a centre, e.g. a password change). */
  centreId?: string | null;
  /**
   * Puts an entry with no centre on an awarding body's chain. Defaults to the active awarding body
   * for awarding-body actions, null otherwise.
   */
  awardingBodyId?: string | null;
};

/**
 * Type-only marker for the shape of an action's audit summary:
 * `audit: { label: "Added a staff member", summary: auditSummary<{ after: {...} }>() }`.
 */
export type AuditSummaryType<Summary> = { readonly __summary?: Summary };
export function auditSummary<Summary extends Record<string, unknown>>(): AuditSummaryType<Summary> {
  return {};
}

/** How the audit trail shows an action: every definition must say it (a missing label is a type error). */
export type AuditDeclaration<Summary> = {
  /** In the past tense, as the audit trail reads: "Changed a role". */
  label: string;
  summary: AuditSummaryType<Summary>;
};

export type ActionContext<A extends AccessContext, Summary> = {
  tx: Prisma.TransactionClient;
  access: A;
  now: Date;
  /** Writes the audit entry inside the action's transaction. Every action must call it. */
  audit: (entry: ActionAuditEntry<Summary>) => Promise<void>;
  /**
   * Runs work that must follow a successful commit and never a rolled-back change (sending an
   * email, say). A failure there is logged; the change stays.
   */
  afterCommit: (work: () => Promise<unknown> | unknown) => void;
};

type Common<S extends z.ZodType, Summary> = {
  /** Stable name, used as the audit entry's action and in logs, e.g. "staff.add". */
  name: string;
  input: S;
  permission: Permission;
  audit: AuditDeclaration<Summary>;
};

/** An action within the active centre: the handler gets that centre's access. */
export type CentreActionDefinition<S extends z.ZodType, T, Summary = Record<string, unknown>> = Common<S, Summary> & {
  scope: "centre";
  handler: (input: z.output<S>, ctx: ActionContext<CentreAccess, Summary>) => Promise<T>;
};

/** An action within the active awarding body (its policy, its assessors, its schools). */
export type AwardingBodyActionDefinition<S extends z.ZodType, T, Summary = Record<string, unknown>> = Common<S, Summary> & {
  scope: "awardingBody";
  handler: (input: z.output<S>, ctx: ActionContext<AwardingBodyAccess, Summary>) => Promise<T>;
};

/** An action that does not act on one centre's records, e.g. choosing the active workspace. */
export type PersonalActionDefinition<S extends z.ZodType, T, Summary = Record<string, unknown>> = Common<S, Summary> & {
  scope: "personal";
  handler: (input: z.output<S>, ctx: ActionContext<AccessContext, Summary>) => Promise<T>;
};

export type ActionDefinition<S extends z.ZodType = z.ZodType, T = unknown, Summary = unknown> =
  CentreActionDefinition<S, T, Summary> | AwardingBodyActionDefinition<S, T, Summary> | PersonalActionDefinition<S, T, Summary>;

export function defineCentreAction<S extends z.ZodType, T, Summary>(
  definition: Omit<CentreActionDefinition<S, T, Summary>, "scope">,
): CentreActionDefinition<S, T, Summary> {
  return { ...definition, scope: "centre" };
}

export function defineAwardingBodyAction<S extends z.ZodType, T, Summary>(
  definition: Omit<AwardingBodyActionDefinition<S, T, Summary>, "scope">,
): AwardingBodyActionDefinition<S, T, Summary> {
  return { ...definition, scope: "awardingBody" };
}

export function definePersonalAction<S extends z.ZodType, T, Summary>(
  definition: Omit<PersonalActionDefinition<S, T, Summary>, "scope">,
): PersonalActionDefinition<S, T, Summary> {
  return { ...definition, scope: "personal" };
}

/** A public action's audit entry also names who acted (nobody is signed in). */
export type PublicActionAuditEntry<Summary> = ActionAuditEntry<Summary> & {
  centreId: string | null;
  actorUserId: string | null;
};

/**
 * An action open to people who are not signed in (accepting an invitation). It still parses
 * its input with zod and writes its audit entry in the same transaction.
 */
export type PublicActionDefinition<S extends z.ZodType, T, Summary = unknown> = {
  name: string;
  input: S;
  audit: AuditDeclaration<Summary>;
  handler: (
    input: z.output<S>,
    ctx: {
      tx: Prisma.TransactionClient;
      now: Date;
      audit: (entry: PublicActionAuditEntry<Summary>) => Promise<void>;
      afterCommit: (work: () => Promise<unknown> | unknown) => void;
    },
  ) => Promise<T>;
};

export function definePublicAction<S extends z.ZodType, T, Summary>(
  definition: PublicActionDefinition<S, T, Summary>,
): PublicActionDefinition<S, T, Summary> {
  return definition;
}
