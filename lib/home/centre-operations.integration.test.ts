import { describe, expect, it } from "vitest";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { addDays, startOfUtcDay } from "@/lib/format/dates";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { centreOperationsHome } from "./centre-operations";

const db = () => getPrisma();

async function accessOf(userId: string, centreId: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access) throw new Error("no access");
  return access;
}

describe("the centre admin's visit cards", () => {
  it("lists the centre's own planned visits with their newest pack, and its overdue action points only", async () => {
    const world = await createAssessmentWorld();
    const a = world.centreA.id;
    const b = world.centreB.id;
    const now = new Date();
    const today = startOfUtcDay(now);
    const admin = world.adminA.user.id;
    const past = await db().externalVerifierVisit.create({
      data: { centreId: a, visitOn: addDays(today, -100), status: "COMPLETED", externalVerifierName: "Eve Verifier" },
    });
    const soon = await db().externalVerifierVisit.create({
      data: { centreId: a, visitOn: addDays(today, 10), status: "PLANNED", externalVerifierName: "Eve Verifier" },
    });
    const later = await db().externalVerifierVisit.create({
      data: { centreId: a, visitOn: addDays(today, 50), status: "PLANNED", final: true },
    });
    await db().externalVerifierVisit.create({ data: { centreId: a, visitOn: addDays(today, 20), status: "CANCELLED" } });
    const foreign = await db().externalVerifierVisit.create({ data: { centreId: b, visitOn: addDays(today, 5), status: "PLANNED" } });
    // An older failed pack and a newer ready one for the soon visit: the newest counts.
    await db().visitPack.create({
      data: { centreId: a, visitId: soon.id, status: "FAILED", requestedById: admin, createdAt: addDays(now, -2) },
    });
    await db().visitPack.create({
      data: {
        centreId: a,
        visitId: soon.id,
        status: "READY",
        filesDone: 12,
        filesTotal: 12,
        requestedById: admin,
        finishedAt: addDays(now, -1),
        createdAt: addDays(now, -1),
      },
    });
    await db().visitPack.create({ data: { centreId: b, visitId: foreign.id, status: "READY", requestedById: world.adminB.user.id } });
    const point = (visitId: string, centreId: string, dueInDays: number, description: string, completed = false) =>
      db().visitActionPoint.create({
        data: {
          centreId,
          visitId,
          kind: "ACTION_POINT",
          description,
          ownerUserId: centreId === a ? admin : world.adminB.user.id,
          dueOn: addDays(today, dueInDays),
          status: completed ? "COMPLETED" : "OPEN",
          completedOn: completed ? addDays(today, -1) : null,
          createdById: centreId === a ? admin : world.adminB.user.id,
        },
      });
    await point(past.id, a, -30, "Update the IQA sampling plan");
    await point(past.id, a, -5, "Keep CVs current");
    await point(past.id, a, -40, "Done already", true);
    await point(past.id, a, 0, "Due today");
    await point(past.id, a, 20, "Not due");

    const home = await centreOperationsHome(await accessOf(admin, a), now);
    expect(home.visits.map((visit) => [visit.id, visit.pack?.status ?? null])).toEqual([
      [soon.id, "READY"],
      [later.id, null],
    ]);
    expect(home.visits[0]!.pack).toMatchObject({ filesDone: 12, filesTotal: 12 });
    expect(home.visits[1]!.final).toBe(true);
    expect(home.overdueActionPoints.map((p) => [p.description, p.daysOverdue, p.visitId])).toEqual([
      ["Update the IQA sampling plan", 30, past.id],
      ["Keep CVs current", 5, past.id],
    ]);

    const homeB = await centreOperationsHome(await accessOf(world.adminB.user.id, b), now);
    expect(homeB.visits.map((visit) => [visit.id, visit.pack?.status])).toEqual([[foreign.id, "READY"]]);
    expect(homeB.overdueActionPoints).toEqual([]);
  });

  it("counts candidates with a certificate ready to claim and warns of a DCS end date near with no final visit, for the centre's own only", async () => {
    const world = await createAssessmentWorld();
    const a = world.centreA.id;
    const b = world.centreB.id;
    const now = new Date();
    const today = startOfUtcDay(now);
    const admin = world.adminA.user.id;
    const before = await centreOperationsHome(await accessOf(admin, a), now);
    expect(before.claimsReady).toBe(0);
    expect(before.directClaimsWarnings).toEqual([]);
    // Cara's unit A signed off as achieved (the assessor is qualified: no countersignature needed).
    await db().unitDecision.create({
      data: {
        centreId: a,
        candidateId: world.candidateInA.id,
        unitId: world.unitA.id,
        decisionType: "SUMMATIVE",
        outcome: "ACHIEVED",
        rationale: "All criteria met",
        decidedOn: addDays(today, -10),
        assessorUserId: world.assessorA.user.id,
        status: "SIGNED_OFF",
      },
    });
    // DCS granted last year, ending in 60 days; the only visit before then is not the final one.
    await db().directClaimsStatus.create({
      data: {
        centreId: a,
        qualificationId: world.qualification.id,
        grantedOn: addDays(today, -300),
        endsOn: addDays(today, 60),
        conditions: "Claims for this qualification only",
        events: {
          create: [
            {
              centreId: a,
              kind: "GRANTED",
              effectiveOn: addDays(today, -300),
              reason: "Letter from the awarding body",
              recordedById: admin,
            },
          ],
        },
      },
    });
    await db().externalVerifierVisit.create({ data: { centreId: a, visitOn: addDays(today, 30), status: "PLANNED" } });

    const home = await centreOperationsHome(await accessOf(admin, a), now);
    expect(home.claimsReady).toBe(1);
    expect(home.directClaimsWarnings.map((warning) => [warning.qualificationId, warning.findings.map((finding) => finding.code)])).toEqual([
      [world.qualification.id, ["dcs.no-final-visit"]],
    ]);
    const homeB = await centreOperationsHome(await accessOf(world.adminB.user.id, b), now);
    expect(homeB.claimsReady).toBe(0);
    expect(homeB.directClaimsWarnings).toEqual([]);

    // A final visit for the qualification planned before the end date clears the warning.
    await db().externalVerifierVisit.create({
      data: { centreId: a, visitOn: addDays(today, 45), status: "PLANNED", final: true, qualificationId: world.qualification.id },
    });
    expect((await centreOperationsHome(await accessOf(admin, a), now)).directClaimsWarnings).toEqual([]);
  });

  it("is not open to an assessor", async () => {
    const world = await createAssessmentWorld();
    await expect(centreOperationsHome(await accessOf(world.assessorA.user.id, world.centreA.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
