import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { awardingBodyPolicies } from "@/lib/policies/awarding-body-policy";
import { assessorRecordScope } from "@/lib/professional-record/scope";
import type { CpdCompliance, CpdPolicy } from "@/lib/rules/cpd-compliance";
import { cpdStandings } from "./cpd-standing";
import { mandatoryEventChoices } from "./cpd-inputs";

// Reads of the signed-in person's own CPD log and its status under each of their awarding bodies.

type Db = PrismaClient | Prisma.TransactionClient;

export type BodyCpdStatus = {
  awardingBodyId: string;
  awardingBodyName: string;
  /** Null when the body's policy sets no CPD. */
  policy: CpdPolicy | null;
  compliance: CpdCompliance | null;
};

/** The person's CPD status under each of their record's awarding bodies on `now`'s day. */
export async function ownCpdStatuses(db: Db, access: AccessContext, now: Date): Promise<BodyCpdStatus[]> {
  const scope = await assessorRecordScope(db, access);
  const policies = await awardingBodyPolicies(
    db,
    scope.bodies.map((body) => body.id),
  );
  const asOf = isoDay(now);
  return Promise.all(
    scope.bodies.map(async (body) => {
      const policy = policies.get(body.id)?.cpd ?? null;
      const compliance = policy
        ? ((await cpdStandings(db, { awardingBodyId: body.id, userIds: [access.userId], asOf })).get(access.userId) ?? null)
        : null;
      return { awardingBodyId: body.id, awardingBodyName: body.name, policy, compliance };
    }),
  );
}

/** The CPD page: the log (newest first) with its evidence files, the status per body and the events the person may log. */
export async function getOwnCpdLog(access: AccessContext, now: Date) {
  const db = getPrisma();
  const scope = await assessorRecordScope(db, access);
  if (!scope.keepsRecord) return { keepsRecord: false as const };
  const [entries, statuses, policies] = await Promise.all([
    db.cpdEntry.findMany({
      where: { userId: access.userId },
      include: { files: { select: { id: true, fileName: true, contentType: true, byteSize: true }, orderBy: { createdAt: "asc" } } },
      orderBy: [{ activityOn: "desc" }, { createdAt: "desc" }],
    }),
    ownCpdStatuses(db, access, now),
    awardingBodyPolicies(
      db,
      scope.bodies.map((body) => body.id),
    ),
  ]);
  const eventChoices = mandatoryEventChoices(
    scope.bodies.flatMap((body) => {
      const policy = policies.get(body.id);
      return policy ? [{ name: body.name, policy }] : [];
    }),
  );
  return {
    keepsRecord: true as const,
    entries: entries.map((entry) => ({
      id: entry.id,
      version: entry.version,
      activityOn: isoDay(entry.activityOn),
      hours: entry.hours === null ? null : Number(entry.hours),
      category: entry.category,
      description: entry.description,
      mandatoryEvent: entry.mandatoryEvent,
      files: entry.files,
    })),
    statuses,
    eventChoices,
  };
}
export type OwnCpdLog = Extract<Awaited<ReturnType<typeof getOwnCpdLog>>, { keepsRecord: true }>;
