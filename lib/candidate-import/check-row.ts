import type { z } from "zod";
import { allocationConflicts, type AllocationDeclaration } from "@/lib/candidates/allocation-conflicts";
import { checkRegistrationEntry, entriesOf, entrySpecOf, type EntryField } from "@/lib/candidates/entry-checks";
import { registerCandidateSchema } from "@/lib/candidates/schemas";
import type { IsoDate } from "@/lib/rules/dates";
import { normaliseUln } from "@/lib/rules/uln";
import { importFieldSpecs, requiredImportFields, type ImportField, type ImportProblem, type ImportRowValues } from "./fields";
import { qualificationKey, readImportDate, readUnitList, readYesNo } from "./read-values";
import { cellTooLongMessage, maxCellChars } from "./schemas";

// One row of a candidate import checked against the centre as it is now: the same rules as the
// registration form (its zod schema, the entry rules of handbook 1.4, 7.3, 7.4 and 11.1, the
// allocation and its declared conflicts of interest), plus what only a file can get wrong (an
// unknown qualification, unit or assessor, a date written oddly, the same person twice). Pure:
// the context is loaded once for the whole file (load-check-context.ts).

type Registration = z.output<typeof registerCandidateSchema>;
type EntrySpecSource = Parameters<typeof entrySpecOf>[0];

export type CheckQualification = Omit<EntrySpecSource, "units"> & {
  id: string;
  title: string;
  entryCode: string | null;
  units: (EntrySpecSource["units"][number] & { id: string })[];
};
export type CheckStaff = { userId: string; name: string; email: string };
export type ExistingCandidate = {
  id: string;
  email: string;
  uln: string | null;
  dateOfBirth: IsoDate;
  qualificationId: string;
  entryType: "FULL_AWARD" | "UNITS";
  entryUnitIds: string[];
  status: string;
};

export type ImportCheckContext = {
  centreId: string;
  today: IsoDate;
  /** By qualification number and by entry code (qualificationKey). */
  qualifications: ReadonlyMap<string, CheckQualification>;
  /** Active assessors and IQAs of the centre, by lower-case email. */
  assessors: ReadonlyMap<string, CheckStaff>;
  iqas: ReadonlyMap<string, CheckStaff>;
  /** The centre's registrations, any status. */
  existing: readonly ExistingCandidate[];
  /** Conflict declarations by the centre's staff about the centre or its candidates. */
  declarations: readonly AllocationDeclaration[];
};

export type RowStatus = "VALID" | "INVALID" | "ALREADY_REGISTERED";
export type RowCheck = {
  status: RowStatus;
  problems: ImportProblem[];
  /** The registration already there, for ALREADY_REGISTERED. */
  candidateId: string | null;
  /** Who the row is, for spotting the same person twice (same qualification + ULN, or email + date of birth). */
  identityKeys: string[];
  /** What registering the row sends to registerCandidateRecord, for a VALID row. */
  registration: Registration | null;
};

/** The keys under which a person's registration for a qualification is recognised. */
export function identityKeysOf(person: { qualificationId: string; uln: string | null; email: string; dateOfBirth: IsoDate }): string[] {
  const keys = [`email:${person.qualificationId}:${person.email.toLowerCase()}:${person.dateOfBirth}`];
  if (person.uln) keys.push(`uln:${person.qualificationId}:${person.uln}`);
  return keys;
}

/** The context's lookups that every row uses, built once per file. */
export type ImportCheckIndex = {
  context: ImportCheckContext;
  existingByKey: Map<string, string>;
  existingIdByEmail: Map<string, string>;
  /** The registrations by lower-case email and qualification ("email|qualificationId"). */
  existingByEmailAndQualification: Map<string, ExistingCandidate[]>;
};

export function indexContext(context: ImportCheckContext): ImportCheckIndex {
  const existingByKey = new Map<string, string>();
  const existingIdByEmail = new Map<string, string>();
  const existingByEmailAndQualification = new Map<string, ExistingCandidate[]>();
  for (const candidate of context.existing) {
    for (const key of identityKeysOf(candidate)) existingByKey.set(key, candidate.id);
    const email = candidate.email.toLowerCase();
    existingIdByEmail.set(email, candidate.id);
    const key = `${email}|${candidate.qualificationId}`;
    existingByEmailAndQualification.set(key, [...(existingByEmailAndQualification.get(key) ?? []), candidate]);
  }
  return { context, existingByKey, existingIdByEmail, existingByEmailAndQualification };
}

