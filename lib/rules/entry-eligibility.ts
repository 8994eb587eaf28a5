// Entry and eligibility (OCR handbook 1.4, 7.3, 7.4, 11.1): whether a candidate may be entered
// for a qualification, and whether a certification claim has the ULN it needs.
import { ageOn, type IsoDate } from "./dates";
import { hasProblems, problem, warning, type RuleFinding } from "./findings";
import type { AgeGroup, RegulatedQualificationSpec } from "./qualification-spec";
import { ulnProblem } from "./uln";

const AGE_GROUP_NAMES: Record<AgeGroup, string> = { pre16: "pre-16", "16-18": "16–18", "18+": "18+", "19+": "19+" };

/**
 * The Ofqual age groups a candidate of this age belongs to. They overlap: an 18-year-old is in
 * both 16–18 and 18+, and may be entered if either is approved.
 */
export function ageGroupsOf(age: number): AgeGroup[] {
  const groups: AgeGroup[] = [];
  if (age < 16) groups.push("pre16");
  if (age >= 16 && age <= 18) groups.push("16-18");
  if (age >= 18) groups.push("18+");
  if (age >= 19) groups.push("19+");
  return groups;
}

export interface AgeEligibility {
  readonly eligible: boolean;
  /** Age in whole years on the entry date. */
  readonly age: number;
  readonly ageGroups: AgeGroup[];
  readonly finding: RuleFinding | null;
}

/** Handbook 11.1 (approved age groups) and 1.4 (accredited for learners aged 16 and over), as of the entry date. */
export function checkAgeEligibility(
  dateOfBirth: IsoDate,
  entryDate: IsoDate,
  approvedAgeGroups: Readonly<Record<AgeGroup, boolean>>,
): AgeEligibility {
  const age = ageOn(dateOfBirth, entryDate);
  const ageGroups = ageGroupsOf(age);
  const eligible = ageGroups.some((group) => approvedAgeGroups[group]);
  const approved = (Object.keys(approvedAgeGroups) as AgeGroup[]).filter((group) => approvedAgeGroups[group]);
  const finding = eligible
    ? null
    : problem(
        "entry.age-group-not-approved",
        `The candidate is ${age} on the entry date (${entryDate}). This qualification is approved only for ${approved.map((group) => AGE_GROUP_NAMES[group]).join(", ")} learners.`,
        "OCR handbook 1.4, 11.1",
      );
  return { eligible, age, ageGroups, finding };
}

/** Handbook 7.3: a candidate is entered for the full award or for individual units. */
export type EntryRoute = { readonly kind: "fullAward" } | { readonly kind: "unit"; readonly unitUrn: string };

export interface ExistingEntry {
  readonly route: EntryRoute;
  /** A withdrawn entry no longer counts. */
  readonly withdrawn?: boolean;
}

/** Handbook 7.3.1, 7.3.2: full award or units, never both; no duplicate entries; only the qualification's units. */
export function checkEntryRoute(
  requested: EntryRoute,
  existingEntries: readonly ExistingEntry[],
  qualification: Pick<RegulatedQualificationSpec, "unitEntriesAllowed" | "units">,
): RuleFinding[] {
  const source = "OCR handbook 7.3.2";
  const live = existingEntries.filter((entry) => !entry.withdrawn).map((entry) => entry.route);
  const findings: RuleFinding[] = [];
  if (requested.kind === "fullAward") {
    if (live.some((route) => route.kind === "fullAward")) {
      findings.push(problem("entry.duplicate", "The candidate is already entered for the full award.", source));
    }
    if (live.some((route) => route.kind === "unit")) {
      findings.push(
        problem(
          "entry.full-award-and-units",
          "The candidate already has unit entries. Candidates are entered for the full award or for individual units, not both: withdraw the unit entries first.",
          source,
        ),
      );
    }
    return findings;
  }
  if (!qualification.unitEntriesAllowed) {
    findings.push(problem("entry.unit-entries-not-allowed", "This qualification takes full-award entries only.", "OCR handbook 7.3.1"));
  }
  if (!qualification.units.some((unit) => unit.urn === requested.unitUrn)) {
    findings.push(
      problem("entry.unit-not-in-qualification", `Unit ${requested.unitUrn} is not a unit of this qualification.`, "OCR handbook 2.2"),
    );
  }
  if (live.some((route) => route.kind === "fullAward")) {
    findings.push(
      problem(
        "entry.full-award-and-units",
        "The candidate is already entered for the full award. Candidates are entered for the full award or for individual units, not both.",
        source,
      ),
    );
  }
  if (live.some((route) => route.kind === "unit" && route.unitUrn === requested.unitUrn)) {
    findings.push(problem("entry.duplicate", `The candidate is already entered for unit ${requested.unitUrn}.`, source));
  }
  return findings;
}

