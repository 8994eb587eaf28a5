// The OCR Level 3 Diploma in Customer Service (QN 601/3433/1, entry code 10380): the units and
// rule of combination from the OCR Centre Handbook, sections 2.2 (rule of combination and unit
// table), 1.6 (minimum GLH), 7.3 (entries) and 11.1 (summary and approved age groups).
// The project keeps its own copy of this data; it is checked against the handbook figures in
// ocr-10380.test.ts.
import type { QualificationUnit, RegulatedQualificationSpec } from "@/lib/rules/qualification-spec";

/** An OCR unit always carries OCR's unit number. */
export interface OcrUnit extends QualificationUnit {
  readonly unitNumber: number;
}

export interface OcrQualificationSpec extends RegulatedQualificationSpec {
  readonly units: readonly OcrUnit[];
}

const units: readonly OcrUnit[] = [
  { unitNumber: 1, urn: "L/506/2150", title: "Organise and deliver customer service", credit: 5, level: 3, glh: 27, group: "A" },
  { unitNumber: 2, urn: "Y/506/2152", title: "Understand the customer service environment", credit: 5, level: 3, glh: 40, group: "A" },
  { unitNumber: 3, urn: "J/506/2910", title: "Understand customers and customer retention", credit: 4, level: 3, glh: 35, group: "A" },
  { unitNumber: 4, urn: "K/506/2169", title: "Resolve customers' problems", credit: 4, level: 3, glh: 19, group: "A" },
  { unitNumber: 5, urn: "D/506/1942", title: "Principles of business", credit: 10, level: 3, glh: 74, group: "A" },
  { unitNumber: 6, urn: "T/506/2952", title: "Manage personal and professional development", credit: 3, level: 3, glh: 12, group: "A" },
  {
    unitNumber: 7,
    urn: "Y/506/2166",
    title: "Develop resources to support consistency of customer service delivery",
    credit: 5,
    level: 3,
    glh: 21,
    group: "B",
  },
  {
    unitNumber: 8,
    urn: "D/506/2167",
    title: "Use service partnerships to deliver customer service",
    credit: 3,
    level: 3,
    glh: 20,
    group: "B",
  },
  { unitNumber: 9, urn: "R/506/2151", title: "Resolve customers' complaints", credit: 4, level: 3, glh: 22, group: "B" },
  { unitNumber: 10, urn: "D/506/2170", title: "Gather, analyse and interpret customer feedback", credit: 5, level: 3, glh: 24, group: "B" },
  {
    unitNumber: 11,
    urn: "K/506/2172",
    title: "Monitor the quality of customer service interactions",
    credit: 5,
    level: 3,
    glh: 27,
    group: "B",
  },
  { unitNumber: 12, urn: "D/506/2119", title: "Communicate verbally with customers", credit: 3, level: 2, glh: 14, group: "B" },
  { unitNumber: 13, urn: "T/506/2126", title: "Communicate with customers in writing", credit: 3, level: 2, glh: 20, group: "B" },
  {
    unitNumber: 14,
    urn: "L/506/2133",
    title: "Promote additional products and/or services to customers",
    credit: 2,
    level: 2,
    glh: 14,
    group: "B",
  },
  { unitNumber: 15, urn: "Y/506/2135", title: "Exceed customer expectations", credit: 3, level: 2, glh: 15, group: "B" },
  {
    unitNumber: 16,
    urn: "T/506/2143",
    title: "Deliver customer service whilst working on customer's premises",
    credit: 4,
    level: 2,
    glh: 20,
    group: "B",
  },
  {
    unitNumber: 17,
    urn: "F/506/2159",
    title: "Deliver customer service to challenging customers",
    credit: 3,
    level: 2,
    glh: 16,
    group: "B",
  },
  { unitNumber: 18, urn: "Y/506/2149", title: "Develop customer relationships", credit: 3, level: 2, glh: 18, group: "B" },
  { unitNumber: 19, urn: "T/506/2160", title: "Support customer service improvements", credit: 3, level: 2, glh: 12, group: "B" },
  {
    unitNumber: 20,
    urn: "A/506/2161",
    title: "Support customers through real-time online customer service",
    credit: 3,
    level: 2,
    glh: 15,
    group: "B",
  },
  { unitNumber: 21, urn: "H/506/2977", title: "Support customers using self-service equipment", credit: 3, level: 2, glh: 18, group: "B" },
  { unitNumber: 22, urn: "J/506/2163", title: "Use social media to deliver customer service", credit: 3, level: 2, glh: 18, group: "B" },
  { unitNumber: 23, urn: "K/506/2978", title: "Provide post-transaction customer service", credit: 5, level: 2, glh: 22, group: "B" },
  { unitNumber: 24, urn: "D/506/2153", title: "Champion customer service", credit: 4, level: 4, glh: 17, group: "B" },
  { unitNumber: 25, urn: "R/506/2179", title: "Build and maintain effective customer relations", credit: 6, level: 4, glh: 25, group: "B" },
  { unitNumber: 26, urn: "L/506/2181", title: "Manage a customer service award programme", credit: 4, level: 4, glh: 15, group: "B" },
  {
    unitNumber: 27,
    urn: "Y/506/2183",
    title: "Manage the use of technology to improve customer service",
    credit: 4,
    level: 4,
    glh: 14,
    group: "B",
  },
  {
    unitNumber: 28,
    urn: "D/506/2962",
    title: "Develop a social media strategy for customer service",
    credit: 5,
    level: 4,
    glh: 16,
    group: "B",
  },
  { unitNumber: 29, urn: "H/506/1912", title: "Negotiate in a business environment", credit: 4, level: 3, glh: 18, group: "C" },
  {
    unitNumber: 30,
    urn: "T/506/1820",
    title: "Promote equality, diversity and inclusion in the workplace",
    credit: 3,
    level: 3,
    glh: 15,
    group: "C",
  },
  { unitNumber: 31, urn: "A/506/1821", title: "Manage team performance", credit: 4, level: 3, glh: 21, group: "C" },
  { unitNumber: 32, urn: "J/506/1921", title: "Manage individuals' performance", credit: 4, level: 3, glh: 20, group: "C" },
  { unitNumber: 33, urn: "M/506/1931", title: "Collaborate with other departments", credit: 3, level: 3, glh: 14, group: "C" },
  {
    unitNumber: 34,
    urn: "F/502/8612",
    title: "Negotiating, handling objections and closing sales",
    credit: 4,
    level: 3,
    glh: 22,
    group: "C",
  },
  {
    unitNumber: 35,
    urn: "R/502/8615",
    title: "Obtaining and analysing sales-related information",
    credit: 4,
    level: 3,
    glh: 24,
    group: "C",
  },
  { unitNumber: 36, urn: "K/502/8622", title: "Buyer behaviours in sales situations", credit: 3, level: 3, glh: 27, group: "C" },
  { unitNumber: 37, urn: "K/503/0418", title: "Manage incidents referred to a contact centre", credit: 6, level: 3, glh: 30, group: "C" },
  {
    unitNumber: 38,
    urn: "D/503/0397",
    title: "Lead direct sales activities in a contact centre team",
    credit: 4,
    level: 3,
    glh: 8,
    group: "C",
  },
  { unitNumber: 39, urn: "L/506/1807", title: "Manage diary systems", credit: 2, level: 2, glh: 12, group: "C" },
  { unitNumber: 40, urn: "L/506/1869", title: "Contribute to the organisation of an event", credit: 3, level: 2, glh: 23, group: "C" },
  { unitNumber: 41, urn: "H/506/1814", title: "Provide reception services", credit: 3, level: 2, glh: 15, group: "C" },
  { unitNumber: 42, urn: "M/506/1895", title: "Buddy a colleague to develop their skills", credit: 3, level: 2, glh: 19, group: "C" },
  { unitNumber: 43, urn: "L/506/1905", title: "Employee rights and responsibilities", credit: 2, level: 2, glh: 16, group: "C" },
  { unitNumber: 44, urn: "M/502/8587", title: "Processing sales orders", credit: 2, level: 2, glh: 17, group: "C" },
  { unitNumber: 45, urn: "J/502/4397", title: "Bespoke software", credit: 4, level: 3, glh: 30, group: "C" },
];

