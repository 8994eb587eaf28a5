import "server-only";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordSystemAuditEvent } from "@/lib/audit/record-system-event";
import type { Prisma, PrismaClient } from "@/lib/db/client";

// A signed-in session is a row as well as a cookie: the cookie (a signed token) names the row,
// and every request checks that the row is still there. Signing out deletes the row, so a copy
// of the cookie taken before stops working at once instead of lasting until it expires.

/** How long a session lasts from sign-in; the cookie's lifetime is the same. */
export const sessionLifetimeSeconds = 10 * 60 * 60;

type Db = PrismaClient | Prisma.TransactionClient;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Starts a session for a person who has just proved who they are, and forgets expired ones. */
export async function startSession(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<string> {
  await tx.session.deleteMany({ where: { expiresAt: { lte: now } } });
  const session = await tx.session.create({
    data: { userId, expiresAt: new Date(now.getTime() + sessionLifetimeSeconds * 1000) },
    select: { id: true },
  });
  return session.id;
}

/** Whether the session named by a cookie is still open for this person. */
export async function isSessionOpen(db: Db, session: { sessionId: string | null; userId: string }, now: Date): Promise<boolean> {
  if (!session.sessionId || !uuidPattern.test(session.sessionId)) return false;
  const open = await db.session.findFirst({
    where: { id: session.sessionId, userId: session.userId, expiresAt: { gt: now } },
    select: { id: true },
  });
  return open !== null;
}

/** Signs a session out: deletes its row (so no copy of its cookie works) and audits it. */
export async function endSession(db: PrismaClient, session: { sessionId: string | null; userId: string }, now: Date = new Date()) {
  if (!session.sessionId || !uuidPattern.test(session.sessionId)) return;
  const sessionId = session.sessionId;
  await auditedTransaction(db, async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { id: sessionId, userId: session.userId } });
    if (count === 0) return;
    await recordSystemAuditEvent(
      tx,
      { centreId: null, actorUserId: session.userId, action: "auth.signOut", targetType: "User", targetId: session.userId, summary: {} },
      now,
    );
  });
}

/** Ends every session of a person, e.g. when their password changes. */
export async function endAllSessions(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { userId } });
  return count;
}
