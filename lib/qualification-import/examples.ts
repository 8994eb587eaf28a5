import { qualificationToCsv } from "./write-csv";
import type { QualificationDocument } from "./schemas";

// The example offered for download on /qualifications/import, in both formats (the CSV is written
// from the same qualification, so the two always agree). The demo seed imports it too.

const unit = (
  urn: string,
  unitNumber: number,
  title: string,
  credit: number,
  glh: number,
  group: string,
  outcomes: [string, string[]][],
): QualificationDocument["units"][number] => ({
  urn,
  unitNumber,
  title,
  level: 2,
  credit,
  glh,
  group,
  learningOutcomes: outcomes.map(([outcomeTitle, criteria], o) => ({
    ref: String(o + 1),
    title: outcomeTitle,
    criteria: criteria.map((text, c) => ({ ref: `${o + 1}.${c + 1}`, text })),
  })),
});

export const exampleQualification: QualificationDocument = {
  qualificationNumber: "603/7401/2",
  title: "Level 2 Certificate in Retail Skills",
  entryCode: "05870",
  level: 2,
  minimumGuidedLearningHours: 120,
  approvedAgeGroups: ["16-18", "18+", "19+"],
  unitEntriesAllowed: true,
  certificationEndDate: "2030-08-31",
  groups: [
    { id: "A", name: "Group A", description: "Mandatory units" },
    { id: "B", name: "Group B", description: "Optional units" },
  ],
  rules: [
    { kind: "allOfGroup", group: "A" },
    { kind: "minimumCreditFromGroup", group: "B", credit: 6 },
    { kind: "minimumTotalCredit", credit: 17 },
    { kind: "barredCombination", unitUrns: ["M/617/4505", "T/617/4506"] },
  ],
  units: [
    unit("H/617/4501", 1, "Serve customers in a retail environment", 4, 30, "A", [
      [
        "Understand how to meet customers' needs",
        ["Describe how to find out what a customer wants", "Explain why customers' expectations differ"],
      ],
      ["Be able to serve customers", ["Greet customers in line with the store's standards", "Complete a sale, including payment"]],
    ]),
    unit("K/617/4502", 2, "Work safely in a retail environment", 4, 30, "A", [
      ["Understand health and safety at work", ["Identify the hazards in a retail store", "Describe how to report an accident"]],
      ["Be able to work safely", ["Lift and move stock safely", "Keep the work area free of hazards"]],
    ]),
    unit("M/617/4503", 3, "Handle stock", 3, 20, "A", [
      ["Understand stock control", ["Explain why stock is rotated", "Describe how stock losses happen"]],
      ["Be able to receive and store stock", ["Check a delivery against its note", "Store stock in the right place"]],
    ]),
    unit("T/617/4504", 4, "Display products", 3, 20, "B", [
      ["Understand product displays", ["Explain how displays help sales", "Describe the rules for pricing displays"]],
      ["Be able to build a display", ["Build a display to a plan", "Check every item on display is priced"]],
    ]),
    unit("M/617/4505", 5, "Process returns and refunds", 3, 20, "B", [
      ["Understand consumer rights", ["Outline a customer's right to a refund", "Describe when a refund may be refused"]],
      ["Be able to process a return", ["Check a returned item and its receipt", "Give a refund or exchange"]],
    ]),
    unit("T/617/4506", 6, "Process exchanges", 2, 15, "B", [
      ["Understand exchange policies", ["Describe the store's exchange policy"]],
      ["Be able to process an exchange", ["Exchange an item in line with the policy"]],
    ]),
    unit("A/617/4507", 7, "Promote loyalty schemes", 4, 25, "B", [
      ["Understand loyalty schemes", ["Explain how a loyalty scheme benefits the store", "Describe what a scheme offers customers"]],
      ["Be able to promote a scheme", ["Tell a customer about the scheme", "Sign a customer up to the scheme"]],
    ]),
  ],
};

export const exampleQualificationJson = `${JSON.stringify(exampleQualification, null, 2)}\n`;
export const exampleQualificationCsv = qualificationToCsv(exampleQualification);
