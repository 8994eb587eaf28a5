import type { CandidateClaimTexts } from "@/lib/certificate-claims/item-texts";

/** A candidate's certificates already in a batch, and those not claimable yet with every reason. */
export function ClaimStandings({ candidate }: { candidate: Pick<CandidateClaimTexts, "inBatches" | "notYet"> }) {
  return (
    <>
      {candidate.inBatches.length > 0 && (
        <div className="text-sm">
          <p className="font-semibold">Already in a batch</p>
          <ul className="ml-5 list-disc">
            {candidate.inBatches.map((item) => (
              <li key={item.label}>
                {item.label}: {item.status.join(" ")}
              </li>
            ))}
          </ul>
        </div>
      )}
      {candidate.notYet.length > 0 && (
        <div className="text-sm">
          <p className="font-semibold">Not claimable yet</p>
          <ul className="ml-5 list-disc">
            {candidate.notYet.map((item) => (
              <li key={item.label}>
                {item.label}: {item.status.join(" ")}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
