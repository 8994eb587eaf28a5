import "server-only";
import type { Prisma } from "@/lib/db/client";
import { startOfUtcDay } from "@/lib/format/dates";

// Handbook 5.21: claims made under Direct Claims Status are provisional until the external
// verifier confirms them at the next visit. Called by the visits area, inside the transaction that
// records a visit report saying the EV confirmed the DCS claims (that action writes the audit entry).

/**
 * Confirms the centre's provisional lines claimed on or before the visit day, as confirmed by
 * `visitId` on that day. Returns how many lines it confirmed (lines already confirmed are left).
 */
export async function confirmDirectClaims(
  tx: Prisma.TransactionClient,
  { centreId, visitId, visitOn }: { centreId: string; visitId: string; visitOn: Date },
): Promise<number> {
  const day = startOfUtcDay(visitOn);
  const confirmed = await tx.certificateClaimLine.updateMany({
    where: { centreId, provisional: true, batch: { centreId, status: "CLAIMED", claimedOn: { lte: day } } },
    data: { provisional: false, confirmedOn: day, confirmedByVisitId: visitId },
  });
  return confirmed.count;
}
