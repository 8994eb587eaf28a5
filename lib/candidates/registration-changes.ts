import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { RuleFinding } from "@/lib/rules/findings";
import { centreConflictDeclarations } from "@/lib/conflicts/rule-declarations";
import { allocationConflicts } from "./allocation-conflicts";
import { checkRegistrationEntry, entriesOf, entrySpecOf, type EntryFacts } from "./entry-checks";
import { loadCandidate } from "./load-candidate";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";

// What the registration actions share: loading a candidate for an edit (version-checked), saving
// it only if nobody else did meanwhile, checking the entry and the allocation.

type Tx = Prisma.TransactionClient;
type Candidate = Awaited<ReturnType<typeof loadCandidate>>;

/** The centre's candidate, refusing an edit made from an older version than the stored one. */
export async function loadCandidateForChange(tx: Tx, access: CentreAccess, candidateId: string, version: number): Promise<Candidate> {
  const candidate = await loadCandidate(tx, access, candidateId);
  if (candidate.version !== version) throw new AppError("STALE");
  return candidate;
}

/** Writes the change only if the row is still at the version read; a concurrent edit is refused. */
export async function saveCandidate(tx: Tx, access: CentreAccess, candidate: Candidate, data: Prisma.CandidateUncheckedUpdateManyInput) {
  const { count } = await tx.candidate.updateMany({
    where: { id: candidate.id, centreId: access.workspace.centreId, version: candidate.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("STALE");
}

/** A qualification of the centre's awarding body, with its units. */
export async function loadQualificationForEntry(tx: Tx, access: CentreAccess, qualificationId: string) {
  const qualification = await tx.qualification.findFirst({
    where: { id: qualificationId, ...centreQualificationsWhere(access.workspace) },
    include: { units: { orderBy: [{ group: "asc" }, { unitNumber: "asc" }] } },
  });
  if (!qualification) throw new AppError("NOT_FOUND", "Qualification not found.", { qualificationId: ["Choose a qualification."] });
  return qualification;
}

type Qualification = Awaited<ReturnType<typeof loadQualificationForEntry>>;

/**
 * The entry rules (handbook 1.4, 7.3, 7.4, 11.1) over this registration and the same person's
 * other registrations for the qualification here (matched by email). Problems refuse the change
 * with the rule's words beside the field; warnings are returned to show.
 */
export async function checkEntryOrFail(
  tx: Tx,
  access: CentreAccess,
  qualification: Qualification,
  facts: Omit<EntryFacts, "entryUnitUrns"> & { email: string; entryUnitIds: readonly string[]; excludeCandidateId?: string },
): Promise<RuleFinding[]> {
  const urnOf = new Map(qualification.units.map((unit) => [unit.id, unit.urn]));
  if (facts.entryUnitIds.some((unitId) => !urnOf.has(unitId))) {
    const message = "Choose units of this qualification.";
    throw new AppError("INVALID_INPUT", message, { entryUnitIds: [message] });
  }
  const others = await tx.candidate.findMany({
    where: {
      centreId: access.workspace.centreId,
      email: facts.email,
      qualificationId: qualification.id,
      ...(facts.excludeCandidateId ? { id: { not: facts.excludeCandidateId } } : {}),
    },
    select: { entryType: true, entryUnitIds: true, status: true },
  });
  const outcome = checkRegistrationEntry(
    entrySpecOf(qualification),
    { ...facts, entryUnitUrns: facts.entryUnitIds.map((unitId) => urnOf.get(unitId)!) },
    entriesOf(others, (unitId) => urnOf.get(unitId) ?? unitId),
  );
  const fields = Object.keys(outcome.problems);
  if (fields.length > 0) {
    const messages = Object.values(outcome.problems).flat();
    throw new AppError("INVALID_INPUT", messages.join(" "), outcome.problems as Record<string, string[]>);
  }
  return outcome.warnings;
}

type Person = { userId: string; name: string; email: string };

async function activeStaff(tx: Tx, access: CentreAccess, userId: string, role: "ASSESSOR" | "IQA"): Promise<Person | null> {
  const membership = await tx.membership.findFirst({
    where: { centreId: access.workspace.centreId, userId, role, status: "ACTIVE" },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return membership ? { userId: membership.user.id, name: membership.user.name, email: membership.user.email } : null;
}

/**
 * The assessor and IQA chosen for a candidate: active ASSESSOR / IQA members of this centre
 * (anyone else is "not found"), not the same person, and stopped by no declared conflict of
 * interest (ICS A2), whose words say which declaration stops them.
 */
export async function checkAllocation(
  tx: Tx,
  access: CentreAccess,
  candidate: { id: string | null; name: string; email: string; userId: string | null },
  chosen: { assessorUserId: string; iqaUserId: string },
  now: Date,
): Promise<{ assessor: Person | null; iqa: Person | null }> {
  const assessor = chosen.assessorUserId ? await activeStaff(tx, access, chosen.assessorUserId, "ASSESSOR") : null;
  if (chosen.assessorUserId && !assessor) {
    throw new AppError("NOT_FOUND", "Assessor not found.", { assessorUserId: ["Choose one of this centre's active assessors."] });
  }
  const iqa = chosen.iqaUserId ? await activeStaff(tx, access, chosen.iqaUserId, "IQA") : null;
  if (chosen.iqaUserId && !iqa) {
    throw new AppError("NOT_FOUND", "IQA not found.", { iqaUserId: ["Choose one of this centre's active IQAs."] });
  }
  // Nobody assesses or quality-assures their own record (a trainee assessor registered as a candidate).
  for (const [field, person] of [
    ["assessorUserId", assessor],
    ["iqaUserId", iqa],
  ] as const) {
    if (person && (person.userId === candidate.userId || person.email === candidate.email.toLowerCase())) {
      const message = `${person.name} is the candidate: nobody assesses or quality-assures their own record. Choose someone else.`;
      throw new AppError("INVALID_INPUT", message, { [field]: [message] });
    }
  }
  if (assessor && iqa && assessor.userId === iqa.userId) {
    const message = "The IQA cannot be the candidate's assessor: nobody quality-assures their own assessment decisions.";
    throw new AppError("INVALID_INPUT", message, { iqaUserId: [message] });
  }
  if (!candidate.id || (!assessor && !iqa)) return { assessor, iqa };
  const declarations = await centreConflictDeclarations(tx, {
    centreId: access.workspace.centreId,
    candidateIds: [candidate.id],
    staffUserIds: [assessor?.userId, iqa?.userId].filter((id): id is string => Boolean(id)),
  });
  const conflicts = allocationConflicts(
    { id: candidate.id, name: candidate.name, centreId: access.workspace.centreId },
    { assessor, iqa },
    declarations,
    isoDay(now),
  );
  if (conflicts.assessor.length > 0 || conflicts.iqa.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    if (conflicts.assessor.length > 0) fieldErrors.assessorUserId = [`${conflicts.assessor.join(" ")} Choose another assessor.`];
    if (conflicts.iqa.length > 0) fieldErrors.iqaUserId = [`${conflicts.iqa.join(" ")} Choose another IQA.`];
    throw new AppError("CONFLICT", [...conflicts.assessor, ...conflicts.iqa].join(" "), fieldErrors);
  }
  return { assessor, iqa };
}

/** A date column from a form's YYYY-MM-DD, or null for "". */
export function dayOrNull(value: string): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

export function textOrNull(value: string): string | null {
  return value === "" ? null : value;
}
