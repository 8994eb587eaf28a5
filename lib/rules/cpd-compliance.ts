// CPD compliance (Institute of Customer Service code A3; OCR handbook 4.2, 4.5; Naace ICT Mark
// "Continuing professional development" and "Criteria for continuing registration"): from an
// assessor's CPD log and an awarding body's CPD policy, their status on a date and why.
import { addDays, addYears, daysBetween, type IsoDate } from "./dates";
import { listInEnglish, problem, warning, type RuleFinding } from "./findings";

/** ICS A3G: CPD should be a mix relevant to skills as an assessor and to occupational knowledge. */
export type CpdCategory = "assessorSkills" | "occupationalKnowledge";

const CATEGORY_NAMES: Record<CpdCategory, string> = {
  assessorSkills: "your skills as an assessor",
  occupationalKnowledge: "occupational (sector) knowledge and skills",
};

export interface CpdPolicy {
  readonly source: string;
  /**
   * When a policy year starts: on each anniversary of the assessor's approval, or on a fixed day
   * every year (month 1–12).
   */
  readonly year: { readonly kind: "anniversary" } | { readonly kind: "fixed"; readonly startMonth: number; readonly startDay: number };
  /** Hours expected in each policy year; null when the policy sets none. */
  readonly minimumHours: number | null;
  /** Categories each policy year must include at least one activity in. */
  readonly requiredCategories: readonly CpdCategory[];
  /** An event that must be attended every policy year, and the CPD hours it counts for when none are logged. */
  readonly mandatoryEvent: { readonly kind: string; readonly name: string; readonly creditedHours: number } | null;
  /** How close to the end of a policy year an unmet requirement makes the assessor "at risk". */
  readonly atRiskWindowDays: number;
}

export interface CpdLogEntry {
  readonly on: IsoDate;
  /** Hours of CPD; null when not recorded (a mandatory event then counts for its credited hours). */
  readonly hours: number | null;
  readonly category: CpdCategory;
  /** Set when the activity is the policy's mandatory event, e.g. "icsAssessorForum". */
  readonly eventKind?: string | null;
  readonly description: string;
}

export interface CpdYearSummary {
  readonly start: IsoDate;
  /** Last day of the policy year (inclusive). */
  readonly end: IsoDate;
  readonly hours: number;
  readonly hoursByCategory: Readonly<Record<CpdCategory, number>>;
  readonly mandatoryEventAttended: boolean;
  /** What is still missing for this year, in plain English. */
  readonly shortfalls: string[];
}

export type CpdStatus = "compliant" | "atRisk" | "nonCompliant";

export interface CpdCompliance {
  readonly status: CpdStatus;
  readonly currentYear: CpdYearSummary;
  /** The last completed policy year, when it is judged (it started on or after the assessor's approval). */
  readonly previousYear: CpdYearSummary | null;
  /** Why the status is not "compliant"; empty when compliant. */
  readonly findings: RuleFinding[];
}

/**
 * - compliant: this policy year's requirements are met, or there is still time to meet them and the
 *   last completed year was met;
 * - at risk: this year's requirements are unmet and the year ends within the policy's window;
 * - non-compliant: the last completed policy year ended with requirements unmet, and this year's
 *   are not yet met either.
 */
export function cpdCompliance(log: readonly CpdLogEntry[], policy: CpdPolicy, asOf: IsoDate, approvedOn: IsoDate): CpdCompliance {
  const start = policyYearStart(policy, asOf, approvedOn);
  const currentYear = summariseYear(log, policy, start);
  const previousStart = addYears(start, -1);
  const previousYear = previousStart >= approvedOn ? summariseYear(log, policy, previousStart) : null;

  if (currentYear.shortfalls.length === 0) return { status: "compliant", currentYear, previousYear, findings: [] };
  const daysLeft = daysBetween(asOf, currentYear.end);
  const thisYear = warning(
    "cpd.current-year-shortfall",
    `By ${currentYear.end} (${daysLeft} day${daysLeft === 1 ? "" : "s"} left in this CPD year) you still need: ${listInEnglish(currentYear.shortfalls)}.`,
    policy.source,
  );
  if (previousYear && previousYear.shortfalls.length > 0) {
    return {
      status: "nonCompliant",
      currentYear,
      previousYear,
      findings: [
        problem(
          "cpd.previous-year-shortfall",
          `The CPD year ${previousYear.start} to ${previousYear.end} ended without: ${listInEnglish(previousYear.shortfalls)}.`,
          policy.source,
        ),
        thisYear,
      ],
    };
  }
  if (daysLeft <= policy.atRiskWindowDays) return { status: "atRisk", currentYear, previousYear, findings: [thisYear] };
  return { status: "compliant", currentYear, previousYear, findings: [] };
}

/** The first day of the policy year containing `asOf`. */
export function policyYearStart(policy: CpdPolicy, asOf: IsoDate, approvedOn: IsoDate): IsoDate {
  if (policy.year.kind === "anniversary") {
    let years = Number(asOf.slice(0, 4)) - Number(approvedOn.slice(0, 4));
    while (years > 0 && addYears(approvedOn, years) > asOf) years -= 1;
    return addYears(approvedOn, Math.max(0, years));
  }
  const { startMonth, startDay } = policy.year;
  const thisYear = `${asOf.slice(0, 4)}-${String(startMonth).padStart(2, "0")}-${String(startDay).padStart(2, "0")}`;
  return thisYear <= asOf ? thisYear : addYears(thisYear, -1);
}

function summariseYear(log: readonly CpdLogEntry[], policy: CpdPolicy, start: IsoDate): CpdYearSummary {
  const end = addDays(addYears(start, 1), -1);
  const hoursByCategory: Record<CpdCategory, number> = { assessorSkills: 0, occupationalKnowledge: 0 };
  const activities: Record<CpdCategory, number> = { assessorSkills: 0, occupationalKnowledge: 0 };
  let mandatoryEventAttended = false;
  for (const entry of log) {
    if (entry.on < start || entry.on > end) continue;
    const isEvent = policy.mandatoryEvent !== null && entry.eventKind === policy.mandatoryEvent.kind;
    if (isEvent) mandatoryEventAttended = true;
    const hours = entry.hours ?? (isEvent ? (policy.mandatoryEvent?.creditedHours ?? 0) : 0);
    hoursByCategory[entry.category] += hours;
    activities[entry.category] += 1;
  }
  const hours = hoursByCategory.assessorSkills + hoursByCategory.occupationalKnowledge;
  const shortfalls: string[] = [];
  if (policy.minimumHours !== null && hours < policy.minimumHours) {
    shortfalls.push(
      `${formatHours(policy.minimumHours - hours)} more CPD (${formatHours(hours)} of ${formatHours(policy.minimumHours)} so far)`,
    );
  }
  for (const category of policy.requiredCategories) {
    if (activities[category] === 0) shortfalls.push(`CPD on ${CATEGORY_NAMES[category]}`);
  }
  if (policy.mandatoryEvent !== null && !mandatoryEventAttended) shortfalls.push(`attendance at ${policy.mandatoryEvent.name}`);
  return { start, end, hours, hoursByCategory, mandatoryEventAttended, shortfalls };
}

function formatHours(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return `${rounded} hour${rounded === 1 ? "" : "s"}`;
}
