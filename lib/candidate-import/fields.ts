// The candidate fields a CSV can feed, in the order the mapping and the preview show them, with the
// header names student records systems commonly use for each (for guessing the mapping). Pure.

export const importFields = [
  "name",
  "email",
  "dateOfBirth",
  "uln",
  "publiclyFunded",
  "qualificationNumber",
  "fullAward",
  "units",
  "startDate",
  "assessorEmail",
  "iqaEmail",
  "phone",
  "employer",
  "workplace",
] as const;
export type ImportField = (typeof importFields)[number];

/** One row's values after mapping: every field, "" when the file has no value (or no column) for it. */
export type ImportRowValues = Record<ImportField, string>;

/** A row's problem: the field it is about and why, in words for the admin. */
export type ImportProblem = { field: ImportField; reason: string };

type FieldSpec = { label: string; required: boolean; hint: string; synonyms: readonly string[] };

export const importFieldSpecs: Record<ImportField, FieldSpec> = {
  name: {
    label: "Full name",
    required: true,
    hint: "The candidate's full name.",
    synonyms: ["name", "fullname", "learnername", "studentname", "candidatename", "legalname"],
  },
  email: {
    label: "Email",
    required: true,
    hint: "Their invitation to their own account is sent here.",
    synonyms: ["email", "emailaddress", "learneremail", "studentemail", "candidateemail", "personalemail"],
  },
  dateOfBirth: {
    label: "Date of birth",
    required: true,
    hint: "YYYY-MM-DD or DD/MM/YYYY.",
    synonyms: ["dateofbirth", "dob", "birthdate", "birthday", "dateofbirthddmmyyyy"],
  },
  uln: {
    label: "ULN",
    required: false,
    hint: "Unique Learner Number, ten digits.",
    synonyms: ["uln", "uniquelearnernumber", "learnernumber", "ulnnumber"],
  },
  publiclyFunded: {
    label: "Publicly funded",
    required: false,
    hint: "Yes or no (empty: no).",
    synonyms: ["publiclyfunded", "funded", "funding", "publicfunding", "fundingstatus"],
  },
  qualificationNumber: {
    label: "Qualification",
    required: true,
    hint: "The qualification number (e.g. 601/3433/1) or the awarding body's entry code (e.g. 10380).",
    synonyms: [
      "qualification",
      "qualificationnumber",
      "qan",
      "qualificationcode",
      "entrycode",
      "aim",
      "learningaim",
      "course",
      "coursecode",
    ],
  },
  fullAward: {
    label: "Full award",
    required: false,
    hint: "Yes for a full-award entry; leave empty and list units for a unit entry.",
    synonyms: ["fullaward", "full", "fullawardentry", "entrytype"],
  },
  units: {
    label: "Units",
    required: false,
    hint: "Unit reference numbers (URNs) separated by semicolons, for a unit entry.",
    synonyms: ["units", "unit", "unitentries", "urns", "unitreferences", "unitreferencenumbers"],
  },
  startDate: {
    label: "Start date",
    required: true,
    hint: "YYYY-MM-DD or DD/MM/YYYY.",
    synonyms: ["startdate", "start", "coursestartdate", "enrolmentdate", "enrollmentdate", "learningstartdate"],
  },
  assessorEmail: {
    label: "Assessor's email",
    required: false,
    hint: "One of the centre's active assessors; empty: allocate later.",
    synonyms: ["assessoremail", "assessorsemail", "assessor", "tutoremail", "assessoremailaddress"],
  },
  iqaEmail: {
    label: "IQA's email",
    required: false,
    hint: "One of the centre's active IQAs; empty: allocate later.",
    synonyms: ["iqaemail", "iqasemail", "iqa", "internalqualityassurer", "ivemail", "iv"],
  },
  phone: {
    label: "Phone",
    required: false,
    hint: "",
    synonyms: ["phone", "telephone", "mobile", "phonenumber", "mobilenumber", "tel"],
  },
  employer: {
    label: "Employer",
    required: false,
    hint: "",
    synonyms: ["employer", "employername", "company", "organisation", "organization"],
  },
  workplace: {
    label: "Workplace or site",
    required: false,
    hint: "",
    synonyms: ["workplace", "workplaceorsite", "site", "location", "workplacesite", "campus"],
  },
};

export const requiredImportFields = importFields.filter((field) => importFieldSpecs[field].required);

/** A row with every field empty. */
export function emptyRowValues(): ImportRowValues {
  return Object.fromEntries(importFields.map((field) => [field, ""])) as ImportRowValues;
}
