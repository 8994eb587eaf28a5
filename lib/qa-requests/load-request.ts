import "server-only";
import type { AwardingBodyAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { ownCaseRefusal } from "@/lib/rules/separation-of-duties";

/** Refuses a member of staff sending, completing or cancelling a request made of themselves. */
export function refuseOwnQaRequest(access: AwardingBodyAccess, assessorUserId: string) {
  const refusal = ownCaseRefusal(access.userId, assessorUserId, "qaRequest", access.workspace.name);
  if (refusal) throw new AppError("FORBIDDEN", refusal, { _form: [refusal] });
}

/** An open request of the acting body at the version the person saw; another body's is "not found", the actor's own is refused. */
export async function requireOpenQaRequest(tx: Prisma.TransactionClient, access: AwardingBodyAccess, requestId: string, version: number) {
  const request = await tx.qualityAssuranceRequest.findFirst({
    where: { id: requestId, awardingBodyId: access.workspace.awardingBodyId },
    select: { id: true, kind: true, status: true, version: true, assessorUserId: true, assessor: { select: { name: true } } },
  });
  if (!request) throw notFound("Quality-assurance request");
  refuseOwnQaRequest(access, request.assessorUserId);
  if (request.version !== version) throw new AppError("STALE");
  if (request.status !== "OPEN") {
    const message = request.status === "COMPLETED" ? "This request is already completed." : "This request was cancelled.";
    throw new AppError("CONFLICT", message, { _form: [message] });
  }
  return request;
}

export async function updateOpenQaRequest(
  tx: Prisma.TransactionClient,
  request: { id: string; version: number },
  data: Omit<Prisma.QualityAssuranceRequestUpdateManyMutationInput, "version">,
) {
  const { count } = await tx.qualityAssuranceRequest.updateMany({
    where: { id: request.id, version: request.version, status: "OPEN" },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("STALE");
}
