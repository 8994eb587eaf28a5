// The demo world loaded by `npm start` on an empty database and used by the end-to-end tests.
// Emails use the reserved .example domain so no real address is ever written to.

export const demoPassword = "Assay demo 2026!";

type DemoMember = {
  name: string;
  email: string;
  roles: ("CENTRE_ADMIN" | "ASSESSOR" | "IQA" | "CANDIDATE" | "EXTERNAL_VERIFIER")[];
  headOfCentre?: boolean;
  expiresInDays?: number;
};

/** Someone the centre has invited who has not answered yet: the staff list shows it under "Invitations not yet accepted". */
type DemoInvitation = { name: string; email: string; role: "ASSESSOR" | "IQA" };

export type DemoCentre = {
  key: "northgate" | "riverside";
  name: string;
  centreNumber: string;
  approvedOn: string;
  members: DemoMember[];
  pendingInvitation: DemoInvitation;
};

/** A freelance assessor and IQA who works for both centres: the person who shows the centre switcher. */
export const freelanceAssessor = { name: "Sam Okafor", email: "sam.okafor@assessors.example" };

/**
 * Candidates whose records carry the internal quality assurance history (scripts/seed/sampling-stories.ts):
 * a year of decisions sampled by each centre's IQA. Four have completed their two units.
 */
export const samplingCandidatePeople = {
  northgate: [
    { name: "Harriet Cole", email: "harriet.cole@learners.example" },
    { name: "Callum Reid", email: "callum.reid@learners.example" },
    { name: "Zainab Ahmed", email: "zainab.ahmed@learners.example" },
    { name: "Lucy Brennan", email: "lucy.brennan@learners.example" },
    { name: "Tariq Mahmood", email: "tariq.mahmood@learners.example" },
  ],
  riverside: [
    { name: "Megan Shaw", email: "megan.shaw@learners.example" },
    { name: "Connor Walsh", email: "connor.walsh@learners.example" },
    { name: "Aisha Begum", email: "aisha.begum@learners.example" },
    { name: "Lewis Grant", email: "lewis.grant@learners.example" },
    { name: "Kieran Doyle", email: "kieran.doyle@learners.example" },
    { name: "Fatima Hussain", email: "fatima.hussain@learners.example" },
  ],
} as const;

const asCandidateMembers = (people: readonly { name: string; email: string }[]): DemoMember[] =>
  people.map((person) => ({ ...person, roles: ["CANDIDATE"] }));

export const demoCentres: DemoCentre[] = [
  {
    key: "northgate",
    name: "Northgate College",
    centreNumber: "61234",
    approvedOn: "2019-09-01",
    members: [
      { name: "Priya Shah", email: "priya.shah@northgate.example", roles: ["CENTRE_ADMIN"], headOfCentre: true },
      { name: "Daniel Hughes", email: "daniel.hughes@northgate.example", roles: ["ASSESSOR"] },
      { ...freelanceAssessor, roles: ["ASSESSOR", "IQA"] },
      { name: "Grace Mensah", email: "grace.mensah@northgate.example", roles: ["IQA", "ASSESSOR"] },
      { name: "Eleanor Price", email: "eleanor.price@verifiers.example", roles: ["EXTERNAL_VERIFIER"], expiresInDays: 60 },
      { name: "Chloe Turner", email: "chloe.turner@learners.example", roles: ["CANDIDATE"] },
      { name: "Mohammed Ali", email: "mohammed.ali@learners.example", roles: ["CANDIDATE"] },
      { name: "Jessica Wood", email: "jessica.wood@learners.example", roles: ["CANDIDATE"] },
      { name: "Liam O'Connor", email: "liam.oconnor@learners.example", roles: ["CANDIDATE"] },
      { name: "Amelia Evans", email: "amelia.evans@learners.example", roles: ["CANDIDATE"] },
      ...asCandidateMembers(samplingCandidatePeople.northgate),
    ],
    pendingInvitation: { name: "Ruth Adeyemi", email: "ruth.adeyemi@northgate.example", role: "IQA" },
  },
  {
    key: "riverside",
    name: "Riverside Training Ltd",
    centreNumber: "58790",
    approvedOn: "2021-02-15",
    members: [
      { name: "Tom Barker", email: "tom.barker@riverside.example", roles: ["CENTRE_ADMIN"], headOfCentre: true },
      { name: "Hannah Lewis", email: "hannah.lewis@riverside.example", roles: ["ASSESSOR"] },
      { ...freelanceAssessor, roles: ["ASSESSOR", "IQA"] },
      { name: "Ravi Kapoor", email: "ravi.kapoor@riverside.example", roles: ["IQA"] },
      { name: "Sophie Clarke", email: "sophie.clarke@learners.example", roles: ["CANDIDATE"] },
      { name: "Jack Robinson", email: "jack.robinson@learners.example", roles: ["CANDIDATE"] },
      { name: "Olivia Green", email: "olivia.green@learners.example", roles: ["CANDIDATE"] },
      { name: "Noah Walker", email: "noah.walker@learners.example", roles: ["CANDIDATE"] },
      { name: "Isla Thompson", email: "isla.thompson@learners.example", roles: ["CANDIDATE"] },
      ...asCandidateMembers(samplingCandidatePeople.riverside),
    ],
    pendingInvitation: { name: "Owen Davies", email: "owen.davies@riverside.example", role: "ASSESSOR" },
  },
];

