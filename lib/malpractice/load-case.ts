import "server-only";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";

const caseForChange = {
  id: true,
  version: true,
  status: true,
  cameToLightOn: true,
  reportedToAwardingBodyOn: true,
  staffMember: { select: { name: true } },
  candidate: { select: { name: true } },
} as const;

export type MalpracticeCaseForChange = Prisma.MalpracticeCaseGetPayload<{ select: typeof caseForChange }>;

/** The case in the centre on the version the head of centre saw; another centre's is "not found". */
export async function loadCaseForChange(
  tx: Prisma.TransactionClient,
  centreId: string,
  input: { caseId: string; version: number },
): Promise<MalpracticeCaseForChange> {
  const found = await tx.malpracticeCase.findFirst({ where: { id: input.caseId, centreId }, select: caseForChange });
  if (!found) throw notFound("Case");
  if (found.version !== input.version) throw new AppError("STALE");
  return found;
}

export function personOf(found: Pick<MalpracticeCaseForChange, "staffMember" | "candidate">): string {
  return found.staffMember?.name ?? found.candidate?.name ?? "Unknown";
}

/** A closed case takes no more changes. */
export function refuseIfClosed(found: MalpracticeCaseForChange, field: string) {
  if (found.status === "CLOSED") {
    const message = "The case is closed.";
    throw new AppError("CONFLICT", message, { [field]: [message] });
  }
}

/** A day from the form must not be before the case came to light nor after today (the action's clock). */
export function refuseBadDay(found: MalpracticeCaseForChange, value: string, now: Date, field: string) {
  const cameToLight = found.cameToLightOn.toISOString().slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  const message =
    value < cameToLight
      ? `The date cannot be before the case came to light (${cameToLight}).`
      : value > today
        ? "The date cannot be in the future."
        : null;
  if (message) throw new AppError("INVALID_INPUT", message, { [field]: [message] });
}

export async function bumpVersion(
  tx: Prisma.TransactionClient,
  centreId: string,
  found: MalpracticeCaseForChange,
  data: Prisma.MalpracticeCaseUpdateManyMutationInput,
) {
  const { count } = await tx.malpracticeCase.updateMany({
    where: { id: found.id, centreId, version: found.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("STALE");
}

export const dayOf = (value: string) => new Date(`${value}T00:00:00Z`);