const registrationFieldOf: Partial<Record<string, ImportField>> = {
  name: "name",
  email: "email",
  dateOfBirth: "dateOfBirth",
  uln: "uln",
  phone: "phone",
  employer: "employer",
  workplace: "workplace",
  startDate: "startDate",
  entryType: "fullAward",
  entryUnitIds: "units",
};

const entryFieldOf: Record<EntryField, ImportField> = {
  dateOfBirth: "dateOfBirth",
  uln: "uln",
  entryType: "fullAward",
  entryUnitIds: "units",
};

const badDate = "Not a real date: write it as YYYY-MM-DD or DD/MM/YYYY, for example 2027-03-31.";

/**
 * Checks one row. `earlierInFile` holds the identity keys of the file's rows already checked (key →
 * line number), so the same person twice in one file is caught at the second line.
 */
export function checkImportRow(values: ImportRowValues, index: ImportCheckIndex, earlierInFile: ReadonlyMap<string, number>): RowCheck {
  const { context } = index;
  const problems: ImportProblem[] = [];
  const add = (field: ImportField, reason: string) => {
    if (!problems.some((problem) => problem.field === field && problem.reason === reason)) problems.push({ field, reason });
  };
  const hasProblem = (field: ImportField) => problems.some((problem) => problem.field === field);

  for (const field of Object.keys(values) as ImportField[]) {
    if (values[field].length > maxCellChars) add(field, cellTooLongMessage);
  }
  for (const field of requiredImportFields) {
    if (values[field].trim() === "") add(field, `Missing: give the ${importFieldSpecs[field].label.toLowerCase()}.`);
  }
  const dateOfBirth = values.dateOfBirth ? readImportDate(values.dateOfBirth) : null;
  if (values.dateOfBirth && !dateOfBirth) add("dateOfBirth", badDate);
  const startDate = values.startDate ? readImportDate(values.startDate) : null;
  if (values.startDate && !startDate) add("startDate", badDate);
  const publiclyFunded = readYesNo(values.publiclyFunded);
  if (publiclyFunded === null) add("publiclyFunded", 'Write "yes" or "no".');
  const fullAward = values.fullAward.trim() === "" ? null : readYesNo(values.fullAward);
  if (values.fullAward.trim() !== "" && fullAward === null) add("fullAward", 'Write "yes" for a full-award entry, or "no".');

  const qualification = values.qualificationNumber ? context.qualifications.get(qualificationKey(values.qualificationNumber)) : undefined;
  if (values.qualificationNumber && !qualification && !hasProblem("qualificationNumber")) {
    add(
      "qualificationNumber",
      `No qualification "${values.qualificationNumber}" is available to this centre: check the qualification number.`,
    );
  }

  const urns = readUnitList(values.units);
  const unitIds: string[] = [];
  const knownUrns: string[] = [];
  if (qualification) {
    for (const urn of urns) {
      const unit = qualification.units.find((candidate) => candidate.urn.toUpperCase() === urn);
      if (unit) {
        unitIds.push(unit.id);
        knownUrns.push(unit.urn);
      } else add("units", `${urn} is not a unit of ${qualification.title}.`);
    }
  }
  const entryType = fullAward === true || (fullAward === null && urns.length === 0) ? "FULL_AWARD" : "UNITS";
  if (fullAward === false && urns.length === 0) add("units", 'List the units to enter the candidate for, or write "yes" under full award.');

  const email = values.email.trim().toLowerCase();
  const staff = (field: "assessorEmail" | "iqaEmail", people: ReadonlyMap<string, CheckStaff>, role: string) => {
    const wanted = values[field].trim().toLowerCase();
    if (wanted === "" || hasProblem(field)) return null;
    const person = people.get(wanted);
    if (!person) add(field, `No active ${role} at this centre has the email ${wanted}.`);
    else if (person.email.toLowerCase() === email)
      add(field, `${person.name} is the candidate: nobody assesses or quality-assures their own record.`);
    return person ?? null;
  };
  const assessor = staff("assessorEmail", context.assessors, "assessor");
  const iqa = staff("iqaEmail", context.iqas, "IQA");
  if (assessor && iqa && assessor.userId === iqa.userId) {
    add("iqaEmail", "The IQA cannot be the candidate's assessor: nobody quality-assures their own assessment decisions.");
  }

  const registration = {
    name: values.name,
    email: values.email,
    dateOfBirth: dateOfBirth ?? values.dateOfBirth,
    uln: values.uln,
    publiclyFunded: publiclyFunded ?? false,
    phone: values.phone,
    address: "",
    employer: values.employer,
    workplace: values.workplace,
    entryType,
    entryUnitIds: entryType === "UNITS" ? unitIds : [],
    startDate: startDate ?? values.startDate,
    initialAssessmentOn: "",
    initialAssessmentOutcome: "",
    specialAssessmentRequirements: "",
    qualificationId: qualification?.id ?? "",
    entryConfirmedOn: "",
    assessorUserId: assessor?.userId ?? "",
    iqaUserId: iqa?.userId ?? "",
  };
  // The registration form's own rules (name, email, ULN check digit, text), in its words.
  const parsed = registerCandidateSchema.safeParse(registration);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = registrationFieldOf[String(issue.path[0])];
      if (field && !hasProblem(field)) add(field, issue.message);
    }
  }

  if (qualification && dateOfBirth && startDate) {
    const uln = normaliseUln(values.uln);
    const urnOf = new Map(qualification.units.map((unit) => [unit.id, unit.urn]));
    const sameEmail = index.existingByEmailAndQualification.get(`${email}|${qualification.id}`) ?? [];
    const isSamePerson = sameEmail.some((row) => row.dateOfBirth === dateOfBirth || (uln !== "" && row.uln === uln));
    const outcome = checkRegistrationEntry(
      entrySpecOf(qualification),
      {
        dateOfBirth,
        uln,
        publiclyFunded: publiclyFunded ?? false,
        initialAssessmentOn: "",
        startDate,
        entryType,
        entryUnitUrns: knownUrns,
      },
      // The same person's registration makes the row "already registered", not a problem.
      isSamePerson ? [] : entriesOf(sameEmail, (unitId) => urnOf.get(unitId) ?? unitId),
    );
    for (const [field, messages] of Object.entries(outcome.problems) as [EntryField, string[]][]) {
      for (const message of messages) add(entryFieldOf[field], message);
    }
  }

  if (assessor || iqa) {
    const personId = index.existingIdByEmail.get(email) ?? "00000000-0000-4000-8000-000000000000";
    const conflicts = allocationConflicts(
      { id: personId, name: values.name || "this candidate", centreId: context.centreId },
      { assessor, iqa },
      context.declarations,
      context.today,
    );
    for (const reason of conflicts.assessor) add("assessorEmail", `${reason} Choose another assessor.`);
    for (const reason of conflicts.iqa) add("iqaEmail", `${reason} Choose another IQA.`);
  }

  const identityKeys =
    qualification && dateOfBirth && email
      ? identityKeysOf({ qualificationId: qualification.id, uln: normaliseUln(values.uln) || null, email, dateOfBirth })
      : [];
  if (problems.length > 0) return { status: "INVALID", problems, candidateId: null, identityKeys, registration: null };

  const existingId = identityKeys.map((key) => index.existingByKey.get(key)).find((id) => id !== undefined);
  if (existingId) return { status: "ALREADY_REGISTERED", problems: [], candidateId: existingId, identityKeys, registration: null };
  const earlierLine = identityKeys.map((key) => earlierInFile.get(key)).find((line) => line !== undefined);
  if (earlierLine !== undefined) {
    const reason = `The same candidate as line ${earlierLine} (same qualification and ULN, or email and date of birth). Remove one of them.`;
    return { status: "INVALID", problems: [{ field: "email", reason }], candidateId: null, identityKeys, registration: null };
  }
  return { status: "VALID", problems: [], candidateId: null, identityKeys, registration: parsed.success ? parsed.data : null };
}

/** Checks a file's rows in order, each against the centre and the rows before it. */
export function checkImportRows(rows: readonly { lineNumber: number; values: ImportRowValues }[], context: ImportCheckContext) {
  const index = indexContext(context);
  const earlier = new Map<string, number>();
  return rows.map((row) => {
    const check = checkImportRow(row.values, index, earlier);
    for (const key of check.identityKeys) if (!earlier.has(key)) earlier.set(key, row.lineNumber);
    return { ...row, check };
  });
}

/** A stored row's identity keys, without checking the rest of it (for spotting a fixed row that duplicates another). */
export function rowIdentityKeys(values: ImportRowValues, context: ImportCheckContext): string[] {
  const qualification = context.qualifications.get(qualificationKey(values.qualificationNumber));
  const dateOfBirth = readImportDate(values.dateOfBirth);
  const email = values.email.trim().toLowerCase();
  if (!qualification || !dateOfBirth || !email) return [];
  return identityKeysOf({ qualificationId: qualification.id, uln: normaliseUln(values.uln) || null, email, dateOfBirth });
}