export const awardingBodyStaff = { name: "Helen Marsh", email: "helen.marsh@ocr.example" };

/** The sign-ins printed at start-up and listed in the README. */
export const demoSignIns = [
  { who: "Centre admin (head of centre), Northgate College", email: "priya.shah@northgate.example" },
  { who: "Centre admin (head of centre), Riverside Training", email: "tom.barker@riverside.example" },
  { who: "Assessor and IQA at both centres (centre switcher)", email: freelanceAssessor.email },
  { who: "Assessor and IQA, Northgate College", email: "grace.mensah@northgate.example" },
  { who: "External verifier, Northgate College (access expires)", email: "eleanor.price@verifiers.example" },
  { who: "Assessor, Northgate College (working towards the assessor qualification)", email: "daniel.hughes@northgate.example" },
  { who: "Assessor, Riverside Training", email: "hannah.lewis@riverside.example" },
  { who: "IQA, Riverside Training", email: "ravi.kapoor@riverside.example" },
  { who: "Candidate, Northgate College", email: "chloe.turner@learners.example" },
  { who: "Candidate, Northgate College", email: "mohammed.ali@learners.example" },
  { who: "Awarding body staff, OCR", email: awardingBodyStaff.email },
];

// ---------------------------------------------------------------------------------------------
// Issue 7: candidates and their assessment record.

/** The units whose published outcomes and criteria the demo world assesses. */
export const demoUnits = {
  /** Knowledge unit, group A, 14 criteria. */
  retention: "J/506/2910",
  /** Competence unit, group B, 17 criteria. */
  complaints: "R/506/2151",
  /** Group A; only part of its criteria are held (lib/qualifications/ocr-10380-assessment-criteria.ts). */
  business: "D/506/1942",
} as const;

type DemoCentreKey = DemoCentre["key"];

/** An assessor's or IQA's qualification on their own record (StaffQualification; codes from lib/rules/policies.ts). */
export type DemoStaffRecord = {
  email: string;
  qualifications: { code: string; held: boolean; achievedOn?: string }[];
  /** Units the person is occupationally competent to assess, with the basis. */
  competentIn: { urn: string; basis: string }[];
};

