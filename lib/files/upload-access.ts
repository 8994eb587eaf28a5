import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The candidate a file may be uploaded for: the candidate themselves (their own registration at
 * the active centre), or staff of that centre allowed to upload evidence who may assess them
 * (active, no blocking conflict of interest). Another centre's candidate, or another candidate's
 * registration, is "not found".
 */
export async function loadCandidateForUpload(db: Db, access: CentreAccess, candidateId: string, now: Date) {
  if (!rolesCan(access.workspace.roles, "evidence.upload")) throw notFound("Candidate");
  const candidate = await loadCandidate(db, access, candidateId);
  if (candidate.userId === access.userId) {
    if (candidate.status !== "ACTIVE") {
      throw new AppError(
        "CONFLICT",
        "Your registration is no longer active, so no new files can be added. Ask your centre if this is wrong.",
      );
    }
  } else {
    await assertMayAssess(db, access, candidate, now);
  }
  return candidate;
}
