import { displayDay } from "@/lib/format/dates";
import { displayFindingDates } from "@/lib/format/finding-text";
import type { RuleFinding } from "@/lib/rules/findings";
import type { CandidateClaimable, ClaimLineInfo } from "./eligibility";
import { entryTypeLabels } from "./labels";
import { claimItemValue } from "./schemas";

// The claims page's words for each candidate and certificate: what can be ticked, what is already
// in a batch, and why anything else cannot be claimed yet.

export type ClaimOption = { value: string; label: string };
export type ClaimStanding = { label: string; status: string[] };
export type CandidateClaimTexts = {
  candidateId: string;
  legend: string;
  warnings: string[];
  options: ClaimOption[];
  /** Certificates already in a batch, with where and when. */
  inBatches: ClaimStanding[];
  /** Certificates not claimable, with every reason. */
  notYet: ClaimStanding[];
};

const day = (iso: string) => displayDay(new Date(`${iso}T00:00:00Z`));

/** "Claimed in CLM-2026-0001 on 23 Nov 2026", its DCS standing and the certificate, or "In draft batch …". */
export function lineStatus(line: ClaimLineInfo): string[] {
  if (line.batchStatus === "DRAFT") return [`In draft batch ${line.reference}, not yet claimed.`];
  const status = [`Claimed in ${line.reference} on ${line.claimedOn ? day(line.claimedOn) : "an unknown day"}.`];
  if (line.provisional) status.push("Provisional under Direct Claims Status: to be confirmed at the next visit.");
  if (line.confirmedOn) status.push(`Direct claim confirmed at the visit on ${day(line.confirmedOn)}.`);
  if (line.certificateReceivedOn) status.push(`Certificate ${line.certificateNumber ?? ""} received ${day(line.certificateReceivedOn)}.`);
  return status;
}

const messages = (reasons: readonly RuleFinding[]) =>
  reasons.filter((reason) => reason.severity === "problem").map((reason) => displayFindingDates(reason.message));

export function candidateClaimTexts(candidate: CandidateClaimable): CandidateClaimTexts {
  const texts: CandidateClaimTexts = {
    candidateId: candidate.candidateId,
    legend: `${candidate.name}: ${candidate.qualification.title} (${entryTypeLabels[candidate.entryType].toLowerCase()})`,
    warnings: candidate.warnings.map((warning) => displayFindingDates(warning.message)),
    options: [],
    inBatches: [],
    notYet: [],
  };
  const award = candidate.fullAward;
  const awardLabel = `Full award: ${candidate.qualification.title} (${candidate.qualification.qualificationNumber})`;
  if (award.line) texts.inBatches.push({ label: awardLabel, status: lineStatus(award.line) });
  else if (award.claimable)
    texts.options.push({ value: claimItemValue(candidate.candidateId, "award", candidate.qualification.id), label: awardLabel });
  else if (candidate.entryType === "FULL_AWARD") texts.notYet.push({ label: awardLabel, status: messages(award.reasons) });
  for (const unit of candidate.units) {
    const label = `Unit ${unit.urn} ${unit.title} (${unit.credit} ${unit.credit === 1 ? "credit" : "credits"})`;
    if (unit.line) texts.inBatches.push({ label, status: lineStatus(unit.line) });
    else if (unit.claimable) texts.options.push({ value: claimItemValue(candidate.candidateId, "unit", unit.unitId), label });
    else texts.notYet.push({ label, status: messages(unit.reasons) });
  }
  return texts;
}
