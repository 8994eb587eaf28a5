import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";

// The checks every change to a sampling plan shares: the plan is the centre's (another centre's is
// "not found"), it is the acting IQA's own, it is still a draft, and the IQA saw its latest version
// (optimistic lock: each change bumps the plan's version).

type Tx = Prisma.TransactionClient;

export function toDay(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export const recordedPlanMessage = "This sampling plan is recorded: items can no longer be added or dropped.";

export async function loadPlanForChange(tx: Tx, access: CentreAccess, planId: string, version: number) {
  const plan = await tx.samplingPlan.findFirst({
    where: { id: planId, centreId: access.workspace.centreId },
    include: { iqa: { select: { name: true } }, qualification: { select: { title: true } } },
  });
  if (!plan) throw notFound("Sampling plan");
  if (plan.iqaUserId !== access.userId) {
    throw new AppError("FORBIDDEN", `Only the plan's IQA, ${plan.iqa.name}, may change this sampling plan.`);
  }
  if (plan.status === "RECORDED") throw new AppError("CONFLICT", recordedPlanMessage);
  if (plan.version !== version) throw new AppError("STALE");
  return plan;
}

/** Bumps the plan's version; refused when someone else changed it in between. */
export async function bumpPlanVersion(
  tx: Tx,
  plan: { id: string; centreId: string; version: number },
  data: Prisma.SamplingPlanUpdateManyMutationInput = {},
) {
  const { count } = await tx.samplingPlan.updateMany({
    where: { id: plan.id, centreId: plan.centreId, version: plan.version, status: "DRAFT" },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("STALE");
  return plan.version + 1;
}
