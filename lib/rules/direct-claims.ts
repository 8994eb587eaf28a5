// Direct Claims Status (OCR handbook 5.21, 5.21.3): a centre with DCS claims certificates between
// external verifier visits. Those certificates stay provisional until a verification visit confirms
// them; a visit must take place before the qualification's end date and include every candidate;
// DCS ends once that final visit has taken place.
import type { IsoDate } from "./dates";
import { listInEnglish, problem, warning, type RuleFinding } from "./findings";

export interface DirectClaim {
  readonly candidateId: string;
  readonly claimedOn: IsoDate;
}

export interface VerificationVisit {
  readonly on: IsoDate;
  /** "planned" until the visit has happened. */
  readonly state: "planned" | "held";
  /** The last visit for the qualification (handbook 5.21.3). */
  readonly final: boolean;
  readonly candidateIdsIncluded: readonly string[];
  /** Whether the external verifier confirmed the direct claims made before the visit. */
  readonly directClaimsConfirmed: boolean;
}

export interface ClaimStatus {
  readonly status: "provisional" | "confirmed";
  /** The visit that confirmed the certificate. */
  readonly confirmedOn: IsoDate | null;
}

/** Handbook 5.21: a certificate claimed directly is provisional until a verification visit after the claim confirms it. */
export function directClaimStatus(claim: DirectClaim, visits: readonly VerificationVisit[]): ClaimStatus {
  const confirming = visits
    .filter((visit) => visit.state === "held" && visit.directClaimsConfirmed && visit.on >= claim.claimedOn)
    .sort((a, b) => (a.on < b.on ? -1 : 1))[0];
  return confirming ? { status: "confirmed", confirmedOn: confirming.on } : { status: "provisional", confirmedOn: null };
}

export interface DirectClaimsStatusFacts {
  /** When OCR notified the centre it could use DCS; null if never. */
  readonly grantedOn: IsoDate | null;
  /** When OCR withdrew DCS (5.21.1); null if not withdrawn. */
  readonly withdrawnOn: IsoDate | null;
  /** Qualification numbers in the authorisation letter. */
  readonly authorisedQualificationNumbers: readonly string[];
}

export interface DirectClaimRequest {
  readonly qualificationNumber: string;
  /** The qualification's last certification (end) date; null when none is published yet. */
  readonly qualificationEndDate: IsoDate | null;
  readonly visits: readonly VerificationVisit[];
  readonly claimOn: IsoDate;
}

/** Handbook 5.21, 5.21.1, 5.21.3: whether a certificate may be claimed directly on a date. */
export function checkDirectClaimAllowed(facts: DirectClaimsStatusFacts, request: DirectClaimRequest): RuleFinding[] {
  const findings: RuleFinding[] = [];
  if (facts.grantedOn === null || facts.grantedOn > request.claimOn) {
    findings.push(problem("dcs.not-granted", "The centre does not have Direct Claims Status.", "OCR handbook 5.21"));
  }
  if (facts.withdrawnOn !== null && facts.withdrawnOn <= request.claimOn) {
    findings.push(problem("dcs.withdrawn", `Direct Claims Status was withdrawn on ${facts.withdrawnOn}.`, "OCR handbook 5.21.1"));
  }
  if (!facts.authorisedQualificationNumbers.includes(request.qualificationNumber)) {
    findings.push(
      problem(
        "dcs.qualification-not-authorised",
        `Qualification ${request.qualificationNumber} is not in the centre's DCS authorisation letter.`,
        "OCR handbook 5.21",
      ),
    );
  }
  const finalVisit = request.visits.find((visit) => visit.final && visit.state === "held" && visit.on < request.claimOn);
  if (finalVisit) {
    findings.push(
      problem(
        "dcs.ended-after-final-visit",
        `The final verification visit took place on ${finalVisit.on}, so Direct Claims Status has ended for this qualification.`,
        "OCR handbook 5.21.3",
      ),
    );
  }
  if (request.qualificationEndDate !== null && request.claimOn > request.qualificationEndDate) {
    findings.push(
      problem("dcs.after-end-date", `The qualification's end date (${request.qualificationEndDate}) has passed.`, "OCR handbook 5.21.3"),
    );
  }
  return findings;
}

export interface FinalVisitFacts {
  readonly qualificationEndDate: IsoDate;
  /** Every candidate registered at the centre for the qualification. */
  readonly candidateIds: readonly string[];
  readonly visits: readonly VerificationVisit[];
  readonly asOf: IsoDate;
}

/**
 * Handbook 5.21.3: a verification visit must take place before the qualification's end date and
 * include every candidate. Planned visits count until their date passes, so the centre is warned
 * in time rather than told afterwards.
 */
export function checkFinalVerificationVisit(facts: FinalVisitFacts): RuleFinding[] {
  const source = "OCR handbook 5.21.3";
  const findings: RuleFinding[] = [];
  const beforeEnd = facts.visits.filter(
    (visit) => visit.on < facts.qualificationEndDate && (visit.state === "held" || visit.on >= facts.asOf),
  );
  const lateFinal = facts.visits.filter((visit) => visit.final && visit.on >= facts.qualificationEndDate);
  for (const visit of lateFinal) {
    findings.push(
      problem(
        "dcs.final-visit-after-end-date",
        `The final visit on ${visit.on} is not before the qualification's end date (${facts.qualificationEndDate}).`,
        source,
      ),
    );
  }
  const finalVisit = beforeEnd.filter((visit) => visit.final).sort((a, b) => (a.on < b.on ? 1 : -1))[0];
  if (!finalVisit) {
    const passed = facts.asOf >= facts.qualificationEndDate;
    findings.push(
      passed
        ? problem(
            "dcs.no-final-visit",
            `No final verification visit took place before the qualification's end date (${facts.qualificationEndDate}).`,
            source,
          )
        : warning(
            "dcs.no-final-visit",
            `Arrange a final verification visit before the qualification's end date (${facts.qualificationEndDate}), including every candidate.`,
            source,
          ),
    );
    return findings;
  }
  const missing = facts.candidateIds.filter((id) => !finalVisit.candidateIdsIncluded.includes(id));
  if (missing.length > 0) {
    findings.push(
      problem(
        "dcs.final-visit-missing-candidates",
        `The final visit on ${finalVisit.on} does not include ${missing.length === 1 ? "candidate" : "candidates"} ${listInEnglish(missing)}. Every candidate must be included.`,
        source,
      ),
    );
  }
  return findings;
}
