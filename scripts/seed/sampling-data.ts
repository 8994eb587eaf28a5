// What the internal quality assurance demo data holds that other code names: the end-to-end
// journey (issue 9) finds its units by these, and the sign-in notes describe them.
// The data itself is written by scripts/seed/sampling-stories.ts.

/**
 * Riverside's current sampling plan (Ravi Kapoor, RECORDED) has items still awaiting sampling,
 * two of them set aside for the end-to-end journey. Both are Hannah Lewis's summative decisions,
 * signed off and countersigned by nobody yet.
 */
export const iqaJourney = {
  centre: "Riverside Training Ltd",
  iqa: "ravi.kapoor@riverside.example",
  assessor: "hannah.lewis@riverside.example",
  /** Sampled with "agree with action" (an action for Hannah), then countersigned by Ravi. */
  agreeWithAction: { candidate: "Aisha Begum", unit: "J/506/2910" },
  /** Sampled with "disagree": the decision is reopened for Hannah. */
  disagree: { candidate: "Lewis Grant", unit: "R/506/2151" },
} as const;

/** Northgate's current plan is a DRAFT for Grace Mensah, still to be recorded. */
export const iqaDraftPlan = { centre: "Northgate College", iqa: "grace.mensah@northgate.example" } as const;
