import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import type { RecordForRetention } from "@/lib/rules/retention";
import { openAppealStatuses } from "./labels";

type Db = PrismaClient | Prisma.TransactionClient;
export type OpenCase = NonNullable<RecordForRetention["openCases"]>[number];

/**
 * Open appeals, as a Prisma filter (lib/rules/appeals.ts `isAppealOpen`): not yet decided or
 * withdrawn by the centre, or referred to the awarding body with its outcome not yet recorded.
 * The unit page's claim check (lib/sign-off/queries.ts) and openCasesFor read it.
 */
export const openAppealWhere = {
  OR: [{ status: { in: [...openAppealStatuses] } }, { referredOn: { not: null }, awardingBodyOutcomeOn: null }],
} satisfies Prisma.AppealWhereInput;

/** Malpractice cases still under investigation (OCR handbook 5.22). */
export const openMalpracticeWhere = { status: "UNDER_INVESTIGATION" } satisfies Prisma.MalpracticeCaseWhereInput;

/**
 * The open cases that need a person's records kept, for the retention rule's `openCases`
 * (lib/rules/retention.ts): "appeal" while the candidate has an open appeal, "malpractice" while a
 * case about the candidate (or, with staffUserId, about the staff member) is under investigation.
 * Every read is within the centre. For server code only (claims, retention); it checks no
 * permission, so never hand its answer to a page without one.
 */
export async function openCasesFor(
  db: Db,
  { centreId, candidateId, staffUserId }: { centreId: string; candidateId?: string; staffUserId?: string },
): Promise<OpenCase[]> {
  const [appeals, cases] = await Promise.all([
    candidateId ? db.appeal.count({ where: { centreId, candidateId, ...openAppealWhere } }) : 0,
    candidateId || staffUserId
      ? db.malpracticeCase.count({
          where: {
            centreId,
            ...openMalpracticeWhere,
            OR: [...(candidateId ? [{ candidateId }] : []), ...(staffUserId ? [{ staffUserId }] : [])],
          },
        })
      : 0,
  ]);
  return [...(appeals > 0 ? (["appeal"] as const) : []), ...(cases > 0 ? (["malpractice"] as const) : [])];
}
