// The key that makes a claim unique per candidate: the unique (centreId, candidateId, claimKey)
// index refuses a second line for the same unit or award, even from two admins at once.

export const unitClaimKey = (unitId: string) => `unit:${unitId}`;
export const awardClaimKey = (qualificationId: string) => `award:${qualificationId}`;
