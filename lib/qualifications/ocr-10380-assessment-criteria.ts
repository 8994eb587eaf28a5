// Learning outcomes and assessment criteria for three units of the OCR Level 3 Diploma in Customer
// Service, copied from the project's reference material (unit-criteria-samples.json). Only these
// three were found: R/506/2151 is complete, J/506/2910 complete as found (treat as indicative) and
// D/506/1942 partial (LO2/LO3 titles and LO4 onward missing). The other units' criteria must be
// entered or imported by the centre; sign-off readiness takes criteria as a parameter for that reason.

export interface AssessmentCriterion {
  /** Criterion number within the unit, e.g. "2.3". */
  readonly ref: string;
  readonly text: string;
}

export interface LearningOutcome {
  readonly ref: string;
  /** null where the reference material did not give the title. */
  readonly title: string | null;
  readonly criteria: readonly AssessmentCriterion[];
}

export interface UnitCriteria {
  readonly urn: string;
  readonly title: string;
  /** Whether the list below is every outcome of the unit. */
  readonly complete: boolean;
  readonly source: string;
  readonly outcomes: readonly LearningOutcome[];
}

export const ocr10380UnitCriteria: readonly UnitCriteria[] = [
  {
    urn: "R/506/2151",
    title: "Resolve customers' complaints",
    complete: true,
    source: "Gateway Qualifications unit 65486 (RQF); AC 2.9 from a study-help page",
    outcomes: [
      {
        ref: "1",
        title: "Understand the monitoring and resolution of customers' complaints",
        criteria: [
          { ref: "1.1", text: "Assess the suitability of a range of monitoring techniques for customers' complaints" },
          {
            ref: "1.2",
            text: "Explain how to identify those complaints that should prompt a review of the service offer and service delivery",
          },
          { ref: "1.3", text: "Explain negotiating techniques used to resolve customers' complaints" },
          { ref: "1.4", text: "Explain conflict management techniques used in dealing with upset customers" },
          { ref: "1.5", text: "Explain organisational procedures for dealing with customer complaints" },
          { ref: "1.6", text: "Explain when to escalate customers' complaints" },
          { ref: "1.7", text: "Explain the cost and regulatory implications of admitting liability on the basis of a customer complaint" },
          { ref: "1.8", text: "Explain the advantages and limitations of offering compensation or replacement products and/or services" },
        ],
      },
      {
        ref: "2",
        title: "Be able to deal with customers' complaints",
        criteria: [
          { ref: "2.1", text: "Confirm the nature, cause and implications of customers' complaints" },
          { ref: "2.2", text: "Take personal responsibility for dealing with complaints" },
          { ref: "2.3", text: "Communicate in a way that recognises customers' problems and understands their points of view" },
          { ref: "2.4", text: "Explain the advantages and limitations of different complaint response options to customers" },
          { ref: "2.5", text: "Explain the advantages and limitations of different complaint response options to the organisation" },
          { ref: "2.6", text: "Keep customers informed of progress" },
          {
            ref: "2.7",
            text: "Agree solutions with customers that address the complaint and which are within the limits of their own authority",
          },
          { ref: "2.8", text: "Record the outcome of the handling of complaints for future reference" },
          {
            ref: "2.9",
            text: "Adhere to organisational policies and procedures, legal and ethical requirements when dealing with customers' complaints",
          },
        ],
      },
    ],
  },
  {
    urn: "J/506/2910",
    title: "Understand customers and customer retention",
    complete: true,
    source: "matched by title and content from a published assignment brief; treat as indicative",
    outcomes: [
      {
        ref: "1",
        title: "Understand Customer Relationship Management (CRM)",
        criteria: [
          { ref: "1.1", text: "Explain the concept of the 'customer experience'" },
          { ref: "1.2", text: "Explain different methods of segmenting and characterising customers" },
          { ref: "1.3", text: "Explain the purpose and scope of CRM" },
          { ref: "1.4", text: "Describe the features of an effective CRM system" },
          { ref: "1.5", text: "Explain the uses of CRM data in customer service delivery" },
        ],
      },
      {
        ref: "2",
        title: "Understand customer retention",
        criteria: [
          { ref: "2.1", text: "Explain the term customer retention" },
          { ref: "2.2", text: "Explain the benefits of customer retention to an organisation" },
          { ref: "2.3", text: "Explain the factors that influence customer retention" },
          { ref: "2.4", text: "Describe techniques used to attract and retain customers" },
          { ref: "2.5", text: "Explain how to assess the extent of customer loyalty" },
          { ref: "2.6", text: "Explain the factors involved in customer recovery" },
        ],
      },
      {
        ref: "3",
        title: "Understand the measurement of customer satisfaction",
        criteria: [
          { ref: "3.1", text: "Describe techniques used to analyse performance data" },
          { ref: "3.2", text: "Explain the factors to be taken into account in setting performance targets and objectives" },
          { ref: "3.3", text: "Explain the features and uses of a range of techniques to measure customer satisfaction" },
        ],
      },
    ],
  },
  {
    urn: "D/506/1942",
    title: "Principles of business",
    complete: false,
    source: "partial: LO1 from an assessor mark sheet; ACs 2.1-3.3 from a report's contents; LO2/LO3 titles and LO4 onward not found",
    outcomes: [
      {
        ref: "1",
        title: "Understand business markets",
        criteria: [
          { ref: "1.1", text: "Explain the characteristics of different business markets" },
          { ref: "1.2", text: "Explain the nature of interactions between businesses within a market" },
          { ref: "1.3", text: "Explain how an organisation's goals may be shaped by the market in which it operates" },
          { ref: "1.4", text: "Describe the legal obligations of a business" },
        ],
      },
      {
        ref: "2",
        title: null,
        criteria: [
          { ref: "2.1", text: "Define business innovation" },
          { ref: "2.2", text: "Explain the uses of models of business innovation" },
          { ref: "2.3", text: "Identify sources of support and guidance for business innovation" },
          { ref: "2.4", text: "Explain the process of product or service development" },
          { ref: "2.5", text: "Explain the benefits, risks and implications associated with innovation" },
        ],
      },
      {
        ref: "3",
        title: null,
        criteria: [
          { ref: "3.1", text: "Explain the importance of financial viability for an organisation" },
          { ref: "3.2", text: "Explain the consequences of poor financial management" },
          { ref: "3.3", text: "Explain different financial terminology" },
        ],
      },
    ],
  },
];

/** Every assessment criterion of a unit, in order, or null when the unit's criteria are not held. */
export function criteriaOfUnit(urn: string): readonly AssessmentCriterion[] | null {
  const unit = ocr10380UnitCriteria.find((candidate) => candidate.urn === urn);
  return unit ? unit.outcomes.flatMap((outcome) => outcome.criteria) : null;
}
