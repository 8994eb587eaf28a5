// What a centre can claim for one candidate now (OCR handbook 7.3.2, 7.4, 7.5, 8), and every reason
// it cannot, in words the admin can act on. Pure: the caller reads the candidate, the units'
// claim requests (lib/rules/unit-claim.ts), what is already in a claim batch, and the qualification.
//
// Handbook 8: a candidate who achieves the full qualification receives a unit certificate listing
// their units *and* the full qualification certificate, from one claim of the award; a candidate
// who achieves units without the full qualification receives a certificate listing those units.
// So:
// - a UNITS entry claims unit certificates for its entered units only, never the award (7.3.2:
//   entered for the award or for units, not both);
// - a FULL_AWARD entry claims the award once the rule of combination is met by units that can be
//   claimed (or already were); until then it may claim unit certificates for units already cleared
//   (a candidate leaving early keeps the credit), and once the award can be claimed, or has been,
//   its units are on the award's unit certificate and are not claimed one by one.
import type { IsoDate } from "./dates";
import { checkUlnForCertification } from "./entry-eligibility";
import { hasProblems, listInEnglish, problem, warning, type RuleFinding } from "./findings";
import { evaluateRuleOfCombination, type QualificationSpec } from "./rule-of-combination";
import { unitClaimBlocks, type UnitClaimRequest } from "./unit-claim";

export interface ClaimCandidateFacts {
  readonly status: "active" | "withdrawn" | "completed";
  readonly withdrawnOn: IsoDate | null;
  readonly entryType: "fullAward" | "units";
  /** Units entered for, for a unit entry (ids). */
  readonly entryUnitIds: readonly string[];
  readonly uln: string | null;
  readonly publiclyFunded: boolean;
}

export interface ClaimUnitFacts {
  readonly id: string;
  readonly urn: string;
  /** The unit's claim request; null when nothing was ever decided for it. */
  readonly request: UnitClaimRequest | null;
  /** Already in a claim batch (draft or claimed). */
  readonly inBatch: boolean;
}

export interface ClaimFacts {
  readonly candidate: ClaimCandidateFacts;
  /** Every unit of the qualification, in the spec's order. */
  readonly units: readonly ClaimUnitFacts[];
  readonly spec: QualificationSpec;
  /** The full award is already in a claim batch. */
  readonly awardInBatch: boolean;
  /** The qualification's last date for certification claims, if it has one. */
  readonly certificationEndDate: IsoDate | null;
  readonly asOf: IsoDate;
}

export interface ClaimItemAnswer {
  readonly claimable: boolean;
  /**
   * Problems that stop it (empty when claimable). Still worked out for an item already in a batch
   * (which is never claimable again), so a draft can be checked before it is marked claimed.
   */
  readonly reasons: RuleFinding[];
}

export interface ClaimAnswer {
  /** The units shown for the candidate: entered units for a unit entry; units with a decision or a claim for a full award. */
  readonly units: ReadonlyMap<string, ClaimItemAnswer>;
  readonly fullAward: ClaimItemAnswer;
  /** Warnings about the candidate that do not stop a claim (no ULN: handbook 7.4). */
  readonly warnings: RuleFinding[];
}

const NO_REQUEST: UnitClaimRequest = { decision: null, latestSampling: null, openAppeal: false };
const SOURCE_ENTRY = "OCR handbook 7.3.2";
const SOURCE_CERTIFICATION = "OCR handbook 8";

function candidateBlocks(facts: ClaimFacts): RuleFinding[] {
  const blocks: RuleFinding[] = [];
  if (facts.candidate.status === "withdrawn") {
    blocks.push(
      problem(
        "claim.withdrawn",
        `The candidate was withdrawn${facts.candidate.withdrawnOn ? ` on ${facts.candidate.withdrawnOn}` : ""}: nothing can be claimed for them.`,
        "OCR handbook 7.5",
      ),
    );
  }
  if (facts.certificationEndDate !== null && facts.certificationEndDate < facts.asOf) {
    blocks.push(
      problem(
        "claim.certification-ended",
        `The qualification's last date for certification claims was ${facts.certificationEndDate}.`,
        "OCR handbook 5.21.3",
      ),
    );
  }
  return blocks;
}

/** Handbook 7.4 on the ULN: never a block here, a warning the admin sees before claiming. */
function ulnWarnings(candidate: ClaimCandidateFacts): RuleFinding[] {
  return checkUlnForCertification({ uln: candidate.uln, publiclyFunded: candidate.publiclyFunded }).map((finding) =>
    warning(finding.code, finding.message, finding.source),
  );
}

export function certificateClaims(facts: ClaimFacts): ClaimAnswer {
  const { candidate } = facts;
  const blocks = candidateBlocks(facts);
  const units = candidate.entryType === "units" ? facts.units.filter((unit) => candidate.entryUnitIds.includes(unit.id)) : facts.units;
  const cleared = new Map(units.map((unit) => [unit.id, unitClaimBlocks(unit.request ?? NO_REQUEST)]));

  // The award: met by units that can be claimed now or already were.
  let fullAward: ClaimItemAnswer;
  let awardCovers = false;
  if (candidate.entryType === "units") {
    fullAward = {
      claimable: false,
      reasons: [problem("claim.unit-entry", "Entered for units, not the full award: only unit certificates can be claimed.", SOURCE_ENTRY)],
    };
  } else {
    const counting = units.filter((unit) => unit.inBatch || !hasProblems(cleared.get(unit.id) ?? [])).map((unit) => unit.urn);
    const combination = evaluateRuleOfCombination(facts.spec, counting);
    awardCovers = facts.awardInBatch || combination.achieved;
    const reasons = [...blocks];
    if (!combination.achieved) {
      const shortfalls = combination.shortfalls.map((shortfall) => shortfall.message.replace(/[.\s]+$/, ""));
      reasons.push(
        problem(
          "claim.award-not-achieved",
          `The rule of combination is not yet met by units that can be claimed${shortfalls.length ? `: ${listInEnglish(shortfalls)}` : ""}.`,
          "OCR handbook 2.1, 8",
        ),
      );
    }
    fullAward = { claimable: !facts.awardInBatch && !hasProblems(reasons), reasons };
  }

  const answers = new Map<string, ClaimItemAnswer>();
  for (const unit of units) {
    if (candidate.entryType === "fullAward" && !unit.inBatch && unit.request === null) continue;
    const reasons = [...blocks, ...(cleared.get(unit.id) ?? [])];
    if (awardCovers && !unit.inBatch && !hasProblems(reasons)) {
      reasons.push(
        problem(
          "claim.included-in-award",
          "The full award's claim brings a unit certificate listing this unit: it is not claimed on its own.",
          SOURCE_CERTIFICATION,
        ),
      );
    }
    answers.set(unit.id, { claimable: !unit.inBatch && !hasProblems(reasons), reasons });
  }
  return { units: answers, fullAward, warnings: ulnWarnings(candidate) };
}
