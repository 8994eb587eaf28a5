import { z } from "zod";
import type { AwardingBodyPolicy } from "@/lib/rules/policies";
import { textField } from "@/lib/validation/text-fields";

// The awarding body's policy as stored (AwardingBodyPolicySettings.policy, checked on every read and
// write) and the flat form its staff edit (shared by the /policy form and the edit action). No
// server imports: the browser runs the same checks.

// ---------------------------------------------------------------------------------------------
// The stored policy: the whole AwardingBodyPolicy (lib/rules/policies.ts)

const source = z.string().min(1);
const count = z.number().int().min(0);

const retentionRuleSchema = z.object({
  recordKinds: z
    .array(
      z.enum([
        "candidateAssessmentRecord",
        "internalQualityAssuranceRecord",
        "candidatePortfolio",
        "assessorAssessmentDocumentation",
        "ictMarkAccreditationRecord",
      ]),
    )
    .min(1),
  from: z.enum(["certification", "directClaim", "directClaimVerificationVisit", "assessment", "award"]),
  years: count,
  description: z.string().min(1),
  source,
});

const cpdSchema = z.object({
  source,
  year: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("anniversary") }),
    z.object({ kind: z.literal("fixed"), startMonth: z.number().int().min(1).max(12), startDay: z.number().int().min(1).max(31) }),
  ]),
  minimumHours: z.number().min(0).nullable(),
  requiredCategories: z.array(z.enum(["assessorSkills", "occupationalKnowledge"])),
  mandatoryEvent: z.object({ kind: z.string().min(1), name: z.string().min(1), creditedHours: z.number().min(0) }).nullable(),
  atRiskWindowDays: count,
});

const weeksRange = z.object({ from: count, to: count });

/** The whole stored policy. A row that fails this is logged and the built-in policy is used. */
export const awardingBodyPolicySchema = z.object({
  code: z.enum(["OCR", "ICS", "NAACE"]),
  name: z.string().min(1),
  retention: z.object({ rules: z.array(retentionRuleSchema) }),
  cpd: cpdSchema.nullable(),
  assessorActivity: z.object({ minimumAssessmentsPerYear: count, maximumAssessmentsPerDay: count, source }).nullable(),
  qualificationStatus: z
    .object({
      acceptedAssessorQualifications: z.array(z.object({ code: z.string().min(1), name: z.string().min(1) })),
      acceptedIqaQualifications: z.array(z.object({ code: z.string().min(1), name: z.string().min(1) })),
      source,
    })
    .nullable(),
  witnessStatements: z.object({ expertWitnessExperienceWarningMonths: count, source }).nullable(),
  icsLifecycle: z
    .object({ singleSignOffTargetWeeks: weeksRange, accreditationTargetWeeks: weeksRange, repeatedBreachCount: count, source })
    .nullable(),
  naaceLifecycle: z.object({ appealWindowDays: count, qualityReviewEveryAssessments: count, source }).nullable(),
  ictMark: z.object({ validityYears: count, renewalReminderDays: count, source }).nullable(),
}) satisfies z.ZodType<AwardingBodyPolicy>;

// ---------------------------------------------------------------------------------------------
// The numbers a body's staff edit (lib/policies/edit-awarding-body-policy.ts)

/** A retention rule whose period runs in years (not "until the next visit"): the ones staff edit. */
export function editableRetentionRules<R extends { from: string }>(rules: readonly R[]): R[] {
  return rules.filter((rule) => rule.from !== "directClaimVerificationVisit");
}

/** Which families the body's policy sets: only those are shown and edited. */
export type PolicyFamilies = {
  cpd: boolean;
  mandatoryEvent: boolean;
  assessorActivity: boolean;
  icsLifecycle: boolean;
  naaceLifecycle: boolean;
  ictMark: boolean;
  /** How many retention rules run in years. */
  retentionRules: number;
};