export const ocrLevel3DiplomaInCustomerService = {
  awardingBody: "OCR",
  title: "OCR Level 3 Diploma in Customer Service",
  qualificationNumber: "601/3433/1",
  entryCode: "10380",
  level: 3,
  minimumGuidedLearningHours: 289,
  approvedAgeGroups: { pre16: false, "16-18": true, "18+": true, "19+": true },
  // Handbook 7.3.1: "You can enter candidates for the full qualification or individual units".
  unitEntriesAllowed: true,
  assessmentModel: "Pass/fail; internally assessed by the centre, externally verified by OCR",
  source: "OCR Centre Handbook, Level 3 Diploma in Customer Service, sections 1.6, 2.2, 7.3 and 11.1",
  groups: [
    { id: "A", name: "Group A", description: "Mandatory units" },
    { id: "B", name: "Group B", description: "Optional units" },
    { id: "C", name: "Group C", description: "Optional units" },
  ],
  units,
  // Handbook 2.2. "There are no equivalencies or exemptions for this qualification", so there is
  // nothing else to express.
  rules: [
    { kind: "minimumTotalCredit", credit: 55 },
    { kind: "allOfGroup", group: "A" },
    { kind: "minimumCreditFromGroup", group: "B", credit: 15 },
    { kind: "maximumCreditFromGroup", group: "C", credit: 9 },
    { kind: "minimumCreditAtOrAboveLevel", level: 3, credit: 40 },
  ],
} satisfies OcrQualificationSpec;
