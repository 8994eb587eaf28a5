import type { Prisma } from "@/lib/db/client";

/**
 * What a candidate may need the centre admin's attention for: the candidate list's "needs" filter
 * and the admin home's counts use these same conditions, so a count and the list it links to agree.
 */
export const candidateAttentionValues = ["no-uln", "no-assessor", "awaiting-countersignature"] as const;
export type CandidateAttention = (typeof candidateAttentionValues)[number];

export const candidateAttentionLabels: Record<CandidateAttention, string> = {
  "no-uln": "No ULN",
  "no-assessor": "No assessor allocated",
  "awaiting-countersignature": "A decision awaiting countersignature",
};

export const candidateAttentionOptions = candidateAttentionValues.map((value) => ({ value, label: candidateAttentionLabels[value] }));

/** The where-condition for one kind of attention, scoped to the centre (a decision is the centre's own too). */
export function candidateAttentionWhere(centreId: string, attention: CandidateAttention): Prisma.CandidateWhereInput {
  switch (attention) {
    case "no-uln":
      return { centreId, uln: null };
    case "no-assessor":
      return { centreId, assessorUserId: null };
    case "awaiting-countersignature":
      return { centreId, unitDecisions: { some: { centreId, status: "AWAITING_COUNTERSIGNATURE" } } };
  }
}
