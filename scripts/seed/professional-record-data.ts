// Issue 8 (assessors' professional record and awarding-body compliance): the people of the demo
// world's Institute of Customer Service and Naace, and the OCR centres' new team member. The
// stories themselves are in awarding-body-stories.ts and professional-record-stories.ts.

import { demoUnits, freelanceAssessor, type DemoStaffRecord } from "./demo-data";

export const demoAwardingBodies = {
  ics: { name: "The Institute of Customer Service", legalName: "The Institute of Customer Service" },
  naace: { name: "Naace", legalName: "Naace" },
} as const;

export const icsStaff = { name: "Amara Osei", email: "amara.osei@instituteofcustomerservice.example" };
export const naaceStaff = { name: "Lucy Ward", email: "lucy.ward@naace.example" };

/** The Institute's approved centre and its admin. */
export const icsCentre = {
  name: "Harbour Contact Centre Academy",
  centreNumber: "ICS-4172",
  approvedOn: "2021-05-04",
  admin: { name: "Rachel Dunn", email: "rachel.dunn@harbouracademy.example" },
} as const;

/** The Institute's assessors at Harbour Contact Centre Academy, one per lifecycle story. */
export const icsAssessors = {
  /** Fully accredited; CPD compliant (hours, both kinds, this year's Assessor Forum). */
  accredited: { name: "Marcus Bell", email: "marcus.bell@harbouracademy.example" },
  /** Single sign-off, full accreditation overdue; CPD at risk (year ends within 60 days, hours short). */
  singleSignOff: { name: "Leah Fitzgerald", email: "leah.fitzgerald@harbouracademy.example" },
  /** In a supporting review after a breach (the Institute's letter unanswered); CPD non-compliant. */
  supportingReview: { name: "Owen Pritchard", email: "owen.pritchard@harbouracademy.example" },
  /** In training: single sign-off overdue. */
  inTraining: { name: "Nadia Kowalski", email: "nadia.kowalski@harbouracademy.example" },
} as const;

/** Naace's ICT Mark assessors: no centre, their workspace is Naace itself. */
export const naaceAssessors = {
  /** Accredited, 10 school assessments: a quality review is due. */
  accredited: { name: "Gareth Lloyd", email: "gareth.lloyd@ictmark-assessors.example", organisation: "Lloyd Education Consulting" },
  /** Not accredited after the second moderation; the 30-day appeal window is open. */
  notAccredited: { name: "Fiona Campbell", email: "fiona.campbell@ictmark-assessors.example", organisation: "Self-employed" },
  /** Development required after a failed first moderation; fees overdue. */
  developmentRequired: { name: "Peter Okoro", email: "peter.okoro@ictmark-assessors.example", organisation: "Northfield Schools Trust" },
  /** Registered, awaiting the moderated first assessment. */
  registered: { name: "Yasmin Patel", email: "yasmin.patel@ictmark-assessors.example", organisation: "Self-employed" },
} as const;

/** Naace schools and their ICT Mark. */
export const demoSchools = {
  /** Renewal due: the ICT Mark expires within 90 days. Gareth Lloyd supported it through the self-review framework. */
  renewalDue: "Hillside Primary School",
  current: "St Mary's Church of England Primary School",
  expired: "Westfield Academy",
} as const;

/** Joined Northgate College after the last external verifier visit: flagged for the next one. */
export const newTeamMember = { name: "Aisha Rahman", email: "aisha.rahman@northgate.example" };

/** Her own record: the Award in Assessing Competence, competent in the retention unit (verified by Priya Shah). */
export const newTeamMemberRecord: DemoStaffRecord = {
  email: newTeamMember.email,
  qualifications: [{ code: "AWARD_ASSESSING_COMPETENCE", held: true, achievedOn: "2022-06-17" }],
  competentIn: [{ urn: demoUnits.retention, basis: "Customer retention team leader at a mobile network operator, six years" }],
};

/** OCR CPD standings on first start (OCR handbook 4.2, 4.5: occupational CPD every year). */
export const ocrCpdStories = {
  compliant: "grace.mensah@northgate.example",
  /** Daniel's CPD year ends within 60 days with no occupational CPD yet: logging some makes him compliant. */
  atRisk: "daniel.hughes@northgate.example",
  nonCompliant: "hannah.lewis@riverside.example",
} as const;

/** The one held qualification without its certificate on file (flagged for the next visit). */
export const missingCertificate = { email: "grace.mensah@northgate.example", code: "V1" } as const;

/** Sign-ins for issue 8, printed with the others and listed in the README. */
export const professionalRecordSignIns = [
  { who: "Awarding body staff, The Institute of Customer Service", email: icsStaff.email },
  { who: "Awarding body staff, Naace", email: naaceStaff.email },
  { who: "Centre admin (head of centre), Harbour Contact Centre Academy (Institute)", email: icsCentre.admin.email },
  { who: "Assessor, Harbour Contact Centre Academy (Institute, single sign-off)", email: icsAssessors.singleSignOff.email },
  { who: "ICT Mark assessor approved by Naace (no centre)", email: naaceAssessors.accredited.email },
  { who: "Assessor, Northgate College (joined after the last external verifier visit)", email: newTeamMember.email },
];

/** Which account shows which part of the professional record and compliance (printed with the sign-ins). */
export const demoProfessionalRecordJourneys: { email: string; journey: string }[] = [
  {
    email: icsStaff.email,
    journey:
      "Institute dashboard and assessor register: Marcus Bell fully accredited; Leah Fitzgerald's accreditation overdue and CPD at risk; Owen Pritchard in a supporting review (letter unanswered) and CPD non-compliant; Nadia Kowalski's single sign-off overdue; Sam Okafor fully accredited but CPD non-compliant (missed the Assessor Forum); QA requests open, overdue and completed; Leah's new employer not yet acknowledged",
  },
  {
    email: naaceStaff.email,
    journey:
      "Naace register: Gareth Lloyd accredited with 10 school assessments (quality review due); Fiona Campbell not accredited, appeal window open; Peter Okoro development required, fees overdue; Yasmin Patel registered. Schools: Hillside Primary's ICT Mark renewal due (Gareth declared he supported it), Westfield Academy's expired",
  },
  {
    email: naaceAssessors.accredited.email,
    journey:
      "Naace assessor with no centre: his own professional record, CPD with the annual event, his declared conflict with Hillside Primary",
  },
  {
    email: "priya.shah@northgate.example",
    journey:
      "Centre admin, staff list: Aisha Rahman joined after the last external verifier visit; Grace Mensah's V1 certificate missing; Daniel Hughes's CPD at risk; the next visit planned",
  },
  {
    email: "daniel.hughes@northgate.example",
    journey: "Assessor whose OCR CPD is at risk (no occupational CPD this year): logging some makes it compliant",
  },
  {
    email: freelanceAssessor.email,
    journey: "A record spanning bodies: OCR CPD compliant at both centres; approved by the Institute, where he missed the Assessor Forum",
  },
];
