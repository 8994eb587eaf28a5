import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { sendAfterCommit } from "@/lib/email/send-after-commit";
import { createInvitation } from "@/lib/invitations/create-invitation";
import type { CandidateRegisteredSummary } from "./audit-summaries";
import { checkAllocation, checkEntryOrFail, dayOrNull, loadQualificationForEntry, textOrNull } from "./registration-changes";
import { registerCandidateSchema } from "./schemas";

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
    await audit({
      targetType: "Candidate",
      targetId: candidate.id,
      summary: {
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
      },
    });
    const emailDelivery = sendAfterCommit(afterCommit, message);
    return { candidateId: candidate.id, warnings: warnings.map((warning) => warning.message), emailDelivery };
  },
});