export function policyFamilies(policy: AwardingBodyPolicy): PolicyFamilies {
  return {
    cpd: policy.cpd !== null,
    mandatoryEvent: policy.cpd?.mandatoryEvent != null,
    assessorActivity: policy.assessorActivity !== null,
    icsLifecycle: policy.icsLifecycle !== null,
    naaceLifecycle: policy.naaceLifecycle !== null,
    ictMark: policy.ictMark !== null,
    retentionRules: editableRetentionRules(policy.retention.rules).length,
  };
}

function wholeNumber(min: number, max: number, message: string) {
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}
function hoursNumber(message: string) {
  return z
    .number({ error: message })
    .min(0, message)
    .max(200, message)
    .refine((value) => Number.isInteger(value * 2), { message });
}

const cpdHoursMessage = "Enter the minimum CPD hours a year from 0 to 200, in whole or half hours, or leave it empty for no minimum.";
const eventHoursMessage = "Enter the hours the event counts for from 0 to 200, in whole or half hours.";

/**
 * Every number a body's staff may edit. Fields of a family the body's policy does not set are
 * left out; `policyEditSchemaFor` makes the body's own families required.
 */
export const editAwardingBodyPolicyFields = z.object({
  /** The settings row's version the person read; 0 when the body has none yet (the built-in policy was shown). */
  version: z.number().int().min(0),
  cpdMinimumHours: hoursNumber(cpdHoursMessage).nullable().optional(),
  cpdRequiresAssessorSkills: z.boolean().optional(),
  cpdRequiresOccupationalKnowledge: z.boolean().optional(),
  mandatoryEventName: textField({ max: 200, required: "Enter the name of the mandatory event." }).optional(),
  mandatoryEventCreditedHours: hoursNumber(eventHoursMessage).optional(),
  cpdAtRiskWindowDays: wholeNumber(1, 365, "Enter the at-risk window as a whole number of days from 1 to 365.").optional(),
  minimumAssessmentsPerYear: wholeNumber(1, 365, "Enter the minimum assessments a year as a whole number from 1 to 365.").optional(),
  maximumAssessmentsPerDay: wholeNumber(1, 24, "Enter the maximum assessments a day as a whole number from 1 to 24.").optional(),
  retentionYears: z
    .array(wholeNumber(1, 50, "Enter the years to keep records as a whole number from 1 to 50."), {
      error: "Enter the years for each retention rule.",
    })
    .optional(),
  singleSignOffFromWeeks: wholeNumber(1, 52, "Enter the earliest week as a whole number from 1 to 52.").optional(),
  singleSignOffToWeeks: wholeNumber(1, 52, "Enter the latest week as a whole number from 1 to 52.").optional(),
  accreditationFromWeeks: wholeNumber(1, 52, "Enter the earliest week as a whole number from 1 to 52.").optional(),
  accreditationToWeeks: wholeNumber(1, 52, "Enter the latest week as a whole number from 1 to 52.").optional(),
  repeatedBreachCount: wholeNumber(1, 10, "Enter the number of breaches as a whole number from 1 to 10.").optional(),
  qualityReviewEveryAssessments: wholeNumber(1, 100, "Enter how often a quality review is due as a whole number from 1 to 100.").optional(),
  appealWindowDays: wholeNumber(1, 365, "Enter the appeal window as a whole number of days from 1 to 365.").optional(),
  ictMarkValidityYears: wholeNumber(1, 10, "Enter how long the ICT Mark lasts as a whole number of years from 1 to 10.").optional(),
  ictMarkRenewalReminderDays: wholeNumber(1, 365, "Enter when renewal reminders start as a whole number of days from 1 to 365.").optional(),
});
export type EditAwardingBodyPolicyInput = z.input<typeof editAwardingBodyPolicyFields>;
export type EditAwardingBodyPolicyValues = z.output<typeof editAwardingBodyPolicyFields>;

type FieldName = Exclude<keyof EditAwardingBodyPolicyValues, "version">;

