import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireAwardingBodyPermission, requireRecordId } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import type { IctMarkPolicy, IctMarkStanding, IctMarkState } from "@/lib/rules/ict-mark";
import type { IctMarkFilter } from "./schemas";
import { sendRenewalReminder } from "./send-renewal-reminder";
import { schoolStanding } from "./standing";

// The schools of the signed-in person's awarding body, with their ICT Mark standing under the
// body's policy (Naace ICT Mark principle 8). Another body's school is "not found", like a
// missing one.

type Db = PrismaClient | Prisma.TransactionClient;

export type SchoolRow = {
  id: string;
  name: string;
  urn: string | null;
  contactEmail: string | null;
  ictMarkAwardedOn: Date | null;
  renewalReminderSentAt: Date | null;
  version: number;
  standing: IctMarkStanding;
};

const schoolSelect = {
  id: true,
  name: true,
  urn: true,
  contactEmail: true,
  ictMarkAwardedOn: true,
  renewalReminderSentAt: true,
  version: true,
} as const;

export const emptyIctMarkCounts = (): Record<IctMarkState, number> => ({ notAwarded: 0, current: 0, renewalDue: 0, expired: 0 });

/**
 * Every school of a body with its standing, by name. Null when the body's policy runs no ICT Mark
 * (schools are Naace's scheme). For the schools list and the dashboard, which check permissions.
 */
export async function bodySchoolStandings(
  db: Db,
  awardingBodyId: string,
  now: Date,
): Promise<{ policy: IctMarkPolicy; schools: SchoolRow[]; counts: Record<IctMarkState, number> } | null> {
  const { ictMark } = await awardingBodyPolicy(db, awardingBodyId);
  if (!ictMark) return null;
  const rows = await db.school.findMany({ where: { awardingBodyId }, select: schoolSelect, orderBy: { name: "asc" } });
  const schools = rows.map((row) => ({ ...row, standing: schoolStanding(row, now, ictMark) }));
  const counts = emptyIctMarkCounts();
  for (const school of schools) counts[school.standing.state] += 1;
  return { policy: ictMark, schools, counts };
}

export type SchoolsOverview =
  | { runsIctMark: false; bodyName: string }
  | {
      runsIctMark: true;
      bodyName: string;
      policy: IctMarkPolicy;
      filter: IctMarkFilter | null;
      /** The schools the filter keeps. */
      schools: SchoolRow[];
      total: number;
      counts: Record<IctMarkState, number>;
    };

export async function listSchools(access: AccessContext, options: { filter: IctMarkFilter | null; now?: Date }): Promise<SchoolsOverview> {
  const body = requireAwardingBodyPermission(access, "school.manage");
  const standings = await bodySchoolStandings(getPrisma(), body.workspace.awardingBodyId, options.now ?? new Date());
  if (!standings) return { runsIctMark: false, bodyName: body.workspace.name };
  return {
    runsIctMark: true,
    bodyName: body.workspace.name,
    policy: standings.policy,
    filter: options.filter,
    schools: options.filter ? standings.schools.filter((school) => school.standing.state === options.filter) : standings.schools,
    total: standings.schools.length,
    counts: standings.counts,
  };
}

export type SchoolPage = {
  school: SchoolRow;
  policy: IctMarkPolicy;
  /** Moderations, school assessments and quality reviews recorded at this school, newest first. */
  assessments: {
    id: string;
    type: string;
    occurredOn: Date;
    assessorId: string;
    assessorName: string;
    reason: string;
    evidence: string | null;
  }[];
  /** Renewal reminders sent, newest first (from the body's audit trail). */
  reminders: { id: string; sentAt: Date; sentTo: string; sentBy: string | null }[];
  /** Who declared a relationship with this school (e.g. supporting its self-review), newest first. */
  conflicts: {
    id: string;
    staffUserId: string;
    staffName: string;
    relationship: string;
    details: string | null;
    declaredOn: Date;
    endedOn: Date | null;
  }[];
};

export async function getSchool(access: AccessContext, schoolId: string, now: Date = new Date()): Promise<SchoolPage> {
  const body = requireAwardingBodyPermission(access, "school.manage", "School");
  const id = requireRecordId(schoolId, "School");
  const db = getPrisma();
  const awardingBodyId = body.workspace.awardingBodyId;
  const { ictMark } = await awardingBodyPolicy(db, awardingBodyId);
  const row = ictMark ? await db.school.findFirst({ where: { id, awardingBodyId }, select: schoolSelect }) : null;
  if (!row || !ictMark) throw notFound("School");
  const [events, declarations, reminderEntries] = await Promise.all([
    db.assessorApprovalEvent.findMany({
      where: { awardingBodyId, schoolId: id },
      select: {
        id: true,
        type: true,
        occurredOn: true,
        reason: true,
        evidence: true,
        approval: { select: { assessor: { select: { id: true, name: true } } } },
      },
      orderBy: [{ occurredOn: "desc" }, { recordedAt: "desc" }],
    }),
    db.conflictOfInterestDeclaration.findMany({
      where: { awardingBodyId, schoolId: id, subject: "SCHOOL" },
      select: {
        id: true,
        relationship: true,
        details: true,
        declaredOn: true,
        endedOn: true,
        staff: { select: { id: true, name: true } },
      },
      orderBy: [{ declaredOn: "desc" }, { createdAt: "desc" }],
    }),
    db.auditEvent.findMany({
      where: { chain: `awarding-body:${awardingBodyId}`, action: sendRenewalReminder.name, targetType: "School", targetId: id },
      select: { id: true, occurredAt: true, summary: true, actorUserId: true },
      orderBy: { sequence: "desc" },
    }),
  ]);
  const senders = await db.user.findMany({
    where: { id: { in: reminderEntries.flatMap((entry) => (entry.actorUserId ? [entry.actorUserId] : [])) } },
    select: { id: true, name: true },
  });
  const senderName = new Map(senders.map((user) => [user.id, user.name]));
  return {
    school: { ...row, standing: schoolStanding(row, now, ictMark) },
    policy: ictMark,
    assessments: events.map((event) => ({
      id: event.id,
      type: event.type,
      occurredOn: event.occurredOn,
      assessorId: event.approval.assessor.id,
      assessorName: event.approval.assessor.name,
      reason: event.reason,
      evidence: event.evidence,
    })),
    reminders: reminderEntries.map((entry) => ({
      id: entry.id,
      sentAt: entry.occurredAt,
      sentTo: String((entry.summary as { sentTo?: unknown }).sentTo ?? ""),
      sentBy: entry.actorUserId ? (senderName.get(entry.actorUserId) ?? null) : null,
    })),
    conflicts: declarations.map((declaration) => ({
      id: declaration.id,
      staffUserId: declaration.staff.id,
      staffName: declaration.staff.name,
      relationship: declaration.relationship,
      details: declaration.details,
      declaredOn: declaration.declaredOn,
      endedOn: declaration.endedOn,
    })),
  };
}
