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
  { who: "Candidate, Northgate College", email: "chloe.turner@learners.example" },
  { who: "Awarding body staff, OCR", email: awardingBodyStaff.email },
];
