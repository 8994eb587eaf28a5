import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { isoDay } from "@/lib/format/dates";
import { changedFields, type CandidateChangeSummary } from "./audit-summaries";
import {
  checkEntryOrFail,
  dayOrNull,
  loadCandidateForChange,
  loadQualificationForEntry,
  saveCandidate,
  textOrNull,
} from "./registration-changes";
import { updateRegistrationSchema } from "./schemas";

/**
 * Edits a candidate's RD01 profile and entry, naming the version the admin read: an edit made
 * over someone else's is refused. The entry is checked again by the entry rules.
 */
export const updateRegistration = defineCentreAction({
  name: "candidate.updateRegistration",
  audit: { label: "Changed a candidate's registration", summary: auditSummary<CandidateChangeSummary>() },
  input: updateRegistrationSchema,
  permission: "candidate.manage",
  async handler(input, { tx, access, audit }) {
    const candidate = await loadCandidateForChange(tx, access, input.candidateId, input.version);
    const qualification = await loadQualificationForEntry(tx, access, candidate.qualificationId);
    const warnings = await checkEntryOrFail(tx, access, qualification, {
      ...input,
      email: candidate.email,
      excludeCandidateId: candidate.id,
    });
    const after = {
      name: input.name,
      dateOfBirth: input.dateOfBirth,
      uln: textOrNull(input.uln),
      publiclyFunded: input.publiclyFunded,
      phone: textOrNull(input.phone),
      address: textOrNull(input.address),
      employer: textOrNull(input.employer),
      workplace: textOrNull(input.workplace),
      entryType: input.entryType,
      entryUnitIds: input.entryType === "UNITS" ? input.entryUnitIds : [],
      startDate: input.startDate,
      initialAssessmentOn: textOrNull(input.initialAssessmentOn),
      initialAssessmentOutcome: textOrNull(input.initialAssessmentOutcome),
      specialAssessmentRequirements: textOrNull(input.specialAssessmentRequirements),
    };
    const before = {
      name: candidate.name,
      dateOfBirth: isoDay(candidate.dateOfBirth),
      uln: candidate.uln,
      publiclyFunded: candidate.publiclyFunded,
      phone: candidate.phone,
      address: candidate.address,
      employer: candidate.employer,
      workplace: candidate.workplace,
      entryType: candidate.entryType,
      entryUnitIds: candidate.entryUnitIds,
      startDate: isoDay(candidate.startDate),
      initialAssessmentOn: candidate.initialAssessmentOn ? isoDay(candidate.initialAssessmentOn) : null,
      initialAssessmentOutcome: candidate.initialAssessmentOutcome,
      specialAssessmentRequirements: candidate.specialAssessmentRequirements,
    };
    await saveCandidate(tx, access, candidate, {
      ...after,
      dateOfBirth: dayOrNull(input.dateOfBirth)!,
      startDate: dayOrNull(input.startDate)!,
      initialAssessmentOn: dayOrNull(input.initialAssessmentOn),
    });
    await audit({
      targetType: "Candidate",
      targetId: candidate.id,
      summary: { candidate: candidate.name, ...changedFields(before, after) },
    });
    return { warnings: warnings.map((warning) => warning.message) };
  },
});
