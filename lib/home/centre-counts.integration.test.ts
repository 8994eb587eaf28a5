import { describe, expect, it } from "vitest";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { createUser } from "@/tests/factories/centre-world";
import { listCandidates } from "@/lib/candidates/queries";
import { candidateListFilterSchema } from "@/lib/candidates/schemas";
import { centreAdminCounts } from "./centre-counts";

/** The candidate list a home count links to, read with the filter the list page parses from that address. */
async function listBehind(access: Awaited<ReturnType<typeof accessOf>>, href: string) {
  const url = new URL(href, "http://assay.test");
  return listCandidates(access, candidateListFilterSchema.parse(Object.fromEntries(url.searchParams)));
}

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
      [0, "/candidates?status=ACTIVE&needs=no-assessor"],
      [1, "/candidates?status=ACTIVE&needs=no-uln"],
      [1, "/appeals"],
      [1, "/candidates?needs=awaiting-countersignature"],
    ]);
    expect(countsA[2]).toMatchObject({ label: "1 active candidate has no ULN", tone: "warning" });
    expect(countsA[3]?.label).toBe("1 appeal open");
    const countsB = await centreAdminCounts(await accessOf(world.adminB.user.id, world.centreB.id));
    expect(countsB.map((count) => count.count)).toEqual([1, 1, 0, 0, 0]);
    expect(countsB[1]).toMatchObject({ label: "1 active candidate has no assessor allocated", tone: "warning" });
    expect(countsA[4]?.label).toBe("1 candidate has a decision awaiting a qualified assessor's countersignature");
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

  it("links each candidate count to a list showing exactly the candidates it counts", async () => {
    const world = await createAssessmentWorld();
    const a = world.centreA.id;
    // Centre A: one active candidate without a ULN or an assessor, with a decision awaiting
    // countersignature; a withdrawn candidate without an assessor who
    // is not counted; centre B's candidate with the same gaps, never counted or listed in A.
    await db().candidate.update({ where: { id: world.candidateInA.id }, data: { uln: null, assessorUserId: null } });
    await db().unitDecision.update({ where: { id: world.inCentreA.decision.id }, data: { status: "AWAITING_COUNTERSIGNATURE" } });
    await db().candidate.update({ where: { id: world.candidateInB.id }, data: { uln: null, assessorUserId: null } });
    await db().unitDecision.updateMany({ where: { centreId: world.centreB.id }, data: { status: "AWAITING_COUNTERSIGNATURE" } });
    const template = await db().candidate.findUniqueOrThrow({ where: { id: world.candidateInA.id } });
    await db().candidate.create({
      data: {
        centreId: a,
        name: "Wendy Withdrawn",
        email: `wendy.${a.slice(0, 8)}@test.example`,
        dateOfBirth: template.dateOfBirth,
        qualificationId: template.qualificationId,
        entryType: template.entryType,
        entryUnitIds: template.entryUnitIds,
        startDate: template.startDate,
        status: "WITHDRAWN",
        withdrawnOn: template.startDate,
        withdrawalReason: "Left the employer",
      },
    });
    const access = await accessOf(world.adminA.user.id, a);
    const counts = (await centreAdminCounts(access)).filter((count) => count.href.startsWith("/candidates"));
    expect(counts).toHaveLength(4);
    for (const count of counts) {
      const list = await listBehind(access, count.href);
      expect({ href: count.href, total: list.total }).toEqual({ href: count.href, total: count.count });
    }
    expect(counts.map((count) => count.count)).toEqual([1, 1, 1, 1]);
    const withoutAssessor = await listBehind(access, "/candidates?needs=no-assessor");
    expect(withoutAssessor.rows.map((row) => row.name).sort()).toEqual([world.candidateInA.name, "Wendy Withdrawn"].sort());
    expect(withoutAssessor.readsThroughGrant).toBe(false);
  });

  it("tells an external verifier with no grants that no candidates are granted to them", async () => {
    const world = await createAssessmentWorld();
    const eve = await createUser("Eve Verifier");
    await db().membership.create({ data: { centreId: world.centreA.id, userId: eve.id, role: "EXTERNAL_VERIFIER" } });
    const list = await listBehind(await accessOf(eve.id, world.centreA.id), "/candidates?needs=no-uln");
    expect(list).toMatchObject({ total: 0, rows: [], readsThroughGrant: true });
  });

  it("is not open to an assessor", async () => {
    const world = await createAssessmentWorld();
    await expect(centreAdminCounts(await accessOf(world.assessorA.user.id, world.centreA.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
