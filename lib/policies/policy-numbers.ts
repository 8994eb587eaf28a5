import type { CpdCategory } from "@/lib/rules/cpd-compliance";
import type { AwardingBodyPolicy } from "@/lib/rules/policies";
import type { RecordKind, RetentionRule, RetentionStart } from "@/lib/rules/retention";
import { editableRetentionRules, type EditAwardingBodyPolicyValues } from "./schemas";

// A policy's editable numbers, one row each in users' words with the source it came from, and the
// edit applied back to the policy. Pure: the page, the form and the action share it.

export type PolicyNumbers = Omit<EditAwardingBodyPolicyValues, "version">;

export type PolicyNumberValue = number | string | boolean | null;

export type PolicyNumberRow = {
  /** The form field, e.g. "cpdMinimumHours" or "retentionYears.0". */
  field: string;
  /** What the number is, in users' words; also the key in the audit entry's before/after. */
  label: string;
  value: PolicyNumberValue;
  /** The value for people, e.g. "7 hours", "none". */
  shown: string;
  /** The document the seeded value came from, e.g. "ICS assessor code A3". */
  source: string;
  /** The section of the form and the page. */
  section: PolicySection;
};

export type PolicySection = "CPD" | "Assessor activity" | "Retention" | "Approval lifecycle" | "ICT Mark";

const recordKindLabels: Record<RecordKind, string> = {
  candidateAssessmentRecord: "candidate assessment records",
  internalQualityAssuranceRecord: "IQA records",
  candidatePortfolio: "candidate portfolios",
  assessorAssessmentDocumentation: "assessors' assessment documentation",
  ictMarkAccreditationRecord: "ICT Mark accreditation records",
};

const retentionStartLabels: Record<RetentionStart, string> = {
  certification: "certification",
  directClaim: "the direct claim",
  directClaimVerificationVisit: "the verification visit",
  assessment: "the assessment",
  award: "the award",
};

