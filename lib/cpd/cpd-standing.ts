import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import { cpdCompliance, type CpdCategory, type CpdCompliance, type CpdLogEntry } from "@/lib/rules/cpd-compliance";
import { addYears, type IsoDate } from "@/lib/rules/dates";

// People's CPD status under one awarding body's policy (ICS A3; handbook 4.2, 4.5; Naace CPD), from
// their own CPD logs. Used by the professional record, the centre's view and the body's register.

type Db = PrismaClient | Prisma.TransactionClient;

/** CpdEntry.category as the rule names it. */
export const cpdCategoryOf = {
  ASSESSOR_SKILLS: "assessorSkills",
  OCCUPATIONAL_KNOWLEDGE: "occupationalKnowledge",
} as const satisfies Record<"ASSESSOR_SKILLS" | "OCCUPATIONAL_KNOWLEDGE", CpdCategory>;

type CpdEntryRow = {
  activityOn: Date;
  hours: Prisma.Decimal | number | null;
  category: keyof typeof cpdCategoryOf;
  mandatoryEvent: string | null;
  description: string;
};

/** A CpdEntry row as the rule reads it. */
export function toCpdLogEntry(row: CpdEntryRow): CpdLogEntry {
  return {
    on: isoDay(row.activityOn),
    hours: row.hours === null ? null : Number(row.hours),
    category: cpdCategoryOf[row.category],
    eventKind: row.mandatoryEvent,
    description: row.description,
  };
}

/**
 * The day each person's CPD year counts from for the body: the body's approval of them
 * (AssessorApproval.approvedOn), else their earliest ASSESSOR/IQA membership at one of the body's
 * centres, else when their account was made.
 */
export async function cpdYearStarts(db: Db, awardingBodyId: string, userIds: readonly string[]): Promise<Map<string, IsoDate>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const [approvals, memberships, users] = await Promise.all([
    db.assessorApproval.findMany({
      where: { awardingBodyId, userId: { in: ids }, approvedOn: { not: null } },
      select: { userId: true, approvedOn: true },
    }),
    db.membership.findMany({
      where: { userId: { in: ids }, role: { in: ["ASSESSOR", "IQA"] }, centre: { awardingBodyId } },
      select: { userId: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.user.findMany({ where: { id: { in: ids } }, select: { id: true, createdAt: true } }),
  ]);
  const starts = new Map<string, IsoDate>();
  for (const user of users) starts.set(user.id, isoDay(user.createdAt));
  for (const membership of [...memberships].reverse()) starts.set(membership.userId, isoDay(membership.createdAt));
  for (const approval of approvals) if (approval.approvedOn) starts.set(approval.userId, isoDay(approval.approvedOn));
  return starts;
}

/**
 * Each person's CPD status under the body's policy on `asOf`: null for everyone when the policy
 * sets no CPD. People who are not users are left out of the map.
 */
export async function cpdStandings(
  db: Db,
  { awardingBodyId, userIds, asOf }: { awardingBodyId: string; userIds: readonly string[]; asOf: IsoDate },
): Promise<Map<string, CpdCompliance | null>> {
  const ids = [...new Set(userIds)];
  const result = new Map<string, CpdCompliance | null>();
  if (ids.length === 0) return result;
  const policy = (await awardingBodyPolicy(db, awardingBodyId)).cpd;
  const starts = await cpdYearStarts(db, awardingBodyId, ids);
  if (!policy) {
    for (const id of starts.keys()) result.set(id, null);
    return result;
  }
  // The rule reads this policy year and the one before; two years and a day back is enough.
  const from = new Date(`${addYears(asOf, -2)}T00:00:00Z`);
  const rows = await db.cpdEntry.findMany({
    where: { userId: { in: ids }, activityOn: { gte: from } },
    select: { userId: true, activityOn: true, hours: true, category: true, mandatoryEvent: true, description: true },
    orderBy: { activityOn: "asc" },
  });
  const logs = new Map<string, CpdLogEntry[]>();
  for (const row of rows) logs.set(row.userId, [...(logs.get(row.userId) ?? []), toCpdLogEntry(row)]);
  for (const [id, approvedOn] of starts) result.set(id, cpdCompliance(logs.get(id) ?? [], policy, asOf, approvedOn));
  return result;
}
