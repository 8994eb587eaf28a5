import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { createUser } from "@/tests/factories/centre-world";
import { captureEmailInThisFile } from "@/tests/support/smtp-capture";
import { addVisitActionPoint } from "./add-visit-action-point";
import { cancelVisit } from "./cancel-visit";
import { completeVisitActionPoint } from "./complete-visit-action-point";
import { lastCompletedVisit, overdueActionPoints, upcomingVisits, visitList, visitPage } from "./queries";
import { recordVisitReport } from "./record-visit-report";
import { rescheduleVisit } from "./reschedule-visit";
import { scheduleVisit } from "./schedule-visit";
import { sanctionNeedsAction } from "./schemas";

const db = () => getPrisma();
const smtp = captureEmailInThisFile();
const now = new Date("2026-04-30T10:00:00Z");
const asAdmin = (world: AssessmentWorld) => world.actor(world.adminA.user.id, world.centreA.id);
const accessOf = (userId: string, centreId: string) =>
  resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }).then((access) => access!);

const visitIdOf = (result: { ok: boolean; data?: { visitId: string } }) => {
  if (!result.ok || !result.data) throw new Error("The visit was not scheduled.");
  return result.data.visitId;
};

const plan = (world: AssessmentWorld, overrides: Record<string, unknown> = {}) => ({
  visitOn: "2026-06-15",
  externalVerifierName: "Eleanor Price",
  purpose: "Annual verification visit",
  qualificationId: world.qualification.id,
  final: false,
  ...overrides,
});

/** A visit held on 20 April 2026 at centre A, planned, its report still to record. */
async function heldVisit(world: AssessmentWorld) {
  return db().externalVerifierVisit.create({
    data: { centreId: world.centreA.id, visitOn: new Date("2026-04-20"), status: "PLANNED", externalVerifierName: "Eleanor Price" },
  });
}

const report = (world: AssessmentWorld, visitId: string, overrides: Record<string, unknown> = {}) => ({
  visitId,
  version: 1,
  reportSummary: "Assessment decisions are sound; IQA sampling plan not followed for unit 3.",
  sanctions: "",
  dcsRecommendation: "CONTINUE",
  directClaimsConfirmed: false,
  actionPoints: [
    {
      kind: "ACTION_POINT",
      ownerUserId: world.assessorA.user.id,
      description: "Sample unit 3 for every assessor.",
      dueOn: "2026-04-25",
    },
    {
      kind: "RECOMMENDATION",
      ownerUserId: world.adminA.user.id,
      description: "Hold standardisation each term.",
      dueOn: "2026-09-01",
    },
  ],
  ...overrides,
});