export const demoStaffRecords: DemoStaffRecord[] = [
  {
    email: freelanceAssessor.email,
    qualifications: [
      { code: "CAVA", held: true, achievedOn: "2014-06-30" },
      { code: "AWARD_IQA", held: true, achievedOn: "2016-11-18" },
    ],
    competentIn: [
      { urn: demoUnits.retention, basis: "Twelve years in retail banking customer service, six as a contact centre manager" },
      { urn: demoUnits.complaints, basis: "Ran a complaints resolution team of 14 for four years" },
      { urn: demoUnits.business, basis: "Operations manager responsible for a service budget" },
    ],
  },
  {
    email: "grace.mensah@northgate.example",
    qualifications: [
      { code: "A1", held: true, achievedOn: "2009-03-20" },
      { code: "V1", held: true, achievedOn: "2011-07-08" },
    ],
    competentIn: [
      { urn: demoUnits.retention, basis: "Customer experience lead for a regional housing association, eight years" },
      { urn: demoUnits.complaints, basis: "Complaints and casework manager, eight years" },
      { urn: demoUnits.business, basis: "Business studies lecturer; former small business owner" },
    ],
  },
  {
    // Working towards the assessor qualification: sign-offs wait for a qualified assessor's countersignature.
    email: "daniel.hughes@northgate.example",
    qualifications: [{ code: "CAVA", held: false }],
    competentIn: [
      { urn: demoUnits.retention, basis: "Customer service team leader at a utilities contact centre, five years" },
      { urn: demoUnits.complaints, basis: "Second-line complaints handler, three years" },
    ],
  },
  {
    email: "hannah.lewis@riverside.example",
    qualifications: [{ code: "AWARD_ASSESSING_COMPETENCE", held: true, achievedOn: "2018-05-11" }],
    competentIn: [
      { urn: demoUnits.retention, basis: "Customer retention manager for a broadband provider" },
      { urn: demoUnits.complaints, basis: "Complaints team leader, six years" },
    ],
  },
  {
    email: "ravi.kapoor@riverside.example",
    qualifications: [
      { code: "D32", held: true, achievedOn: "2003-10-01" },
      { code: "D33", held: true, achievedOn: "2003-10-01" },
      { code: "D34", held: true, achievedOn: "2005-02-14" },
    ],
    competentIn: [{ urn: demoUnits.complaints, basis: "Customer relations manager, ten years" }],
  },
];

/**
 * A registered candidate (RD01). Those with `account` already have a CANDIDATE membership above
 * (same email); the others were registered but have not accepted their invitation yet.
 */
export type DemoCandidate = {
  centre: DemoCentreKey;
  name: string;
  email: string;
  account: boolean;
  dateOfBirth: string;
  /** Valid ULNs (lib/rules/uln.ts); null: not known yet (the registration warns). */
  uln: string | null;
  publiclyFunded: boolean;
  phone: string;
  address: string;
  employer: string;
  workplace: string;
  /** Days before today. */
  startedDaysAgo: number;
  entry: "FULL_AWARD" | { units: string[] };
  entryConfirmed: boolean;
  assessor: string;
  iqa: string;
  initialAssessmentOutcome: string;
  specialAssessmentRequirements?: string;
};

const northgateEmployer = { employer: "Harbour Bank plc", workplace: "Leeds contact centre, Wellington Place" };
const riversideEmployer = { employer: "Calder Valley Energy", workplace: "Customer service hub, Halifax" };

