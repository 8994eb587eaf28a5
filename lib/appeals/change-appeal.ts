import "server-only";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { applyAppealEvent, nextAppealSteps, type AppealEvent, type AppealRecord } from "@/lib/rules/appeals";
import type { AppealStepSummary } from "./audit-summaries";
import { appealStateOf, appealStatusLabels, appealStatusOf } from "./labels";

// What every step of the appeals register shares: load the appeal in the centre on the version
// the admin saw, apply the step with the rule (lib/rules/appeals.ts), write it only if the version
// is still the same, and describe it for the audit entry.

const appealForChange = {
  id: true,
  version: true,
  status: true,
  lodgedOn: true,
  acknowledgedOn: true,
  reviewStartedOn: true,
  decidedOn: true,
  withdrawnOn: true,
  referredOn: true,
  awardingBodyOutcomeOn: true,
  candidate: { select: { name: true } },
  unitDecision: { select: { assessorUserId: true } },
} as const;

export type AppealForChange = Prisma.AppealGetPayload<{ select: typeof appealForChange }>;

export async function loadAppealForChange(
  tx: Prisma.TransactionClient,
  centreId: string,
  input: { appealId: string; version: number },
): Promise<AppealForChange> {
  const appeal = await tx.appeal.findFirst({ where: { id: input.appealId, centreId }, select: appealForChange });
  if (!appeal) throw notFound("Appeal");
  if (appeal.version !== input.version) throw new AppError("STALE");
  return appeal;
}

const day = (date: Date | null) => (date === null ? null : isoDay(date));

type AppealDates = Pick<
  AppealForChange,
  "status" | "lodgedOn" | "acknowledgedOn" | "reviewStartedOn" | "decidedOn" | "withdrawnOn" | "referredOn" | "awardingBodyOutcomeOn"
>;

export function appealRecordOf(appeal: AppealDates): AppealRecord {
  return {
    state: appealStateOf[appeal.status],
    lodgedOn: isoDay(appeal.lodgedOn),
    acknowledgedOn: day(appeal.acknowledgedOn),
    reviewStartedOn: day(appeal.reviewStartedOn),
    decidedOn: day(appeal.decidedOn),
    withdrawnOn: day(appeal.withdrawnOn),
    referredOn: day(appeal.referredOn),
    awardingBodyOutcomeOn: day(appeal.awardingBodyOutcomeOn),
  };
}

/**
 * Applies one step, or refuses: a step the appeal's status does not allow is a conflict (told on
 * the form); a date before the previous step or in the future is told next to `dateField`.
 */
export function applyStep(appeal: AppealForChange, event: AppealEvent, now: Date, dateField: string) {
  const record = appealRecordOf(appeal);
  const result = applyAppealEvent(record, event, isoDay(now));
  if (!result.ok) {
    if (!nextAppealSteps(record).includes(event.kind)) throw new AppError("CONFLICT", result.reasons.join(" "), { _form: result.reasons });
    throw new AppError("INVALID_INPUT", result.reasons.join(" "), { [dateField]: result.reasons });
  }
  return { status: appealStatusOf[result.record.state], record: result.record };
}

/** Writes the step on the version loaded; someone else's change in between makes it stale. */
export async function saveStep(
  tx: Prisma.TransactionClient,
  centreId: string,
  appeal: AppealForChange,
  data: Omit<Prisma.AppealUncheckedUpdateManyInput, "version">,
) {
  const { count } = await tx.appeal.updateMany({
    where: { id: appeal.id, centreId, version: appeal.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("STALE");
}

export function stepSummary(
  appeal: AppealForChange,
  after: AppealForChange["status"],
  on: string,
  extra: Pick<AppealStepSummary, "note" | "decidedBy"> = {},
): AppealStepSummary {
  return {
    candidate: appeal.candidate.name,
    lodgedOn: isoDay(appeal.lodgedOn),
    before: appealStatusLabels[appeal.status],
    after: appealStatusLabels[after],
    on,
    ...extra,
  };
}

export const dayOf = (value: string) => new Date(`${value}T00:00:00Z`);
