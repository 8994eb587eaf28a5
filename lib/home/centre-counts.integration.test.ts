import { describe, expect, it } from "vitest";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { centreAdminCounts } from "./centre-counts";

const db = () => getPrisma();

async function accessOf(userId: string, centreId: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access) throw new Error("no access");
  return access;
}

describe("the centre admin's home counts", () => {
  it("counts only the admin's own centre: active and unallocated candidates, lodged appeals, decisions awaiting countersignature", async () => {
    const world = await createAssessmentWorld();
    const a = world.centreA.id;
    await db().candidate.update({ where: { id: world.candidateInB.id }, data: { assessorUserId: null } });
    await db().unitDecision.update({ where: { id: world.inCentreA.decision.id }, data: { status: "AWAITING_COUNTERSIGNATURE" } });
    await db().appeal.create({
      data: {
        centreId: a,
        candidateId: world.candidateInA.id,
        grounds: "I disagree",
        lodgedOn: new Date("2026-04-01"),
        lodgedById: world.candidateA.user.id,
      },
    });
    await db().candidate.update({ where: { id: world.candidateInA.id }, data: { uln: null } });
    const countsA = await centreAdminCounts(await accessOf(world.adminA.user.id, a));
    expect(countsA.map((count) => [count.count, count.href])).toEqual([
      [1, "/candidates?status=ACTIVE"],
      [0, "/candidates"],
      [1, "/candidates?status=ACTIVE"],
      [1, "/appeals"],
      [1, "/candidates"],
    ]);
    expect(countsA[2]).toMatchObject({ label: "1 active candidate has no ULN", tone: "warning" });
    expect(countsA[3]?.label).toBe("1 appeal open");
    const countsB = await centreAdminCounts(await accessOf(world.adminB.user.id, world.centreB.id));
    expect(countsB.map((count) => count.count)).toEqual([1, 1, 0, 0, 0]);
    expect(countsB[1]).toMatchObject({ label: "1 candidate has no assessor allocated", tone: "warning" });
  });

  it("shows malpractice cases under investigation to the head of centre only", async () => {
    const world = await createAssessmentWorld();
    const a = world.centreA.id;
    await db().malpracticeCase.create({
      data: {
        centreId: a,
        subject: "CANDIDATE",
        candidateId: world.candidateInA.id,
        suspicion: "Copied answers",
        cameToLightOn: new Date("2026-04-01"),
        recordedById: world.adminA.user.id,
      },
    });
    const admin = await centreAdminCounts(await accessOf(world.adminA.user.id, a));
    expect(admin.some((count) => count.href === "/malpractice")).toBe(false);
    await db().membership.updateMany({
      where: { centreId: a, userId: world.adminA.user.id, role: "CENTRE_ADMIN" },
      data: { isHeadOfCentre: true },
    });
    const head = await centreAdminCounts(await accessOf(world.adminA.user.id, a));
    expect(head.at(-1)).toMatchObject({ label: "1 malpractice case under investigation", count: 1, href: "/malpractice", tone: "warning" });
    const headB = await centreAdminCounts(await accessOf(world.adminB.user.id, world.centreB.id));
    expect(headB.some((count) => count.href === "/malpractice")).toBe(false);
  });

  it("is not open to an assessor", async () => {
    const world = await createAssessmentWorld();
    await expect(centreAdminCounts(await accessOf(world.assessorA.user.id, world.centreA.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
