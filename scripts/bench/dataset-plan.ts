// The shape of the benchmark dataset (bench:data builds it; bench:http and later benchmarks find
// their people and records by the accounts named here). Pure: no database.

/** Every bench account's password (the bench database holds nothing else). */
export const benchPassword = "Assay bench 2026!";

/** The people whose pages the benchmarks open. */
export const benchAccounts = {
  /** Assessor at the busy centre (centre 1) with 300 candidates allocated. */
  assessor: "bench.assessor@bench.example",
  /** An IQA at the busy centre, whose centre has over 5,000 unit decisions (issue 9's sampling plan). */
  iqa: "bench.iqa@bench.example",
  /** The busy centre's admin (head of centre). */
  admin: "bench.admin@bench.example",
  /** The candidate with evidence across 40 units (entered for those 40 units), allocated to the bench assessor. */
  fortyUnitCandidate: "candidate1@bench.example",
} as const;

/** Staff at every centre, by position: 1 admin, 7 assessors (the 7th not yet qualified), 2 IQAs. */
export const staffRoles = [
  "CENTRE_ADMIN",
  "ASSESSOR",
  "ASSESSOR",
  "ASSESSOR",
  "ASSESSOR",
  "ASSESSOR",
  "ASSESSOR",
  "ASSESSOR",
  "IQA",
  "IQA",
] as const;
/** Position (1-based) of the centre's assessor who is working towards their assessor qualification. */
export const unqualifiedAssessorPosition = 8;
/** Position of the assessor who countersigns at each centre (and, at centre 1, is the bench assessor). */
export const leadAssessorPosition = 2;

export interface DatasetPlan {
  centres: number;
  staffPerCentre: number;
  candidates: number;
  /** Candidates allocated to the bench assessor, all at centre 1 and active. */
  namedAssessorCandidates: number;
  /** Units with evidence for the forty-unit candidate (units 1 to 40 of the qualification). */
  fortyUnits: number;
  evidenceLinks: number;
  /** Criteria linked per evidence item (the last item may link fewer). */
  linksPerItem: number;
  /** Unit decisions per candidate at the busy centre, and at every other centre. */
  busyCentreDecisionsPerCandidate: number;
  decisionsPerCandidate: number;
}

/**
 * The dataset at a scale: 1 is the (200 centres, 2,000 staff, 50,000 candidates, 1,000,000
 * evidence-to-criterion links); a smaller scale (BENCH_SCALE=0.1) shrinks candidates and links for a
 * quick try, keeping the centres, the staff, the 300-candidate assessor and the 40-unit candidate.
 */
export function datasetPlan(scale = 1): DatasetPlan {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) throw new Error(`BENCH_SCALE must be above 0 and at most 1 (got ${scale}).`);
  const centres = 200;
  const namedAssessorCandidates = 300;
  // At least every centre's share, beyond the bench assessor's 300.
  const candidates = Math.max(namedAssessorCandidates + 2 * centres, Math.round(50_000 * scale));
  return {
    centres,
    staffPerCentre: staffRoles.length,
    candidates,
    namedAssessorCandidates,
    fortyUnits: 40,
    evidenceLinks: Math.max(candidates * 10, Math.round(1_000_000 * scale)),
    linksPerItem: 5,
    busyCentreDecisionsPerCandidate: 12,
    decisionsPerCandidate: 2,
  };
}

/**
 * Where candidate `index` (1-based) is registered and who assesses them: the first
 * namedAssessorCandidates are the bench assessor's at centre 1; the rest go round the centres and
 * then round the centre's other assessors (positions 3 to 8).
 */
export function candidatePlacement(plan: DatasetPlan, index: number): { centre: number; assessorPosition: number } {
  if (index <= plan.namedAssessorCandidates) return { centre: 1, assessorPosition: leadAssessorPosition };
  const rest = index - plan.namedAssessorCandidates - 1;
  return { centre: 1 + (rest % plan.centres), assessorPosition: 3 + (Math.floor(rest / plan.centres) % 6) };
}

/** How the links are split: the forty-unit candidate's (every criterion of their 40 units once) and everyone else's. */
export function linkSplit(plan: DatasetPlan, fortyUnitCriteria: number): { generalLinks: number; generalItems: number } {
  const generalLinks = plan.evidenceLinks - fortyUnitCriteria;
  if (generalLinks < 0)
    throw new Error(`The forty-unit candidate alone needs ${fortyUnitCriteria} links; the plan has ${plan.evidenceLinks}.`);
  return { generalLinks, generalItems: Math.ceil(generalLinks / plan.linksPerItem) };
}

/**
 * Criteria for a unit that has none in the reference material: 2 to 4 outcomes of 3 or 4 criteria
 * (always at least 5, so one evidence item's 5 links are 5 different criteria).
 */
export function generatedOutcomes(
  unitIndex: number,
  unitTitle: string,
): { ref: string; title: string; criteria: { ref: string; text: string }[] }[] {
  const verbs = ["Explain", "Describe", "Demonstrate", "Evaluate", "Identify", "Carry out", "Review"];
  const outcomeCount = 2 + (unitIndex % 3);
  const criteriaPerOutcome = 3 + (unitIndex % 2);
  const subject = unitTitle.charAt(0).toLowerCase() + unitTitle.slice(1);
  return Array.from({ length: outcomeCount }, (_, o) => ({
    ref: String(o + 1),
    title: `${o % 2 === 0 ? "Understand how to" : "Be able to"} ${subject} (part ${o + 1})`,
    criteria: Array.from({ length: criteriaPerOutcome }, (_, c) => ({
      ref: `${o + 1}.${c + 1}`,
      text: `${verbs[(o * criteriaPerOutcome + c) % verbs.length]} aspect ${c + 1} of part ${o + 1} when working to ${subject}`,
    })),
  }));
}