const storyCandidates: DemoCandidate[] = [
  {
    centre: "northgate",
    name: "Chloe Turner",
    email: "chloe.turner@learners.example",
    account: true,
    dateOfBirth: "2001-04-17",
    uln: "6182049374",
    publiclyFunded: true,
    phone: "07700 900101",
    address: "14 Brudenell Grove, Leeds LS6 1HP",
    ...northgateEmployer,
    startedDaysAgo: 120,
    entry: "FULL_AWARD",
    entryConfirmed: true,
    assessor: "grace.mensah@northgate.example",
    iqa: freelanceAssessor.email,
    initialAssessmentOutcome: "Two years on the complaints line; strong on resolution, new to CRM reporting. Full award over 12 months.",
  },
  {
    centre: "northgate",
    name: "Mohammed Ali",
    email: "mohammed.ali@learners.example",
    account: true,
    dateOfBirth: "1994-09-02",
    uln: "7205831465",
    publiclyFunded: false,
    phone: "07700 900102",
    address: "7 Roundhay Mount, Leeds LS8 4DW",
    ...northgateEmployer,
    startedDaysAgo: 150,
    entry: { units: [demoUnits.retention, demoUnits.complaints] },
    entryConfirmed: true,
    assessor: freelanceAssessor.email,
    iqa: "grace.mensah@northgate.example",
    initialAssessmentOutcome: "Team leader; employer is funding two units for his development plan.",
  },
  {
    centre: "northgate",
    name: "Jessica Wood",
    email: "jessica.wood@learners.example",
    account: true,
    dateOfBirth: "1998-01-23",
    uln: "8341612959",
    publiclyFunded: true,
    phone: "07700 900103",
    address: "22 Otley Road, Headingley, Leeds LS6 3PX",
    ...northgateEmployer,
    startedDaysAgo: 200,
    entry: "FULL_AWARD",
    entryConfirmed: true,
    assessor: "grace.mensah@northgate.example",
    iqa: freelanceAssessor.email,
    initialAssessmentOutcome: "Experienced adviser; accredited prior learning considered and not needed.",
    specialAssessmentRequirements:
      "Dyslexia: questions given in writing a day before any questioning session; extra time for written work.",
  },
  {
    centre: "northgate",
    name: "Liam O'Connor",
    email: "liam.oconnor@learners.example",
    account: true,
    dateOfBirth: "2003-11-30",
    uln: "9450723183",
    publiclyFunded: true,
    phone: "07700 900104",
    address: "3 Kirkstall Lane, Leeds LS5 3BE",
    ...northgateEmployer,
    startedDaysAgo: 180,
    entry: "FULL_AWARD",
    entryConfirmed: true,
    assessor: "daniel.hughes@northgate.example",
    iqa: "grace.mensah@northgate.example",
    initialAssessmentOutcome: "Apprentice adviser in year two; ready for level 3.",
  },
  {
    centre: "northgate",
    name: "Amelia Evans",
    email: "amelia.evans@learners.example",
    account: true,
    dateOfBirth: "2000-06-12",
    uln: "2649138504",
    publiclyFunded: false,
    phone: "07700 900105",
    address: "41 Chapeltown Road, Leeds LS7 3AP",
    employer: "Northern Rail Travel Centre",
    workplace: "Leeds station ticket office",
    startedDaysAgo: 60,
    entry: "FULL_AWARD",
    entryConfirmed: false,
    assessor: freelanceAssessor.email,
    iqa: "grace.mensah@northgate.example",
    initialAssessmentOutcome: "Good communication skills; needs support with written reflective accounts.",
  },
  {
    centre: "northgate",
    name: "Ben Foster",
    email: "ben.foster@learners.example",
    account: false,
    dateOfBirth: "2004-02-08",
    uln: null,
    publiclyFunded: true,
    phone: "07700 900106",
    address: "9 Beeston Hill, Leeds LS11 8PN",
    ...northgateEmployer,
    startedDaysAgo: 5,
    entry: "FULL_AWARD",
    entryConfirmed: false,
    assessor: "daniel.hughes@northgate.example",
    iqa: freelanceAssessor.email,
    initialAssessmentOutcome: "Initial assessment booked; ULN to be confirmed from his Personal Learning Record.",
  },
  {
    centre: "riverside",
    name: "Sophie Clarke",
    email: "sophie.clarke@learners.example",
    account: true,
    dateOfBirth: "1999-08-19",
    uln: "5724081937",
    publiclyFunded: true,
    phone: "07700 900201",
    address: "16 Savile Park Road, Halifax HX1 3EA",
    ...riversideEmployer,
    startedDaysAgo: 90,
    entry: "FULL_AWARD",
    entryConfirmed: true,
    assessor: "hannah.lewis@riverside.example",
    iqa: "ravi.kapoor@riverside.example",
    initialAssessmentOutcome: "Billing adviser; good product knowledge, building complaint handling confidence.",
  },
  {
    centre: "riverside",
    name: "Jack Robinson",
    email: "jack.robinson@learners.example",
    account: true,
    dateOfBirth: "1996-03-05",
    uln: "6893520475",
    publiclyFunded: false,
    phone: "07700 900202",
    address: "5 Hopwood Lane, Halifax HX1 5ER",
    ...riversideEmployer,
    startedDaysAgo: 240,
    entry: "FULL_AWARD",
    entryConfirmed: true,
    assessor: "hannah.lewis@riverside.example",
    iqa: freelanceAssessor.email,
    initialAssessmentOutcome: "Senior adviser; on track to complete within 10 months.",
  },
  {
    centre: "riverside",
    name: "Olivia Green",
    email: "olivia.green@learners.example",
    account: true,
    dateOfBirth: "2002-12-14",
    uln: "7916243058",
    publiclyFunded: true,
    phone: "07700 900203",
    address: "28 Skircoat Moor Road, Halifax HX3 0HJ",
    ...riversideEmployer,
    startedDaysAgo: 130,
    entry: "FULL_AWARD",
    entryConfirmed: true,
    assessor: freelanceAssessor.email,
    iqa: "ravi.kapoor@riverside.example",
    initialAssessmentOutcome: "Complaints adviser; prefers spoken to written evidence.",
    specialAssessmentRequirements:
      "Hearing impairment: observations on calls use the headset with amplification; questioning face to face.",
  },
  {
    centre: "riverside",
    name: "Noah Walker",
    email: "noah.walker@learners.example",
    account: true,
    dateOfBirth: "1997-07-27",
    uln: "8560314724",
    publiclyFunded: false,
    phone: "07700 900204",
    address: "2 Rochdale Road, Sowerby Bridge HX6 3AA",
    ...riversideEmployer,
    startedDaysAgo: 100,
    entry: { units: [demoUnits.complaints] },
    entryConfirmed: true,
    assessor: freelanceAssessor.email,
    iqa: "ravi.kapoor@riverside.example",
    initialAssessmentOutcome: "Entered for the complaints unit only, as part of his promotion to the escalations desk.",
  },
  {
    centre: "riverside",
    name: "Isla Thompson",
    email: "isla.thompson@learners.example",
    account: true,
    dateOfBirth: "2005-05-09",
    uln: "4372958160",
    publiclyFunded: true,
    phone: "07700 900205",
    address: "11 Queens Road, Halifax HX1 3NS",
    ...riversideEmployer,
    startedDaysAgo: 21,
    entry: "FULL_AWARD",
    entryConfirmed: true,
    assessor: "hannah.lewis@riverside.example",
    iqa: "ravi.kapoor@riverside.example",
    initialAssessmentOutcome: "New starter from the apprenticeship programme; plan agreed for the first three months.",
  },
  {
    centre: "riverside",
    name: "Ella Morgan",
    email: "ella.morgan@learners.example",
    account: false,
    dateOfBirth: "2001-10-21",
    uln: "9256170433",
    publiclyFunded: true,
    phone: "07700 900206",
    address: "63 King Cross Road, Halifax HX1 1EB",
    ...riversideEmployer,
    startedDaysAgo: 3,
    entry: "FULL_AWARD",
    entryConfirmed: false,
    assessor: freelanceAssessor.email,
    iqa: "ravi.kapoor@riverside.example",
    initialAssessmentOutcome: "Registered; her invitation is waiting to be accepted.",
  },
];