export interface UlnFacts {
  /** The ULN as recorded, or null when the candidate has none yet. */
  readonly uln: string | null;
  /** Whether the candidate's programme is publicly funded. */
  readonly publiclyFunded: boolean;
}

/**
 * Handbook 7.4, before a certification claim: a publicly funded candidate must have a valid ULN
 * (a condition of funding); anyone else may be claimed without one, but their achievements then
 * cannot reach their Personal Learning Record. A ULN that is recorded must be valid.
 */
export function checkUlnForCertification(facts: UlnFacts): RuleFinding[] {
  const source = "OCR handbook 7.4";
  if (facts.uln !== null && facts.uln.trim() !== "") {
    const reason = ulnProblem(facts.uln);
    return reason === null ? [] : [problem("uln.invalid", reason, source)];
  }
  if (facts.publiclyFunded) {
    return [
      problem(
        "uln.missing-publicly-funded",
        "This candidate is publicly funded, so they must have a valid ULN before certification is claimed.",
        source,
      ),
    ];
  }
  return [
    warning(
      "uln.missing",
      "The candidate has no ULN. The claim will be accepted, but their achievements cannot be sent to their Personal Learning Record.",
      source,
    ),
  ];
}

export interface EntryRequest {
  readonly qualification: Pick<RegulatedQualificationSpec, "approvedAgeGroups" | "unitEntriesAllowed" | "units">;
  readonly candidate: {
    readonly dateOfBirth: IsoDate | null;
    readonly uln: string | null;
    readonly publiclyFunded: boolean;
    /** Date of the candidate's initial assessment (handbook 1.4, 5.3), if one has been recorded. */
    readonly initialAssessmentOn?: IsoDate | null;
  };
  readonly entryDate: IsoDate;
  readonly route: EntryRoute;
  readonly existingEntries: readonly ExistingEntry[];
}

export interface EntryCheck {
  readonly allowed: boolean;
  /** Every problem and warning, not just the first. */
  readonly findings: RuleFinding[];
}

/** Everything checked when a centre makes an entry. */
export function checkEntry(request: EntryRequest): EntryCheck {
  const findings: RuleFinding[] = [];
  const { candidate } = request;
  if (candidate.dateOfBirth === null) {
    findings.push(
      problem(
        "entry.date-of-birth-missing",
        "Record the candidate's date of birth: entries are named and the age group depends on it.",
        "OCR handbook 7.3.2, 11.1",
      ),
    );
  } else {
    const age = checkAgeEligibility(candidate.dateOfBirth, request.entryDate, request.qualification.approvedAgeGroups);
    if (age.finding) findings.push(age.finding);
  }
  findings.push(...checkEntryRoute(request.route, request.existingEntries, request.qualification));

  // At entry a missing ULN is never blocking: it is needed by the certification claim.
  const uln = checkUlnForCertification(candidate);
  for (const finding of uln) {
    if (finding.code === "uln.missing-publicly-funded") {
      findings.push(
        warning(finding.code, "This candidate is publicly funded: record a valid ULN before certification is claimed.", finding.source),
      );
    } else {
      findings.push(finding);
    }
  }
  if (!candidate.initialAssessmentOn) {
    findings.push(
      warning(
        "entry.no-initial-assessment",
        "No initial assessment is recorded. OCR recommends one to check the candidate can reach the required standard and to choose optional units.",
        "OCR handbook 1.4, 5.3",
      ),
    );
  }
  return { allowed: !hasProblems(findings), findings };
}
