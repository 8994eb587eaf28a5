import "server-only";
import { rolesCan } from "@/lib/auth/permissions";
import { isCentreAccess, type AccessContext, type CentreAccess } from "@/lib/auth/access-context";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { logExternalVerifierAccess } from "@/lib/external-verifier-access/scope";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { criteriaOfUnits } from "@/lib/unit-criteria/criteria";
import type { PickableCriterion } from "@/components/criteria/pickable-criterion";
import { activityDraftContentSchema, type ActivityDraftContent } from "./schemas";

export type RecordCandidate = {
  id: string;
  name: string;
  workplace: string | null;
  qualificationId: string;
  allocatedToMe: boolean;
};

export type { PickableCriterion };

export type ServerActivityDraft = { clientDraftId: string; content: ActivityDraftContent; updatedAt: string };

/** Units' criteria of each qualification, in unit order, labelled for the picker. */
export async function pickableCriteriaOfQualifications(centreId: string, qualificationIds: readonly string[]) {
  const db = getPrisma();
  const result: Record<string, PickableCriterion[]> = {};
  for (const qualificationId of qualificationIds) {
    const units = await db.unit.findMany({
      where: { qualificationId },
      orderBy: [{ unitNumber: "asc" }, { urn: "asc" }],
      select: { id: true, urn: true, unitNumber: true, title: true },
    });
    const criteria = await criteriaOfUnits(
      db,
      centreId,
      units.map((unit) => unit.id),
    );
    const labels = new Map(
      units.map((unit) => [unit.id, `${unit.unitNumber ? `Unit ${unit.unitNumber} ` : ""}(${unit.urn}) ${unit.title}`]),
    );
    const order = new Map(units.map((unit, index) => [unit.id, index]));
    result[qualificationId] = criteria
      .map((criterion) => ({
        id: criterion.id,
        unitId: criterion.unitId,
        unitLabel: labels.get(criterion.unitId) ?? "",
        ref: criterion.ref,
        text: criterion.text,
      }))
      .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
  }
  return result;
}

/**
 * What the record-an-activity screen needs: the centre's active candidates (the assessor's own
 * allocated candidates first), the criteria of their qualifications, and the assessor's latest
 * draft kept on the server.
 */
export async function recordActivityPageData(access: AccessContext) {
  const centre = requireCentrePermission(access, "assessment.record");
  const centreId = centre.workspace.centreId;
  const db = getPrisma();
  const rows = await db.candidate.findMany({
    where: { centreId, status: "ACTIVE" },
    select: { id: true, name: true, workplace: true, qualificationId: true, assessorUserId: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const candidates: RecordCandidate[] = rows
    .map((row) => ({
      id: row.id,
      name: row.name,
      workplace: row.workplace,
      qualificationId: row.qualificationId,
      allocatedToMe: row.assessorUserId === access.userId,
    }))
    .sort((a, b) => Number(b.allocatedToMe) - Number(a.allocatedToMe));
  const criteriaByQualification = await pickableCriteriaOfQualifications(centreId, [...new Set(rows.map((row) => row.qualificationId))]);

  const draftRow = await db.activityDraft.findFirst({
    where: { centreId, userId: access.userId },
    orderBy: { updatedAt: "desc" },
    select: { clientDraftId: true, content: true, updatedAt: true },
  });
  // A draft saved by an older version of the form is offered back only if it still reads.
  const parsed = draftRow ? activityDraftContentSchema.safeParse(draftRow.content) : null;
  const draft: ServerActivityDraft | null =
    draftRow && parsed?.success
      ? {
          clientDraftId: draftRow.clientDraftId,
          content: parsed.data,
          updatedAt: (parsed.data.savedAt ? new Date(parsed.data.savedAt) : draftRow.updatedAt).toISOString(),
        }
      : null;
  // Files this person uploaded and has not attached yet: a restored draft shows its photos by name.
  const unattachedFiles = await db.storedFile.findMany({
    where: { centreId, uploadedById: access.userId, activityId: null, evidenceItemId: null },
    select: { id: true, fileName: true, contentType: true, byteSize: true },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return { candidates, criteriaByQualification, draft, unattachedFiles };
}

const activitySelect = {
  id: true,
  candidateId: true,
  method: true,
  occurredOn: true,
  place: true,
  description: true,
  decision: true,
  simulated: true,
  candidateComment: true,
  busyDayJustification: true,
  createdAt: true,
  version: true,
  assessor: { select: { id: true, name: true } },
  criteria: {
    select: {
      id: true,
      judgement: true,
      howMet: true,
      criterion: {
        select: {
          id: true,
          ref: true,
          text: true,
          position: true,
          unit: { select: { id: true, urn: true, unitNumber: true, title: true } },
        },
      },
    },
  },
  files: {
    select: { id: true, fileName: true, contentType: true, byteSize: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
  feedback: {
    select: { id: true, achieved: true, nextSteps: true, candidateResponse: true, givenAt: true },
    orderBy: { givenAt: "asc" },
  },
} as const;

/** One activity of a candidate the person may see (staff: the centre's; a candidate: their own). */
export async function getActivity(access: AccessContext, candidateId: string, activityId: string) {
  const centre = centreAccessOf(access, "Activity");
  requireRecordId(activityId, "Activity");
  const db = getPrisma();
  const candidate = await loadCandidate(db, centre, candidateId);
  const activity = await db.assessmentActivity.findFirst({
    where: { id: activityId, centreId: centre.workspace.centreId, candidateId: candidate.id },
    select: activitySelect,
  });
  if (!activity) throw notFound("Activity");
  // An external verifier's read of a granted candidate is logged (no-op for anyone else).
  await logExternalVerifierAccess(db, { access: centre, candidateId: candidate.id, action: "VIEW", what: "Assessment activity" });
  const criteria = [...activity.criteria].sort(
    (a, b) =>
      (a.criterion.unit.unitNumber ?? 0) - (b.criterion.unit.unitNumber ?? 0) ||
      a.criterion.unit.urn.localeCompare(b.criterion.unit.urn) ||
      a.criterion.position - b.criterion.position,
  );
  // The busy-day reason is the assessor's note on their own workload (ICS A4), not part of the
  // candidate's record: only staff who may view candidates read it.
  const busyDayJustification = rolesCan(centre.workspace.roles, "candidate.view") ? activity.busyDayJustification : null;
  return {
    candidate: { id: candidate.id, name: candidate.name, userId: candidate.userId },
    activity: { ...activity, criteria, busyDayJustification },
  };
}

/** A candidate's activities, newest first. */
export async function listActivities(access: AccessContext, candidateId: string) {
  const centre = centreAccessOf(access, "Candidate");
  const db = getPrisma();
  const candidate = await loadCandidate(db, centre, candidateId);
  await logExternalVerifierAccess(db, { access: centre, candidateId: candidate.id, action: "VIEW", what: "Assessment activities" });
  const activities = await db.assessmentActivity.findMany({
    where: { centreId: centre.workspace.centreId, candidateId: candidate.id },
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      method: true,
      occurredOn: true,
      place: true,
      decision: true,
      assessor: { select: { name: true } },
      _count: { select: { criteria: true, files: true } },
    },
  });
  return { candidate: { id: candidate.id, name: candidate.name, userId: candidate.userId }, activities };
}

/** A centre workspace; loadCandidate then decides whose record the person may read (staff: candidate.view, a candidate: their own). */
function centreAccessOf(access: AccessContext, what: string): CentreAccess {
  if (!isCentreAccess(access)) throw notFound(what);
  return access;
}