/**
 * The IQA history's candidates (issue 9): entered for the retention and complaints units, each
 * allocated to the centre's IQA (Grace Mensah at Northgate, Ravi Kapoor at Riverside), so that
 * their assessors' decisions are in scope of that IQA's sampling plans.
 */
function samplingCandidate(input: {
  centre: DemoCentreKey;
  index: number;
  uln: string;
  dateOfBirth: string;
  startedDaysAgo: number;
  assessor: string;
  initialAssessmentOutcome: string;
}): DemoCandidate {
  const person = samplingCandidatePeople[input.centre][input.index]!;
  const northgate = input.centre === "northgate";
  return {
    centre: input.centre,
    name: person.name,
    email: person.email,
    account: true,
    dateOfBirth: input.dateOfBirth,
    uln: input.uln,
    publiclyFunded: input.index % 2 === 0,
    phone: `07700 90${northgate ? "03" : "04"}${String(input.index + 1).padStart(2, "0")}`,
    address: northgate
      ? `${12 + input.index * 7} Harehills Lane, Leeds LS9 6${input.index}A`
      : `${5 + input.index * 9} Gibbet Street, Halifax HX1 4${input.index}B`,
    ...(northgate ? northgateEmployer : riversideEmployer),
    startedDaysAgo: input.startedDaysAgo,
    entry: { units: [demoUnits.retention, demoUnits.complaints] },
    entryConfirmed: true,
    assessor: input.assessor,
    iqa: northgate ? "grace.mensah@northgate.example" : "ravi.kapoor@riverside.example",
    initialAssessmentOutcome: input.initialAssessmentOutcome,
  };
}

