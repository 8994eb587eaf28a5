import type { z } from "zod";
import type { AccessContext, CentreAccess } from "@/lib/auth/access-context";
import type { Permission } from "@/lib/auth/permissions";
import type { AuditEntry } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/lib/db/client";

export type ActionAuditEntry = Omit<AuditEntry, "centreId" | "actorUserId"> & {
  /** Defaults to the active centre (null outside a centre). */
  centreId?: string | null;
};

export type ActionContext<A extends AccessContext> = {
  tx: Prisma.TransactionClient;
  access: A;
  now: Date;
  /** Writes the audit entry inside the action's transaction. Every action must call it. */
  audit: (entry: ActionAuditEntry) => Promise<void>;
};

type Common<S extends z.ZodType> = {
  /** Stable name, used in the audit trail and in logs, e.g. "staff.add". */
  name: string;
  input: S;
  permission: Permission;
};

/** An action within the active centre: the handler gets that centre's access. */
export type CentreActionDefinition<S extends z.ZodType, T> = Common<S> & {
  scope: "centre";
  handler: (input: z.output<S>, ctx: ActionContext<CentreAccess>) => Promise<T>;
};

/** An action that does not act on one centre's records, e.g. choosing the active workspace. */
export type PersonalActionDefinition<S extends z.ZodType, T> = Common<S> & {
  scope: "personal";
  handler: (input: z.output<S>, ctx: ActionContext<AccessContext>) => Promise<T>;
};

export type ActionDefinition<S extends z.ZodType = z.ZodType, T = unknown> =
  | CentreActionDefinition<S, T>
  | PersonalActionDefinition<S, T>;

export function defineCentreAction<S extends z.ZodType, T>(
  definition: Omit<CentreActionDefinition<S, T>, "scope">,
): CentreActionDefinition<S, T> {
  return { ...definition, scope: "centre" };
}

export function definePersonalAction<S extends z.ZodType, T>(
  definition: Omit<PersonalActionDefinition<S, T>, "scope">,
): PersonalActionDefinition<S, T> {
  return { ...definition, scope: "personal" };
}

/**
 * An action open to people who are not signed in (accepting an invitation). It still parses
 * its input with zod and writes its audit entry in the same transaction.
 */
export type PublicActionDefinition<S extends z.ZodType, T> = {
  name: string;
  input: S;
  handler: (
    input: z.output<S>,
    ctx: { tx: Prisma.TransactionClient; now: Date; audit: (entry: AuditEntry) => Promise<void> },
  ) => Promise<T>;
};

export function definePublicAction<S extends z.ZodType, T>(
  definition: PublicActionDefinition<S, T>,
): PublicActionDefinition<S, T> {
  return definition;
}
