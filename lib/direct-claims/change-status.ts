import "server-only";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { directClaimsStateLabels } from "./labels";

// What every change to a centre's DCS shares: load it in the centre on the version the admin saw,
// write it only if the version is still the same, and name its qualification for the audit trail.

const statusForChange = {
  id: true,
  version: true,
  state: true,
  grantedOn: true,
  endsOn: true,
  conditions: true,
  withdrawnOn: true,
  reinstatedOn: true,
  qualification: { select: { qualificationNumber: true, title: true } },
  /** The last grant, withdrawal or reinstatement (a change of conditions is dated the day it is recorded). */
  events: {
    where: { kind: { in: ["GRANTED", "WITHDRAWN", "REINSTATED"] } },
    select: { kind: true, effectiveOn: true },
    orderBy: [{ effectiveOn: "desc" }, { recordedAt: "desc" }],
    take: 1,
  },
} as const satisfies Prisma.DirectClaimsStatusSelect;

export type StatusForChange = Prisma.DirectClaimsStatusGetPayload<{ select: typeof statusForChange }>;

export async function loadStatusForChange(
  tx: Prisma.TransactionClient,
  centreId: string,
  input: { statusId: string; version: number },
): Promise<StatusForChange> {
  const status = await tx.directClaimsStatus.findFirst({ where: { id: input.statusId, centreId }, select: statusForChange });
  if (!status) throw notFound("Direct Claims Status");
  if (status.version !== input.version) throw new AppError("STALE");
  return status;
}

export async function saveStatus(
  tx: Prisma.TransactionClient,
  centreId: string,
  status: StatusForChange,
  data: Omit<Prisma.DirectClaimsStatusUncheckedUpdateManyInput, "version">,
) {
  const { count } = await tx.directClaimsStatus.updateMany({
    where: { id: status.id, centreId, version: status.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("STALE");
}

/** The latest day in the history: a withdrawal or reinstatement cannot be dated before it. */
export function latestEventDay(status: StatusForChange): string {
  return status.events[0] ? isoDay(status.events[0].effectiveOn) : isoDay(status.grantedOn);
}

/** A step dated in the future (by the action's clock) or before the last step is told next to its field. */
export function checkStepDay(status: StatusForChange, on: string, now: Date, field: string) {
  if (on > isoDay(now)) {
    throw new AppError("INVALID_INPUT", "The date cannot be in the future.", { [field]: ["The date cannot be in the future."] });
  }
  const latest = latestEventDay(status);
  if (on < latest) {
    const message = `The date cannot be before the last change to this DCS (${latest}).`;
    throw new AppError("INVALID_INPUT", message, { [field]: [message] });
  }
}

export const qualificationName = (qualification: { qualificationNumber: string; title: string }) =>
  `${qualification.qualificationNumber} ${qualification.title}`;

export const stateLabel = (state: StatusForChange["state"]) => directClaimsStateLabels[state];

export const dayOf = (value: string) => (value === "" ? null : new Date(`${value}T00:00:00Z`));