const daniel = "daniel.hughes@northgate.example";
const hannah = "hannah.lewis@riverside.example";

const samplingCandidates: DemoCandidate[] = [
  samplingCandidate({
    centre: "northgate",
    index: 0,
    uln: "3145710000",
    dateOfBirth: "1995-03-14",
    startedDaysAgo: 420,
    assessor: daniel,
    initialAssessmentOutcome: "Two units for her move to the complaints team.",
  }),
  samplingCandidate({
    centre: "northgate",
    index: 1,
    uln: "3256810003",
    dateOfBirth: "1999-10-02",
    startedDaysAgo: 300,
    assessor: daniel,
    initialAssessmentOutcome: "Adviser on the savings line; complaints unit first.",
  }),
  samplingCandidate({
    centre: "northgate",
    index: 2,
    uln: "3367910006",
    dateOfBirth: "2003-07-21",
    startedDaysAgo: 90,
    assessor: daniel,
    initialAssessmentOutcome: "New adviser; building confidence on complaint calls.",
  }),
  samplingCandidate({
    centre: "northgate",
    index: 3,
    uln: "3478110008",
    dateOfBirth: "1990-12-09",
    startedDaysAgo: 420,
    assessor: freelanceAssessor.email,
    initialAssessmentOutcome: "Team leader; two units for her development plan.",
  }),
  samplingCandidate({
    centre: "northgate",
    index: 4,
    uln: "3589210000",
    dateOfBirth: "1997-05-30",
    startedDaysAgo: 300,
    assessor: freelanceAssessor.email,
    initialAssessmentOutcome: "Senior adviser; retention unit first.",
  }),
  samplingCandidate({
    centre: "riverside",
    index: 0,
    uln: "3691310000",
    dateOfBirth: "1996-02-11",
    startedDaysAgo: 420,
    assessor: hannah,
    initialAssessmentOutcome: "Complaints adviser; two units over a year.",
  }),
  samplingCandidate({
    centre: "riverside",
    index: 1,
    uln: "3712410009",
    dateOfBirth: "2000-09-17",
    startedDaysAgo: 320,
    assessor: hannah,
    initialAssessmentOutcome: "Retention team adviser; strong on customer calls.",
  }),
  samplingCandidate({
    centre: "riverside",
    index: 2,
    uln: "3823510001",
    dateOfBirth: "1998-04-05",
    startedDaysAgo: 150,
    assessor: hannah,
    initialAssessmentOutcome: "Billing adviser; retention unit first, then complaints.",
  }),
  samplingCandidate({
    centre: "riverside",
    index: 3,
    uln: "3934610004",
    dateOfBirth: "2002-01-28",
    startedDaysAgo: 120,
    assessor: hannah,
    initialAssessmentOutcome: "Escalations adviser; complaints unit first.",
  }),
  samplingCandidate({
    centre: "riverside",
    index: 4,
    uln: "4135710009",
    dateOfBirth: "1993-08-08",
    startedDaysAgo: 420,
    assessor: freelanceAssessor.email,
    initialAssessmentOutcome: "Experienced adviser; two units for promotion.",
  }),
  samplingCandidate({
    centre: "riverside",
    index: 5,
    uln: "4246810001",
    dateOfBirth: "2001-11-19",
    startedDaysAgo: 300,
    assessor: freelanceAssessor.email,
    initialAssessmentOutcome: "Adviser on the complaints line; prefers spoken evidence.",
  }),
];