/** The fields of each family, with the message when one is missing. */
const requiredByFamily: { family: keyof Omit<PolicyFamilies, "retentionRules">; fields: [FieldName, string][] }[] = [
  {
    family: "cpd",
    fields: [
      ["cpdRequiresAssessorSkills", "Say whether assessor-skills CPD is required."],
      ["cpdRequiresOccupationalKnowledge", "Say whether occupational-knowledge CPD is required."],
      ["cpdAtRiskWindowDays", "Enter the at-risk window as a whole number of days from 1 to 365."],
    ],
  },
  {
    family: "mandatoryEvent",
    fields: [
      ["mandatoryEventName", "Enter the name of the mandatory event."],
      ["mandatoryEventCreditedHours", eventHoursMessage],
    ],
  },
  {
    family: "assessorActivity",
    fields: [
      ["minimumAssessmentsPerYear", "Enter the minimum assessments a year as a whole number from 1 to 365."],
      ["maximumAssessmentsPerDay", "Enter the maximum assessments a day as a whole number from 1 to 24."],
    ],
  },
  {
    family: "icsLifecycle",
    fields: [
      ["singleSignOffFromWeeks", "Enter the earliest week as a whole number from 1 to 52."],
      ["singleSignOffToWeeks", "Enter the latest week as a whole number from 1 to 52."],
      ["accreditationFromWeeks", "Enter the earliest week as a whole number from 1 to 52."],
      ["accreditationToWeeks", "Enter the latest week as a whole number from 1 to 52."],
      ["repeatedBreachCount", "Enter the number of breaches as a whole number from 1 to 10."],
    ],
  },
  {
    family: "naaceLifecycle",
    fields: [
      ["qualityReviewEveryAssessments", "Enter how often a quality review is due as a whole number from 1 to 100."],
      ["appealWindowDays", "Enter the appeal window as a whole number of days from 1 to 365."],
    ],
  },
  {
    family: "ictMark",
    fields: [
      ["ictMarkValidityYears", "Enter how long the ICT Mark lasts as a whole number of years from 1 to 10."],
      ["ictMarkRenewalReminderDays", "Enter when renewal reminders start as a whole number of days from 1 to 365."],
    ],
  },
];

/**
 * The edit form of one body's policy: its own families' numbers are required, target weeks run
 * from the earlier to the later, and the reminder window is shorter than the ICT Mark lasts.
 */
export function policyEditSchemaFor(families: PolicyFamilies) {
  return editAwardingBodyPolicyFields.superRefine((values, ctx) => {
    for (const { family, fields } of requiredByFamily) {
      if (!families[family]) continue;
      for (const [field, message] of fields) {
        if (values[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message });
      }
    }
    if (families.cpd && values.cpdMinimumHours === undefined) {
      ctx.addIssue({ code: "custom", path: ["cpdMinimumHours"], message: cpdHoursMessage });
    }
    if (families.retentionRules > 0 && values.retentionYears?.length !== families.retentionRules) {
      ctx.addIssue({ code: "custom", path: ["retentionYears"], message: "Enter the years for each retention rule." });
    }
    const ranges = [
      ["singleSignOffFromWeeks", "singleSignOffToWeeks", "single sign-off"],
      ["accreditationFromWeeks", "accreditationToWeeks", "full accreditation"],
    ] as const;
    for (const [from, to, what] of ranges) {
      const start = values[from];
      const end = values[to];
      if (families.icsLifecycle && start !== undefined && end !== undefined && start > end) {
        ctx.addIssue({ code: "custom", path: [to], message: `The latest week for ${what} cannot be before the earliest (${start}).` });
      }
    }
    if (
      families.ictMark &&
      values.ictMarkValidityYears !== undefined &&
      values.ictMarkRenewalReminderDays !== undefined &&
      values.ictMarkRenewalReminderDays >= values.ictMarkValidityYears * 365
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["ictMarkRenewalReminderDays"],
        message: "Renewal reminders must start after the award: choose fewer days than the ICT Mark lasts.",
      });
    }
  });
}

/** Every field a server error may name, for placing it next to its field. */
export function editAwardingBodyPolicyFieldNames(families: PolicyFamilies) {
  return [
    ...(Object.keys(editAwardingBodyPolicyFields.shape) as (keyof EditAwardingBodyPolicyInput)[]).filter((field) => field !== "version"),
    ...Array.from({ length: families.retentionRules }, (_, index) => `retentionYears.${index}` as const),
  ];
}
