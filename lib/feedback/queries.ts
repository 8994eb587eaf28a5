import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { loadCandidate, requireCandidateReader } from "@/lib/candidates/load-candidate";
import { logExternalVerifierAccess } from "@/lib/external-verifier-access/scope";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

// Feedback is read through the candidate: the centre's staff see its candidates' feedback, a
// candidate only their own (lib/candidates/load-candidate.ts). Anything else is "not found".

async function candidateFor(access: AccessContext, candidateId: string) {
  // Staff, the candidate, or an external verifier granted this candidate (read-only).
  const centre = requireCandidateReader(access);
  return { centre, candidate: await loadCandidate(getPrisma(), centre, candidateId) };
}

const feedbackSelect = {
  id: true,
  achieved: true,
  nextSteps: true,
  plannedActions: true,
  candidateResponse: true,
  candidateRespondedAt: true,
  givenById: true,
  givenAt: true,
  version: true,
  evidenceItem: {
    select: { id: true, reference: true, title: true, status: true, previousSubmission: { select: { id: true, reference: true } } },
  },
  activity: { select: { id: true, method: true, occurredOn: true, place: true } },
} as const;

async function namesOf(userIds: readonly string[]) {
  const users = await getPrisma().user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

/** Every piece of feedback the candidate has had, newest first, with who gave it and the candidate's reply. */
export async function listCandidateFeedback(access: AccessContext, candidateId: string) {
  const { centre, candidate } = await candidateFor(access, candidateId);
  await logExternalVerifierAccess(getPrisma(), { access: centre, candidateId: candidate.id, action: "VIEW", what: "Feedback" });
  const rows = await getPrisma().feedback.findMany({
    where: { centreId: centre.workspace.centreId, candidateId: candidate.id },
    orderBy: [{ givenAt: "desc" }],
    select: feedbackSelect,
  });
  const names = await namesOf(rows.map((row) => row.givenById));
  return { candidate, feedback: rows.map((row) => ({ ...row, givenBy: names.get(row.givenById) ?? "Former staff member" })) };
}

/** One piece of feedback of the candidate. */
export async function getCandidateFeedback(access: AccessContext, candidateId: string, feedbackId: string) {
  const { centre, candidate } = await candidateFor(access, candidateId);
  requireRecordId(feedbackId, "Feedback");
  const row = await getPrisma().feedback.findFirst({
    where: { id: feedbackId, centreId: centre.workspace.centreId, candidateId: candidate.id },
    select: feedbackSelect,
  });
  if (!row) throw notFound("Feedback");
  await logExternalVerifierAccess(getPrisma(), { access: centre, candidateId: candidate.id, action: "VIEW", what: "Feedback given" });
  // Earlier rounds on the same piece of work: feedback on the submissions this one replaced.
  const earlier = row.evidenceItem?.previousSubmission
    ? await getPrisma().feedback.findMany({
        where: { centreId: centre.workspace.centreId, candidateId: candidate.id, evidenceItemId: row.evidenceItem.previousSubmission.id },
        orderBy: { givenAt: "desc" },
        select: { id: true, givenAt: true, nextSteps: true },
      })
    : [];
  const names = await namesOf([row.givenById]);
  return { candidate, feedback: { ...row, givenBy: names.get(row.givenById) ?? "Former staff member" }, earlier };
}

/** What new feedback will be about (an evidence item or an activity of the candidate), for the assessor's form. */
export async function feedbackSubject(access: AccessContext, candidateId: string, about: { evidence?: string; activity?: string }) {
  const { centre, candidate } = await candidateFor(access, candidateId);
  requireCentrePermission(centre, "assessment.record", "Candidate");
  const centreId = centre.workspace.centreId;
  if (about.evidence) {
    requireRecordId(about.evidence, "Evidence item");
    const evidence = await getPrisma().evidenceItem.findFirst({
      where: { id: about.evidence, centreId, candidateId: candidate.id },
      select: { id: true, reference: true, title: true, status: true },
    });
    if (!evidence) throw notFound("Evidence item");
    return { candidate, subject: { kind: "evidence" as const, ...evidence } };
  }
  if (about.activity) {
    requireRecordId(about.activity, "Activity");
    const activity = await getPrisma().assessmentActivity.findFirst({
      where: { id: about.activity, centreId, candidateId: candidate.id },
      select: { id: true, method: true, occurredOn: true, place: true },
    });
    if (!activity) throw notFound("Activity");
    return { candidate, subject: { kind: "activity" as const, ...activity } };
  }
  return { candidate, subject: { kind: "review" as const } };
}
