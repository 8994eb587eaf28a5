// Assessor activity (Institute of Customer Service code A4): assessing regularly enough to keep
// skills current, and not so many assessments in one day that quality suffers.
import { addYears, wholeMonthsBetween, type IsoDate } from "./dates";
import { warning, type RuleFinding } from "./findings";

export interface AssessorActivityPolicy {
  /** A4G: "at least 4 assessments each year". */
  readonly minimumAssessmentsPerYear: number;
  /** A4G: "should not usually undertake more than 4 assessments in 1 day". */
  readonly maximumAssessmentsPerDay: number;
  readonly source: string;
}

export interface AssessmentOnRecord {
  readonly on: IsoDate;
}

export interface ActivityJustification {
  /** The day the justification covers. */
  readonly on: IsoDate;
  readonly reason: string;
}

export interface ActivityCheck {
  /** Assessments in the rolling year ending on the as-of date (inclusive). */
  readonly assessmentsInYear: number;
  /** Days over the daily maximum with no recorded justification. */
  readonly unjustifiedBusyDays: IsoDate[];
  readonly findings: RuleFinding[];
}

/**
 * Warnings only: the Institute "strongly recommends" a minimum and says "should not usually"
 * exceed the daily maximum, so both call for attention, not a block.
 */
export function checkAssessorActivity(
  assessments: readonly AssessmentOnRecord[],
  justifications: readonly ActivityJustification[],
  asOf: IsoDate,
  policy: AssessorActivityPolicy,
  /** When the assessor was approved; an assessor approved less than a year ago is not judged on the yearly minimum. */
  assessingSince?: IsoDate | null,
): ActivityCheck {
  const findings: RuleFinding[] = [];
  const yearStart = addYears(asOf, -1);
  const assessmentsInYear = assessments.filter((assessment) => assessment.on > yearStart && assessment.on <= asOf).length;
  const judgedOnYear = !assessingSince || wholeMonthsBetween(assessingSince, asOf) >= 12;
  if (judgedOnYear && assessmentsInYear < policy.minimumAssessmentsPerYear) {
    findings.push(
      warning(
        "activity.below-yearly-minimum",
        `${assessmentsInYear} assessment${assessmentsInYear === 1 ? "" : "s"} in the 12 months to ${asOf}. The Institute strongly recommends at least ${policy.minimumAssessmentsPerYear} a year, spread as evenly as possible, to keep assessment skills up to date.`,
        policy.source,
      ),
    );
  }

  const perDay = new Map<IsoDate, number>();
  for (const assessment of assessments) perDay.set(assessment.on, (perDay.get(assessment.on) ?? 0) + 1);
  const justified = new Set(
    justifications.filter((justification) => justification.reason.trim() !== "").map((justification) => justification.on),
  );
  const unjustifiedBusyDays = [...perDay.entries()]
    .filter(([day, count]) => count > policy.maximumAssessmentsPerDay && !justified.has(day))
    .map(([day]) => day)
    .sort();
  for (const day of unjustifiedBusyDays) {
    findings.push(
      warning(
        "activity.above-daily-maximum",
        `${perDay.get(day)} assessments on ${day}, more than the usual maximum of ${policy.maximumAssessmentsPerDay} in a day. Record why, so that the quality of the decisions can be justified.`,
        policy.source,
      ),
    );
  }
  return { assessmentsInYear, unjustifiedBusyDays, findings };
}

/** Whether booking one more assessment on a day that already has `alreadyBooked` needs a recorded justification. */
export function assessmentNeedsJustification(alreadyBooked: number, policy: AssessorActivityPolicy): boolean {
  return alreadyBooked + 1 > policy.maximumAssessmentsPerDay;
}