export const cpdCategoryLabels: Record<CpdCategory, string> = {
  assessorSkills: "assessor skills",
  occupationalKnowledge: "occupational knowledge",
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
const yesNo = (value: boolean) => (value ? "Required" : "Not required");

function listInEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "Years to keep candidate assessment records and IQA records, from certification". */
export function retentionRuleLabel(rule: Pick<RetentionRule, "recordKinds" | "from">): string {
  return `Years to keep ${listInEnglish(rule.recordKinds.map((kind) => recordKindLabels[kind]))}, from ${retentionStartLabels[rule.from]}`;
}

/** The policy's editable numbers in form order; families the policy does not set are left out. */
export function policyNumberRows(policy: AwardingBodyPolicy): PolicyNumberRow[] {
  const rows: PolicyNumberRow[] = [];
  const { cpd, assessorActivity, icsLifecycle, naaceLifecycle, ictMark } = policy;
  if (cpd) {
    const section = "CPD" as const;
    const source = cpd.source;
    rows.push(
      {
        field: "cpdMinimumHours",
        label: "Minimum CPD hours a year",
        value: cpd.minimumHours,
        shown: cpd.minimumHours === null ? "No minimum" : plural(cpd.minimumHours, "hour"),
        source,
        section,
      },
      {
        field: "cpdRequiresAssessorSkills",
        label: "CPD in assessor skills each year",
        value: cpd.requiredCategories.includes("assessorSkills"),
        shown: yesNo(cpd.requiredCategories.includes("assessorSkills")),
        source,
        section,
      },
      {
        field: "cpdRequiresOccupationalKnowledge",
        label: "CPD in occupational knowledge each year",
        value: cpd.requiredCategories.includes("occupationalKnowledge"),
        shown: yesNo(cpd.requiredCategories.includes("occupationalKnowledge")),
        source,
        section,
      },
    );
    if (cpd.mandatoryEvent) {
      rows.push(
        {
          field: "mandatoryEventName",
          label: "Mandatory event",
          value: cpd.mandatoryEvent.name,
          shown: cpd.mandatoryEvent.name,
          source,
          section,
        },
        {
          field: "mandatoryEventCreditedHours",
          label: "CPD hours the mandatory event counts for",
          value: cpd.mandatoryEvent.creditedHours,
          shown: plural(cpd.mandatoryEvent.creditedHours, "hour"),
          source,
          section,
        },
      );
    }
    rows.push({
      field: "cpdAtRiskWindowDays",
      label: "CPD at risk within this many days of the year's end",
      value: cpd.atRiskWindowDays,
      shown: plural(cpd.atRiskWindowDays, "day"),
      source,
      section,
    });
  }
  if (assessorActivity) {
    const section = "Assessor activity" as const;
    rows.push(
      {
        field: "minimumAssessmentsPerYear",
        label: "Minimum assessments a year",
        value: assessorActivity.minimumAssessmentsPerYear,
        shown: plural(assessorActivity.minimumAssessmentsPerYear, "assessment"),
        source: assessorActivity.source,
        section,
      },
      {
        field: "maximumAssessmentsPerDay",
        label: "Maximum assessments a day",
        value: assessorActivity.maximumAssessmentsPerDay,
        shown: plural(assessorActivity.maximumAssessmentsPerDay, "assessment"),
        source: assessorActivity.source,
        section,
      },
    );
  }
  editableRetentionRules(policy.retention.rules).forEach((rule, index) => {
    rows.push({
      field: `retentionYears.${index}`,
      label: retentionRuleLabel(rule),
      value: rule.years,
      shown: plural(rule.years, "year"),
      source: rule.source,
      section: "Retention",
    });
  });
  if (icsLifecycle) {
    const section = "Approval lifecycle" as const;
    const source = icsLifecycle.source;
    const weeks = (value: number) => plural(value, "week");
    rows.push(
      {
        field: "singleSignOffFromWeeks",
        label: "Single sign-off due from (weeks after training day two)",
        value: icsLifecycle.singleSignOffTargetWeeks.from,
        shown: weeks(icsLifecycle.singleSignOffTargetWeeks.from),
        source,
        section,
      },
      {
        field: "singleSignOffToWeeks",
        label: "Single sign-off due by (weeks after training day two)",
        value: icsLifecycle.singleSignOffTargetWeeks.to,
        shown: weeks(icsLifecycle.singleSignOffTargetWeeks.to),
        source,
        section,
      },
      {
        field: "accreditationFromWeeks",
        label: "Full accreditation due from (weeks after single sign-off)",
        value: icsLifecycle.accreditationTargetWeeks.from,
        shown: weeks(icsLifecycle.accreditationTargetWeeks.from),
        source,
        section,
      },
      {
        field: "accreditationToWeeks",
        label: "Full accreditation due by (weeks after single sign-off)",
        value: icsLifecycle.accreditationTargetWeeks.to,
        shown: weeks(icsLifecycle.accreditationTargetWeeks.to),
        source,
        section,
      },
      {
        field: "repeatedBreachCount",
        label: "Breaches that lead to withdrawal",
        value: icsLifecycle.repeatedBreachCount,
        shown: `${icsLifecycle.repeatedBreachCount} breach${icsLifecycle.repeatedBreachCount === 1 ? "" : "es"}`,
        source,
        section,
      },
    );
  }
  if (naaceLifecycle) {
    const section = "Approval lifecycle" as const;
    rows.push(
      {
        field: "qualityReviewEveryAssessments",
        label: "Quality review due at every Nth school assessment",
        value: naaceLifecycle.qualityReviewEveryAssessments,
        shown: `Every ${plural(naaceLifecycle.qualityReviewEveryAssessments, "assessment")}`,
        source: naaceLifecycle.source,
        section,
      },
      {
        field: "appealWindowDays",
        label: "Days to appeal after notification",
        value: naaceLifecycle.appealWindowDays,
        shown: plural(naaceLifecycle.appealWindowDays, "day"),
        source: naaceLifecycle.source,
        section,
      },
    );
  }
  if (ictMark) {
    const section = "ICT Mark" as const;
    rows.push(
      {
        field: "ictMarkValidityYears",
        label: "Years an ICT Mark lasts",
        value: ictMark.validityYears,
        shown: plural(ictMark.validityYears, "year"),
        source: ictMark.source,
        section,
      },
      {
        field: "ictMarkRenewalReminderDays",
        label: "Renewal reminders start (days before expiry)",
        value: ictMark.renewalReminderDays,
        shown: plural(ictMark.renewalReminderDays, "day"),
        source: ictMark.source,
        section,
      },
    );
  }
  return rows;
}

/** The form's starting values: the policy's numbers. */
export function policyNumbers(policy: AwardingBodyPolicy): PolicyNumbers {
  const { cpd, assessorActivity, icsLifecycle, naaceLifecycle, ictMark } = policy;
  return {
    ...(cpd && {
      cpdMinimumHours: cpd.minimumHours,
      cpdRequiresAssessorSkills: cpd.requiredCategories.includes("assessorSkills"),
      cpdRequiresOccupationalKnowledge: cpd.requiredCategories.includes("occupationalKnowledge"),
      cpdAtRiskWindowDays: cpd.atRiskWindowDays,
      ...(cpd.mandatoryEvent && {
        mandatoryEventName: cpd.mandatoryEvent.name,
        mandatoryEventCreditedHours: cpd.mandatoryEvent.creditedHours,
      }),
    }),
    ...(assessorActivity && {
      minimumAssessmentsPerYear: assessorActivity.minimumAssessmentsPerYear,
      maximumAssessmentsPerDay: assessorActivity.maximumAssessmentsPerDay,
    }),
    retentionYears: editableRetentionRules(policy.retention.rules).map((rule) => rule.years),
    ...(icsLifecycle && {
      singleSignOffFromWeeks: icsLifecycle.singleSignOffTargetWeeks.from,
      singleSignOffToWeeks: icsLifecycle.singleSignOffTargetWeeks.to,
      accreditationFromWeeks: icsLifecycle.accreditationTargetWeeks.from,
      accreditationToWeeks: icsLifecycle.accreditationTargetWeeks.to,
      repeatedBreachCount: icsLifecycle.repeatedBreachCount,
    }),
    ...(naaceLifecycle && {
      qualityReviewEveryAssessments: naaceLifecycle.qualityReviewEveryAssessments,
      appealWindowDays: naaceLifecycle.appealWindowDays,
    }),
    ...(ictMark && { ictMarkValidityYears: ictMark.validityYears, ictMarkRenewalReminderDays: ictMark.renewalReminderDays }),
  };
}

/** A rule's description says its period ("3 years from certification"): it follows the new years. */
function withYears(rule: RetentionRule, years: number): RetentionRule {
  if (rule.years === years) return rule;
  const description = rule.description.replace(/^\d+ years?\b/, plural(years, "year"));
  return { ...rule, years, description };
}

/**
 * The policy with the edited numbers (checked by policyEditSchemaFor first). Families the policy
 * does not set stay unset; the mandatory event keeps its kind; each family keeps its source.
 */
export function applyPolicyEdit(policy: AwardingBodyPolicy, values: PolicyNumbers): AwardingBodyPolicy {
  const { cpd, assessorActivity, icsLifecycle, naaceLifecycle, ictMark } = policy;
  let retentionIndex = 0;
  const retentionYears = values.retentionYears ?? [];
  const rules = policy.retention.rules.map((rule) => {
    if (rule.from === "directClaimVerificationVisit") return rule;
    const years = retentionYears[retentionIndex++];
    return years === undefined ? rule : withYears(rule, years);
  });
  return {
    ...policy,
    retention: { ...policy.retention, rules },
    cpd: cpd && {
      ...cpd,
      minimumHours: values.cpdMinimumHours === undefined ? cpd.minimumHours : values.cpdMinimumHours,
      requiredCategories: [
        ...((values.cpdRequiresAssessorSkills ?? cpd.requiredCategories.includes("assessorSkills")) ? (["assessorSkills"] as const) : []),
        ...((values.cpdRequiresOccupationalKnowledge ?? cpd.requiredCategories.includes("occupationalKnowledge"))
          ? (["occupationalKnowledge"] as const)
          : []),
      ],
      mandatoryEvent: cpd.mandatoryEvent && {
        ...cpd.mandatoryEvent,
        name: values.mandatoryEventName ?? cpd.mandatoryEvent.name,
        creditedHours: values.mandatoryEventCreditedHours ?? cpd.mandatoryEvent.creditedHours,
      },
      atRiskWindowDays: values.cpdAtRiskWindowDays ?? cpd.atRiskWindowDays,
    },
    assessorActivity: assessorActivity && {
      ...assessorActivity,
      minimumAssessmentsPerYear: values.minimumAssessmentsPerYear ?? assessorActivity.minimumAssessmentsPerYear,
      maximumAssessmentsPerDay: values.maximumAssessmentsPerDay ?? assessorActivity.maximumAssessmentsPerDay,
    },
    icsLifecycle: icsLifecycle && {
      ...icsLifecycle,
      singleSignOffTargetWeeks: {
        from: values.singleSignOffFromWeeks ?? icsLifecycle.singleSignOffTargetWeeks.from,
        to: values.singleSignOffToWeeks ?? icsLifecycle.singleSignOffTargetWeeks.to,
      },
      accreditationTargetWeeks: {
        from: values.accreditationFromWeeks ?? icsLifecycle.accreditationTargetWeeks.from,
        to: values.accreditationToWeeks ?? icsLifecycle.accreditationTargetWeeks.to,
      },
      repeatedBreachCount: values.repeatedBreachCount ?? icsLifecycle.repeatedBreachCount,
    },
    naaceLifecycle: naaceLifecycle && {
      ...naaceLifecycle,
      qualityReviewEveryAssessments: values.qualityReviewEveryAssessments ?? naaceLifecycle.qualityReviewEveryAssessments,
      appealWindowDays: values.appealWindowDays ?? naaceLifecycle.appealWindowDays,
    },
    ictMark: ictMark && {
      ...ictMark,
      validityYears: values.ictMarkValidityYears ?? ictMark.validityYears,
      renewalReminderDays: values.ictMarkRenewalReminderDays ?? ictMark.renewalReminderDays,
    },
  };
}

/** Exactly the numbers that differ, by label: the audit entry's before and after. */
export function changedNumbers(before: AwardingBodyPolicy, after: AwardingBodyPolicy) {
  const previous = new Map(policyNumberRows(before).map((row) => [row.field, row]));
  const changes = { before: {} as Record<string, PolicyNumberValue>, after: {} as Record<string, PolicyNumberValue> };
  for (const row of policyNumberRows(after)) {
    const old = previous.get(row.field);
    if (old && old.value === row.value) continue;
    changes.before[row.label] = old ? old.value : null;
    changes.after[row.label] = row.value;
  }
  return changes;
}