export const demoCandidates: DemoCandidate[] = [...storyCandidates, ...samplingCandidates];

/** Which account shows which journey of the assessment record (printed with the sign-ins; in the README). */
export const demoJourneys: { email: string; journey: string }[] = [
  {
    email: "grace.mensah@northgate.example",
    journey:
      "Assessor caseload (Northgate): Jessica Wood's retention unit is ready to sign off; Chloe Turner has evidence to judge; Liam O'Connor's unit waits for her countersignature",
  },
  {
    email: "daniel.hughes@northgate.example",
    journey:
      "Assessor working towards the qualification: his sign-off of Liam O'Connor's retention unit awaits countersignature, and Liam's complaints unit is ready to sign; he declared a family relationship with Amelia Evans, so he cannot record for her",
  },
  {
    email: freelanceAssessor.email,
    journey: "Assessor at both centres: Mohammed Ali and Amelia Evans (Northgate), Olivia Green and Noah Walker (Riverside)",
  },
  {
    email: "hannah.lewis@riverside.example",
    journey: "Assessor caseload (Riverside): Sophie Clarke, Jack Robinson (unit signed off), Isla Thompson",
  },
  {
    email: "chloe.turner@learners.example",
    journey: "Candidate with a plan to confirm and feedback to reply to; a rejected item and its resubmission",
  },
  { email: "mohammed.ali@learners.example", journey: "Candidate with a declaration to sign (the retention unit is fully evidenced)" },
  { email: "sophie.clarke@learners.example", journey: "Candidate at Riverside with a plan to confirm and feedback to reply to" },
  { email: "olivia.green@learners.example", journey: "Candidate who has lodged an appeal against a decision" },
  {
    email: "priya.shah@northgate.example",
    journey: "Centre admin: registers candidates, allocates assessors and IQAs; Ben Foster's invitation is not accepted yet",
  },
  {
    email: "tom.barker@riverside.example",
    journey: "Centre admin at Riverside: Olivia Green's appeal is lodged; Ella Morgan is not yet signed in",
  },
];

/** Which account shows which part of internal quality assurance (issue 9; printed with the sign-ins). */
export const demoIqaJourneys: { email: string; journey: string }[] = [
  {
    email: "ravi.kapoor@riverside.example",
    journey:
      "IQA (Riverside): a year of sampling Hannah Lewis and Sam Okafor (one disagree, since resolved); this period's recorded plan has Aisha Begum's and Lewis Grant's units still to sample; Hannah's action is overdue; standardisation met two months ago, an exercise waits for Sam's judgement",
  },
  {
    email: "grace.mensah@northgate.example",
    journey:
      "IQA (Northgate): samples Daniel Hughes (not yet qualified, sampled in full) and Sam Okafor; this period's plan is a draft to record; standardisation is overdue (last met five months ago)",
  },
  {
    email: "hannah.lewis@riverside.example",
    journey:
      "Assessor: feedback from Ravi Kapoor to acknowledge, an overdue action, her risk rating raised to medium after standardisation",
  },
  {
    email: "sam.okafor@assessors.example",
    journey: "Assessor sampled at both centres (low risk); a standardisation exercise at Riverside awaits his judgement",
  },
];
