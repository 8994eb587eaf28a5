// Built-in awarding-body policies: the numbers and lists the seeds give for OCR, the Institute of
// Customer Service and Naace. Rules take a policy as a parameter and never read these directly,
// so a centre or another awarding body can supply its own values as data.
import type { IcsLifecyclePolicy } from "./approval-lifecycle-ics";
import type { NaaceLifecyclePolicy } from "./approval-lifecycle-naace";
import type { AssessorActivityPolicy } from "./assessor-activity";
import type { QualificationStatusPolicy } from "./assessor-qualifications";
import type { CpdPolicy } from "./cpd-compliance";
import type { IctMarkPolicy } from "./ict-mark";
import type { RetentionPolicy } from "./retention";
import type { SamplingPolicy } from "./sampling-coverage";
import type { WitnessStatementPolicy } from "./witness-statements";

export type AwardingBodyCode = "OCR" | "ICS" | "NAACE";

/** Every policy family an awarding body may set; null where its documents set nothing. */
export interface AwardingBodyPolicy {
  readonly code: AwardingBodyCode;
  readonly name: string;
  readonly retention: RetentionPolicy;
  readonly cpd: CpdPolicy | null;
  readonly assessorActivity: AssessorActivityPolicy | null;
  readonly qualificationStatus: QualificationStatusPolicy | null;
  readonly witnessStatements: WitnessStatementPolicy | null;
  readonly icsLifecycle: IcsLifecyclePolicy | null;
  readonly naaceLifecycle: NaaceLifecyclePolicy | null;
  /** Schools' ICT Mark accreditation (Naace). */
  readonly ictMark: IctMarkPolicy | null;
}

const ocr = {
  code: "OCR",
  name: "Oxford Cambridge and RSA Examinations",
  retention: {
    rules: [
      {
        recordKinds: ["candidateAssessmentRecord", "internalQualityAssuranceRecord"],
        from: "certification",
        years: 3,
        description: "3 years from the date of certification",
        source: "OCR handbook 5.20.3",
      },
      {
        recordKinds: ["candidateAssessmentRecord", "internalQualityAssuranceRecord"],
        from: "directClaim",
        years: 3,
        description: "3 years from the date of the direct claim",
        source: "OCR handbook 5.21.3",
      },
      {
        recordKinds: ["candidatePortfolio"],
        from: "certification",
        years: 1,
        description: "1 year after certification (candidates are asked to keep their portfolio for audit)",
        source: "OCR handbook 5.21",
      },
      {
        recordKinds: ["candidatePortfolio", "candidateAssessmentRecord"],
        from: "directClaimVerificationVisit",
        years: 0,
        description: "the next external verifier visit after a direct claim",
        source: "OCR handbook 5.21",
      },
    ],
  },
  // Handbook 4.2, 4.5 set no hours: assessors and IQAs must show current working knowledge of
  // the sector, so each year needs at least one occupational CPD record.
  cpd: {
    source: "OCR handbook 4.2, 4.5",
    year: { kind: "anniversary" },
    minimumHours: null,
    requiredCategories: ["occupationalKnowledge"],
    mandatoryEvent: null,
    atRiskWindowDays: 60,
  },
  assessorActivity: null,
  qualificationStatus: {
    acceptedAssessorQualifications: [
      { code: "AWARD_ASSESSING_COMPETENCE", name: "Award in Assessing Competence in the Work Environment" },
      { code: "CAVA", name: "Certificate in Assessing Vocational Achievement (CAVA)" },
      { code: "A1", name: "Assess candidates using a range of methods (A1)" },
      { code: "D32", name: "Assess candidate performance (D32)" },
      { code: "D33", name: "Assess candidate using differing sources of evidence (D33)" },
    ],
    acceptedIqaQualifications: [
      { code: "AWARD_IQA", name: "Award in Internal Quality Assurance of the Assessment Processes and Practices" },
      { code: "V1", name: "Award in Conducting Internal Quality Assurance of the Assessment Process (V1)" },
      { code: "D34", name: "Internally verify the assessment process (D34)" },
    ],
    source: "OCR handbook 4.2, 4.4",
  },
  witnessStatements: { expertWitnessExperienceWarningMonths: 6, source: "OCR handbook 4.3" },
  icsLifecycle: null,
  naaceLifecycle: null,
  ictMark: null,
} satisfies AwardingBodyPolicy;

const ics = {
  code: "ICS",
  name: "The Institute of Customer Service",
  retention: {
    rules: [
      {
        recordKinds: ["assessorAssessmentDocumentation"],
        from: "assessment",
        years: 2,
        description: "2 years from the assessment (the Institute's quality assurance cycle)",
        source: "ICS assessor code A7, A8",
      },
    ],
  },
  cpd: {
    source: "ICS assessor code A3",
    year: { kind: "anniversary" },
    // A3G recommends 7–10 hours; the lower end is what is checked.
    minimumHours: 7,
    requiredCategories: ["assessorSkills", "occupationalKnowledge"],
    mandatoryEvent: { kind: "icsAssessorForum", name: "an Institute Assessor Forum event", creditedHours: 3 },
    atRiskWindowDays: 60,
  },
  assessorActivity: { minimumAssessmentsPerYear: 4, maximumAssessmentsPerDay: 4, source: "ICS assessor code A4" },
  qualificationStatus: null,
  witnessStatements: null,
  icsLifecycle: {
    singleSignOffTargetWeeks: { from: 4, to: 6 },
    accreditationTargetWeeks: { from: 6, to: 8 },
    repeatedBreachCount: 2,
    source: "ICS assessor code A1",
  },
  naaceLifecycle: null,
  ictMark: null,
} satisfies AwardingBodyPolicy;

const naace = {
  code: "NAACE",
  name: "Naace",
  retention: {
    rules: [
      {
        recordKinds: ["ictMarkAccreditationRecord"],
        from: "award",
        years: 3,
        description: "3 years from the award, when the ICT Mark accreditation expires",
        source: "Naace ICT Mark principle 8",
      },
    ],
  },
  cpd: {
    source: "Naace ICT Mark code: continuing professional development",
    year: { kind: "anniversary" },
    minimumHours: null,
    requiredCategories: [],
    mandatoryEvent: { kind: "naaceAnnualEvent", name: "the annual ICT Mark professional development event", creditedHours: 0 },
    atRiskWindowDays: 60,
  },
  assessorActivity: null,
  qualificationStatus: null,
  witnessStatements: null,
  icsLifecycle: null,
  naaceLifecycle: {
    appealWindowDays: 30,
    qualityReviewEveryAssessments: 10,
    source: "Naace ICT Mark code: quality assurance, school assessments",
  },
  ictMark: { validityYears: 3, renewalReminderDays: 90, source: "Naace ICT Mark principle 8" },
} satisfies AwardingBodyPolicy;

export const builtInPolicies = { OCR: ocr, ICS: ics, NAACE: naace } satisfies Record<AwardingBodyCode, AwardingBodyPolicy>;

/**
 * A centre's IQA sampling policy. Not from an awarding body: the handbook (5.20.1) requires
 * sampling but sets no rates, so these are common-practice defaults a centre can change.
 */
export const defaultSamplingPolicy = {
  rates: { new: 1, unqualified: 1, high: 0.5, medium: 0.25, low: 0.1 },
  minimumPerAssessor: 1,
  mustCover: ["assessors", "units", "methods", "sites"],
  bothStagesPerAssessor: true,
  source: "OCR handbook 5.20.1; centre sampling strategy",
} satisfies SamplingPolicy;
