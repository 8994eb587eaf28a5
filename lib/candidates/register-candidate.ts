import "server-only";
import type { z } from "zod";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { sendAfterCommit } from "@/lib/email/send-after-commit";
import { createInvitation } from "@/lib/invitations/create-invitation";
import type { CandidateRegisteredSummary } from "./audit-summaries";
import { checkAllocation, checkEntryOrFail, dayOrNull, loadQualificationForEntry, textOrNull } from "./registration-changes";
import { registerCandidateSchema } from "./schemas";

export type RegistrationInput = z.output<typeof registerCandidateSchema>;

/**
 * The one way a candidate is registered (RD01), by the form and by a CSV import: the allocation
 * (active staff of this centre, never the candidate themselves), the qualification (one this
 * centre may enter for), the entry rules (handbook 1.4, 7.3, 7.4, 11.1), then the invitation to
 * the candidate's own account and the candidate row. Refuses with an AppError in the rule's words;
 * returns the invitation email for the caller to send after commit, and what the audit records.
 */
export async function registerCandidateRecord(tx: Prisma.TransactionClient, access: CentreAccess, input: RegistrationInput, now: Date) {
  // The allocation first: a person from elsewhere is "not found" before anything else is looked at.
  const allocated = await checkAllocation(tx, access, { id: null, name: input.name, email: input.email, userId: null }, input, now);
  const qualification = await loadQualificationForEntry(tx, access, input.qualificationId);
  const entryUnitIds = input.entryUnitIds;
  const warnings = await checkEntryOrFail(tx, access, qualification, { ...input, entryUnitIds });

  const { invitation, message } = await createInvitation(
    tx,
    access,
    { email: input.email, name: input.name, role: "CANDIDATE", isHeadOfCentre: false, accessEndsOn: null },
    now,
  );
  const candidate = await tx.candidate.create({
    data: {
      centreId: access.workspace.centreId,
      invitationId: invitation.id,
      name: input.name,
      email: input.email,
      phone: textOrNull(input.phone),
      address: textOrNull(input.address),
      dateOfBirth: dayOrNull(input.dateOfBirth)!,
      uln: textOrNull(input.uln),
      publiclyFunded: input.publiclyFunded,
      employer: textOrNull(input.employer),
      workplace: textOrNull(input.workplace),
      qualificationId: qualification.id,
      entryType: input.entryType,
      entryUnitIds: input.entryType === "UNITS" ? entryUnitIds : [],
      startDate: dayOrNull(input.startDate)!,
      entryConfirmedOn: dayOrNull(input.entryConfirmedOn),
      assessorUserId: allocated.assessor?.userId ?? null,
      iqaUserId: allocated.iqa?.userId ?? null,
      initialAssessmentOn: dayOrNull(input.initialAssessmentOn),
      initialAssessmentOutcome: textOrNull(input.initialAssessmentOutcome),
      specialAssessmentRequirements: textOrNull(input.specialAssessmentRequirements),
      registeredById: access.userId,
    },
  });
  const summary: CandidateRegisteredSummary = {
    after: {
      name: input.name,
      email: input.email,
      qualification: qualification.title,
      entryType: input.entryType,
      entryUnitIds: candidate.entryUnitIds,
      status: "ACTIVE",
    },
    allocated: { assessorUserId: candidate.assessorUserId, iqaUserId: candidate.iqaUserId },
    warnings: warnings.map((warning) => warning.message),
  };
  return { candidate, message, summary, warnings: summary.warnings };
}

/**
 * Registers a candidate (RD01) at the active centre and emails them an invitation to their own
 * account (role CANDIDATE). The entry is checked by the entry rules (handbook 1.4, 7.3, 7.4,
 * 11.1): an under-age candidate, or full award and units at once, is refused in the rule's words;
 * a missing ULN is allowed and returned as a warning. Accepting the invitation links the account.
 */
export const registerCandidate = defineCentreAction({
  name: "candidate.register",
  audit: { label: "Registered a candidate", summary: auditSummary<CandidateRegisteredSummary>() },
  input: registerCandidateSchema,
  permission: "candidate.manage",
  async handler(input, { tx, access, now, audit, afterCommit }) {
    const { candidate, message, summary, warnings } = await registerCandidateRecord(tx, access, input, now);
    await audit({ targetType: "Candidate", targetId: candidate.id, summary });
    const emailDelivery = sendAfterCommit(afterCommit, message);
    return { candidateId: candidate.id, warnings, emailDelivery };
  },
});
