import "server-only";
import type { AwardingBodyAccess } from "@/lib/auth/access-context";
import { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import type { AssessorApproval } from "@/lib/db/generated/client";
import { displayFindingDates } from "@/lib/format/finding-text";
import { eventDateRefusal } from "@/lib/rules/approval-event-dates";
import { isoDay } from "@/lib/format/dates";
import { tryReplayApproval, type ApprovalEvent, type ApprovalRecord, applyToRecord, schemeOfEvent } from "./lifecycle";

export { replayApproval, tryReplayApproval } from "./lifecycle";
export type { ApprovalEvent, ApprovalRecord } from "./lifecycle";

// The one way an approval changes: load it in the acting body (another body's is "not found"),
// replay its stored events with the lifecycle rule, apply the new event, and either refuse with
// the rule's reasons or append the event (next sequence) and write the state it leads to. The
// caller writes the audit entry in the same transaction.

export type ApplyApprovalEventOptions = {
  access: AwardingBodyAccess;
  approvalId: string;
  event: ApprovalEvent;
  /** Why, in the staff member's words (required). */
  reason: string;
  evidence?: string | null;
  /** The school a moderation or school assessment was at (the body's own school). */
  schoolId?: string | null;
  /** When given, an approval changed since the page was loaded is refused as stale. */
  expectedVersion?: number;
  now: Date;
};

export type ApplyApprovalEventResult = {
  approval: AssessorApproval;
  /** The state before the event, for the audit entry's before/after. */
  previousState: string;
  state: ApprovalRecord;
  eventId: string;
  sequence: number;
};

export const concurrentChangeMessage =
  "Someone else recorded a change to this approval at the same moment. Nothing was saved: reload the page to see it, then try again.";

export async function applyApprovalEvent(
  tx: Prisma.TransactionClient,
  options: ApplyApprovalEventOptions,
): Promise<ApplyApprovalEventResult> {
  const { access, event } = options;
  const awardingBodyId = access.workspace.awardingBodyId;
  // Writers of one approval take turns: the row is locked before its history is read, so a second
  // change waits for the first to commit and is then judged on the history that includes it (a
  // page that showed the older version is refused as stale). The unique sequence is the backstop.
  await tx.$queryRaw`SELECT id FROM "AssessorApproval" WHERE id = ${options.approvalId}::uuid AND "awardingBodyId" = ${awardingBodyId}::uuid FOR UPDATE`;
  const approval = await tx.assessorApproval.findFirst({ where: { id: options.approvalId, awardingBodyId } });
  if (!approval) throw notFound("Approval");
  if (options.expectedVersion !== undefined && approval.version !== options.expectedVersion) throw new AppError("STALE");
  if (options.schoolId) {
    const school = await tx.school.findFirst({ where: { id: options.schoolId, awardingBodyId }, select: { id: true } });
    if (!school) throw notFound("School");
  }
  if (schemeOfEvent(event) !== approval.scheme) {
    const reasons = [`That change does not belong to this approval's lifecycle (${approval.scheme === "ICS" ? "Institute" : "Naace"}).`];
    throw new AppError("INVALID_INPUT", reasons.join(" "), { _form: reasons });
  }
  const reason = options.reason.trim();
  if (reason === "")
    throw new AppError("INVALID_INPUT", "Give the reason for this change.", { reason: ["Give the reason for this change."] });

  const policy = await awardingBodyPolicy(tx, awardingBodyId);
  const stored = await tx.assessorApprovalEvent.findMany({
    where: { approvalId: approval.id, awardingBodyId },
    orderBy: { sequence: "asc" },
    select: { sequence: true, event: true, occurredOn: true },
  });
  // A change may not be dated before the latest one recorded (the rule says so in its own words).
  const dateRefusal = eventDateRefusal(
    event,
    stored.map((row) => isoDay(row.occurredOn)),
  );
  if (dateRefusal) {
    const message = displayFindingDates(dateRefusal);
    throw new AppError("INVALID_INPUT", message, { on: [message] });
  }
  const replayed = tryReplayApproval(
    approval.scheme,
    stored.map((row) => row.event as unknown as ApprovalEvent),
    policy,
  );
  if (!replayed.ok) {
    const message = `This approval's recorded history cannot be rebuilt, so no change can be recorded until it is put right (${replayed.problem}).`;
    throw new AppError("INVALID_INPUT", message, { _form: [message] });
  }
  const result = applyToRecord(replayed.record, event, policy);
  if (!result.ok) {
    const reasons = result.reasons.map(displayFindingDates);
    throw new AppError("INVALID_INPUT", reasons.join(" "), { _form: reasons });
  }
  const next = result.record;

  const sequence = (stored.at(-1)?.sequence ?? 0) + 1;
  let eventId: string;
  try {
    const row = await tx.assessorApprovalEvent.create({
      data: {
        awardingBodyId,
        approvalId: approval.id,
        sequence,
        type: event.type,
        event: event as unknown as Prisma.InputJsonValue,
        occurredOn: new Date(event.on),
        reason,
        evidence: options.evidence?.trim() || null,
        schoolId: options.schoolId ?? null,
        recordedById: access.userId,
        recordedAt: options.now,
      },
      select: { id: true },
    });
    eventId = row.id;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", concurrentChangeMessage);
    }
    throw error;
  }

  const approvedOn = approvedOnOf(next);
  const feesPaidUntil = next.scheme === "NAACE" ? next.record.feesPaidUntil : null;
  const updated = await tx.assessorApproval.updateMany({
    where: { id: approval.id, awardingBodyId, version: approval.version },
    data: {
      state: next.record.state,
      approvedOn: approvedOn ? new Date(approvedOn) : null,
      ...(next.scheme === "NAACE" ? { feesPaidUntil: feesPaidUntil ? new Date(feesPaidUntil) : null } : {}),
      version: { increment: 1 },
    },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", concurrentChangeMessage);
  const saved = await tx.assessorApproval.findUniqueOrThrow({ where: { id: approval.id } });
  return { approval: saved, previousState: approval.state, state: next, eventId, sequence };
}

/** The day the CPD year counts from: single sign-off (ICS) or registration (Naace). */
export function approvedOnOf(state: ApprovalRecord): string | null {
  return state.scheme === "ICS" ? state.record.singleSignOffOn : state.record.registeredOn;
}