describe("external verifier visits", () => {
  it("schedules a visit with its EV, purpose, qualification and final flag, audited; it is upcoming", async () => {
    const world = await createAssessmentWorld();
    const scheduled = await runAction(scheduleVisit, asAdmin(world), plan(world, { final: true }), { now });
    expect(scheduled).toMatchObject({ ok: true });
    const visitId = visitIdOf(scheduled);
    const stored = await db().externalVerifierVisit.findUniqueOrThrow({ where: { id: visitId } });
    expect(stored).toMatchObject({
      centreId: world.centreA.id,
      status: "PLANNED",
      externalVerifierName: "Eleanor Price",
      purpose: "Annual verification visit",
      qualificationId: world.qualification.id,
      final: true,
      scheduledById: world.adminA.user.id,
      version: 1,
    });
    const upcoming = await upcomingVisits(db(), { centreId: world.centreA.id, asOf: now });
    expect(upcoming.map((visit) => [visit.id, visit.qualification?.id, visit.final])).toEqual([[visitId, world.qualification.id, true]]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, targetId: visitId } });
    expect(audit.action).toBe("visit.schedule");
    expect(audit.summary).toMatchObject({ after: { visitOn: "2026-06-15", externalVerifier: "Eleanor Price", final: true } });
  });

  it("refuses a final visit without a qualification, next to the field, and saves nothing", async () => {
    const world = await createAssessmentWorld();
    const refused = await runAction(scheduleVisit, asAdmin(world), plan(world, { qualificationId: "", final: true }), { now });
    expect(refused).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { qualificationId: ["Choose the qualification this is the final visit for."] },
    });
    expect(await db().externalVerifierVisit.count({ where: { centreId: world.centreA.id } })).toBe(0);
  });

  it("reschedules on the version seen; an older version is refused as stale and changes nothing", async () => {
    const world = await createAssessmentWorld();
    const scheduled = await runAction(scheduleVisit, asAdmin(world), plan(world), { now });
    const visitId = visitIdOf(scheduled);
    const moved = await runAction(
      rescheduleVisit,
      asAdmin(world),
      { visitId, version: 1, ...plan(world, { visitOn: "2026-07-01", qualificationId: "" }) },
      { now },
    );
    expect(moved).toMatchObject({ ok: true });
    const stale = await runAction(
      rescheduleVisit,
      asAdmin(world),
      { visitId, version: 1, ...plan(world, { visitOn: "2026-08-01" }) },
      { now },
    );
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    const stored = await db().externalVerifierVisit.findUniqueOrThrow({ where: { id: visitId } });
    expect([stored.visitOn.toISOString().slice(0, 10), stored.qualificationId, stored.version]).toEqual(["2026-07-01", null, 2]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { targetId: visitId, action: "visit.reschedule" } });
    expect(audit.summary).toMatchObject({
      before: { visitOn: "2026-06-15" },
      after: { visitOn: "2026-07-01", covers: "All the centre's qualifications" },
    });
  });

  it("cancels a planned visit with its reason; it is no longer upcoming and cannot be reported on", async () => {
    const world = await createAssessmentWorld();
    const scheduled = await runAction(scheduleVisit, asAdmin(world), plan(world), { now });
    const visitId = visitIdOf(scheduled);
    const noReason = await runAction(cancelVisit, asAdmin(world), { visitId, version: 1, cancelledReason: " " }, { now });
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { cancelledReason: ["Say why the visit is cancelled."] } });
    const cancelled = await runAction(
      cancelVisit,
      asAdmin(world),
      { visitId, version: 1, cancelledReason: "EV unwell; OCR to rearrange." },
      { now },
    );
    expect(cancelled).toMatchObject({ ok: true });
    expect(await db().externalVerifierVisit.findUniqueOrThrow({ where: { id: visitId } })).toMatchObject({
      status: "CANCELLED",
      cancelledReason: "EV unwell; OCR to rearrange.",
      version: 2,
    });
    expect(await upcomingVisits(db(), { centreId: world.centreA.id, asOf: now })).toEqual([]);
    const again = await runAction(cancelVisit, asAdmin(world), { visitId, version: 2, cancelledReason: "Again" }, { now });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("records the EV's report with action points and a recommendation; owners are emailed; the visit is the last completed", async () => {
    const world = await createAssessmentWorld();
    const visit = await heldVisit(world);
    const recorded = await runAction(recordVisitReport, asAdmin(world), report(world, visit.id), { now });
    expect(recorded).toMatchObject({ ok: true, data: { claimLinesConfirmed: 0 } });
    expect(await db().externalVerifierVisit.findUniqueOrThrow({ where: { id: visit.id } })).toMatchObject({
      status: "COMPLETED",
      dcsRecommendation: "CONTINUE",
      reportRecordedById: world.adminA.user.id,
      version: 2,
    });
    const email = await smtp.nextTo(world.assessorA.user.email);
    expect(email.subject).toContain("action point");
    expect(email.text).toContain("Sample unit 3 for every assessor.");
    expect(email.text).toContain(`/visits/${visit.id}`);
    const last = await lastCompletedVisit(db(), { centreId: world.centreA.id });
    expect(last).toMatchObject({ id: visit.id, dcsRecommendation: "CONTINUE", reportSummary: expect.stringContaining("sound") });
    expect(last!.actionPoints.map((point) => [point.kind, point.owner.name, point.status])).toEqual([
      ["ACTION_POINT", "Alan Assessor", "OPEN"],
      ["RECOMMENDATION", "Ada Admin", "OPEN"],
    ]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { targetId: visit.id, action: "visit.recordReport" } });
    expect(audit.summary).toMatchObject({
      dcsRecommendation: "Continue Direct Claims Status",
      actionPoints: [{ owner: "Alan Assessor" }, { owner: "Ada Admin" }],
    });
  });

  it("a visit marked completed without a report still gets its report, once; a cancelled visit gets none", async () => {
    const world = await createAssessmentWorld();
    const visit = await db().externalVerifierVisit.create({
      data: { centreId: world.centreA.id, visitOn: new Date("2026-01-20"), status: "COMPLETED", externalVerifierName: "Eleanor Price" },
    });
    const first = await runAction(recordVisitReport, asAdmin(world), report(world, visit.id, { actionPoints: [] }), { now });
    expect(first).toMatchObject({ ok: true });
    const again = await runAction(recordVisitReport, asAdmin(world), report(world, visit.id, { version: 2, actionPoints: [] }), { now });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", message: "This visit's report is already recorded." });
    const cancelled = await db().externalVerifierVisit.create({
      data: { centreId: world.centreA.id, visitOn: new Date("2026-01-21"), status: "CANCELLED", externalVerifierName: "Eleanor Price" },
    });
    const onCancelled = await runAction(recordVisitReport, asAdmin(world), report(world, cancelled.id, { actionPoints: [] }), { now });
    expect(onCancelled).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses a sanction without an action point, an owner who is not staff, and a report before the visit day", async () => {
    const world = await createAssessmentWorld();
    const visit = await heldVisit(world);
    const sanctionOnly = await runAction(
      recordVisitReport,
      asAdmin(world),
      report(world, visit.id, { sanctions: "Certification blocked for unit 3", actionPoints: [] }),
      { now },
    );
    expect(sanctionOnly).toMatchObject({ ok: false, fieldErrors: { actionPoints: [sanctionNeedsAction] } });
    const candidateOwner = await runAction(
      recordVisitReport,
      asAdmin(world),
      report(world, visit.id, {
        actionPoints: [{ kind: "ACTION_POINT", ownerUserId: world.candidateA.user.id, description: "x", dueOn: "2026-05-01" }],
      }),
      { now },
    );
    expect(candidateOwner).toMatchObject({
      ok: false,
      fieldErrors: { "actionPoints.0.ownerUserId": ["Choose a member of the centre's staff."] },
    });
    const early = await runAction(recordVisitReport, asAdmin(world), report(world, visit.id), { now: new Date("2026-04-10T10:00:00Z") });
    expect(early).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db().externalVerifierVisit.findUniqueOrThrow({ where: { id: visit.id } })).toMatchObject({
      status: "PLANNED",
      version: 1,
    });
    expect(await db().visitActionPoint.count({ where: { visitId: visit.id } })).toBe(0);
  });

  it("lists overdue action points until one is completed with its date and evidence", async () => {
    const world = await createAssessmentWorld();
    const visit = await heldVisit(world);
    await runAction(recordVisitReport, asAdmin(world), report(world, visit.id), { now });
    const overdue = await overdueActionPoints(db(), { centreId: world.centreA.id, asOf: now });
    expect(overdue.map((point) => [point.description, point.daysOverdue, point.owner.name])).toEqual([
      ["Sample unit 3 for every assessor.", 5, "Alan Assessor"],
    ]);
    const point = overdue[0]!;
    const page = await visitPage(await accessOf(world.adminA.user.id, world.centreA.id), visit.id, now);
    expect(page.actionPoints.find((row) => row.id === point.id)?.overdue).toBe(true);
    const noEvidence = await runAction(
      completeVisitActionPoint,
      asAdmin(world),
      { actionPointId: point.id, version: 1, completedOn: "2026-04-28", completionEvidence: "" },
      { now },
    );
    expect(noEvidence).toMatchObject({ ok: false, fieldErrors: { completionEvidence: expect.any(Array) } });
    const done = await runAction(
      completeVisitActionPoint,
      asAdmin(world),
      {
        actionPointId: point.id,
        version: 1,
        completedOn: "2026-04-28",
        completionEvidence: "Unit 3 sampled for all three assessors; records on file.",
      },
      { now },
    );
    expect(done).toMatchObject({ ok: true });
    expect(await db().visitActionPoint.findUniqueOrThrow({ where: { id: point.id } })).toMatchObject({
      status: "COMPLETED",
      completedById: world.adminA.user.id,
      completionEvidence: "Unit 3 sampled for all three assessors; records on file.",
      version: 2,
    });
    expect(await overdueActionPoints(db(), { centreId: world.centreA.id, asOf: now })).toEqual([]);
    const stale = await runAction(
      completeVisitActionPoint,
      asAdmin(world),
      { actionPointId: point.id, version: 1, completedOn: "2026-04-28", completionEvidence: "Again" },
      { now },
    );
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { targetId: point.id, action: "visit.completeActionPoint" } });
    expect(audit.summary).toMatchObject({ completedOn: "2026-04-28", owner: "Alan Assessor" });
  });

  it("adds an action point to a completed visit only", async () => {
    const world = await createAssessmentWorld();
    const visit = await heldVisit(world);
    const point = {
      visitId: visit.id,
      kind: "RECOMMENDATION",
      ownerUserId: world.adminA.user.id,
      description: "Review CVs.",
      dueOn: "2026-06-01",
    };
    expect(await runAction(addVisitActionPoint, asAdmin(world), point, { now })).toMatchObject({ ok: false, code: "CONFLICT" });
    await runAction(recordVisitReport, asAdmin(world), report(world, visit.id, { actionPoints: [] }), { now });
    expect(await runAction(addVisitActionPoint, asAdmin(world), point, { now })).toMatchObject({ ok: true });
    expect(await db().visitActionPoint.count({ where: { visitId: visit.id } })).toBe(1);
  });

  it("a report saying the EV confirmed the DCS claims marks provisional claim lines claimed before the visit confirmed", async () => {
    const world = await createAssessmentWorld();
    const visit = await heldVisit(world);
    const batch = await db().certificateClaimBatch.create({
      data: {
        centreId: world.centreA.id,
        reference: "DCS-1",
        status: "CLAIMED",
        underDirectClaims: true,
        createdById: world.adminA.user.id,
        claimedOn: new Date("2026-03-01"),
        claimedById: world.adminA.user.id,
      },
    });
    const line = await db().certificateClaimLine.create({
      data: {
        centreId: world.centreA.id,
        batchId: batch.id,
        candidateId: world.candidateInA.id,
        qualificationId: world.qualification.id,
        kind: "UNIT",
        unitId: world.unitA.id,
        claimKey: `unit:${world.unitA.id}`,
        provisional: true,
      },
    });
    const recorded = await runAction(
      recordVisitReport,
      asAdmin(world),
      report(world, visit.id, { directClaimsConfirmed: true, actionPoints: [] }),
      { now },
    );
    expect(recorded).toMatchObject({ ok: true, data: { claimLinesConfirmed: 1 } });
    expect(await db().certificateClaimLine.findUniqueOrThrow({ where: { id: line.id } })).toMatchObject({
      provisional: false,
      confirmedByVisitId: visit.id,
      confirmedOn: new Date("2026-04-20"),
    });
  });

  it("another centre's visit is not found, exactly like a missing one, and nothing changes", async () => {
    const world = await createAssessmentWorld();
    const visit = await heldVisit(world);
    const asAdminB = world.actor(world.adminB.user.id, world.centreB.id);
    const foreign = await runAction(recordVisitReport, asAdminB, report(world, visit.id, { actionPoints: [] }), { now });
    const missing = await runAction(
      recordVisitReport,
      asAdminB,
      report(world, "00000000-0000-4000-8000-000000000000", { actionPoints: [] }),
      { now },
    );
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(foreign).toEqual(missing);
    await expect(visitPage(await accessOf(world.adminB.user.id, world.centreB.id), visit.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await visitList(await accessOf(world.adminB.user.id, world.centreB.id), now)).past).toEqual([]);
    expect(await db().externalVerifierVisit.findUniqueOrThrow({ where: { id: visit.id } })).toMatchObject({
      status: "PLANNED",
      version: 1,
    });
  });

  it("an external verifier sees the centre's visits read-only and cannot schedule, report or complete", async () => {
    const world = await createAssessmentWorld();
    const visit = await heldVisit(world);
    const ev = await createUser("Eleanor Price");
    await db().membership.create({ data: { centreId: world.centreA.id, userId: ev.id, role: "EXTERNAL_VERIFIER" } });
    const asEv = world.actor(ev.id, world.centreA.id);
    const evAccess = await accessOf(ev.id, world.centreA.id);
    const page = await visitPage(evAccess, visit.id, now);
    expect(page).toMatchObject({ canManage: false, owners: [], qualificationOptions: [] });
    expect((await visitList(evAccess, now)).past.map((row) => row.id)).toEqual([visit.id]);
    expect(await runAction(scheduleVisit, asEv, plan(world), { now })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await runAction(recordVisitReport, asEv, report(world, visit.id), { now })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await runAction(cancelVisit, asEv, { visitId: visit.id, version: 1, cancelledReason: "No" }, { now })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await db().externalVerifierVisit.count({ where: { centreId: world.centreA.id } })).toBe(1);
    // An assessor (who may own an action point) reads the visit, and may change nothing.
    const asAssessor = await accessOf(world.assessorA.user.id, world.centreA.id);
    const read = await visitPage(asAssessor, visit.id);
    expect(read.visit.id).toBe(visit.id);
    expect(read.canManage).toBe(false);
    expect(read.canBuildPack).toBe(false);
    expect(read.owners).toEqual([]);
  });
});
