import "server-only";
import { isCentreAccess, type AccessContext, type AwardingBodyAccess, type CentreAccess } from "@/lib/auth/access-context";
import { rolesCan, type Permission } from "@/lib/auth/permissions";
import { z } from "zod";
import { notFound } from "@/lib/errors/app-error";

// Reads that the person may not make look exactly like reads of something that does not exist.

export function requireCentrePermission(access: AccessContext, permission: Permission, what?: string): CentreAccess {
  if (!isCentreAccess(access) || !rolesCan(access.workspace.roles, permission)) throw notFound(what);
  return access;
}

export function requireAwardingBodyPermission(access: AccessContext, permission: Permission, what?: string): AwardingBodyAccess {
  if (access.workspace.kind !== "awardingBody" || !rolesCan(access.workspace.roles, permission)) throw notFound(what);
  return access as AwardingBodyAccess;
}

export function requirePermission(access: AccessContext, permission: Permission, what?: string): AccessContext {
  if (!rolesCan(access.workspace.roles, permission)) throw notFound(what);
  return access;
}

/** The awarding body whose catalogue the person works with: their centre's, or their own. */
export function awardingBodyIdOf(access: AccessContext): string {
  return access.workspace.awardingBodyId;
}

const recordId = z.uuid();

/** A record id from a URL: anything that is not a UUID cannot exist, so it is "not found". */
export function requireRecordId(id: string, what?: string): string {
  if (!recordId.safeParse(id).success) throw notFound(what);
  return id;
}
