import type { Prisma } from "@/lib/db/client";
import { recordAuditEvent, type AuditEntry } from "./record-audit-event";
import type { SystemAuditAction } from "./system-events";

/** Records an event that no server action writes (sign-in, seeding), named from the labelled table. */
export function recordSystemAuditEvent(tx: Prisma.TransactionClient, entry: AuditEntry & { action: SystemAuditAction }, now?: Date) {
  return recordAuditEvent(tx, entry, now);
}
