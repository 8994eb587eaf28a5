import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createCentreWorld } from "@/tests/factories/centre-world";
import { staffMemberTeamRecord } from "./team-record";
import { visitPreparation } from "./visit-preparation";

const db = () => getPrisma();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function accessOf(userId: string, centreId: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access) throw new Error("no access");
  return access;
}

async function certificateFor(userId: string, staffQualificationId: string) {
  return db().staffFile.create({
    data: {
      userId,
      kind: "CERTIFICATE",
      staffQualificationId,
      storageKey: `staff/${userId}/${randomUUID()}`,
      fileName: "cava-certificate.pdf",
      contentType: "application/pdf",
      byteSize: 1234,
      sha256: "0".repeat(64),
    },
  });
}

/** Centre A's team: Alan (joined before the May visit) and Sam (joined after it). */
async function visitWorld() {
  const world = await createCentreWorld();
  await db().membership.update({ where: { id: world.assessorA.membership.id }, data: { createdAt: new Date("2025-10-01T09:00:00Z") } });
  await db().membership.update({ where: { id: world.shared.membershipA.id }, data: { createdAt: new Date("2026-06-10T09:00:00Z") } });
  await db().externalVerifierVisit.createMany({
    data: [
      { centreId: world.centreA.id, visitOn: day("2025-11-20"), status: "COMPLETED", externalVerifierName: "Olive Verifier" },
      { centreId: world.centreA.id, visitOn: day("2026-05-12"), status: "COMPLETED", externalVerifierName: "Olive Verifier" },
      // Neither a cancelled visit nor another centre's visit counts.
      { centreId: world.centreA.id, visitOn: day("2026-07-01"), status: "CANCELLED" },
      { centreId: world.centreB.id, visitOn: day("2026-08-01"), status: "COMPLETED" },
      { centreId: world.centreA.id, visitOn: day("2026-10-15"), status: "PLANNED", externalVerifierName: "Olive Verifier" },
    ],
  });
  return world;
}

describe("flags for the next external verifier visit (handbook 5.20.2)", () => {
  const now = new Date("2026-09-01T10:00:00Z");

  it("flags the team member new since the last completed visit, missing certificates, CPD at risk and missing signatures", async () => {
    const world = await visitWorld();
    const alanCava = await db().staffQualification.create({
      data: { userId: world.assessorA.user.id, code: "CAVA", held: true, achievedOn: day("2019-06-30") },
    });
    const samCava = await db().staffQualification.create({
      data: { userId: world.shared.user.id, code: "CAVA", held: true, achievedOn: day("2020-06-30") },
    });
    await certificateFor(world.shared.user.id, samCava.id);
    await db().sampleSignature.create({
      data: { userId: world.shared.user.id, method: "TYPED", typedName: "Sam Shared", signedOn: day("2026-06-11") },
    });

    const visit = await visitPreparation(await accessOf(world.adminA.user.id, world.centreA.id), now);
    expect(visit.lastVisit).toEqual({ visitOn: day("2026-05-12"), externalVerifierName: "Olive Verifier" });
    expect(visit.nextVisit).toEqual({ visitOn: day("2026-10-15"), externalVerifierName: "Olive Verifier" });
    // Only centre A's assessors and IQAs: no admin, candidate or centre B's assessor.
    expect([...visit.people.keys()].sort()).toEqual([world.assessorA.user.id, world.shared.user.id].sort());

    const alan = visit.people.get(world.assessorA.user.id)!;
    expect(alan.newSinceVisit).toBe(false);
    expect(alan.missingCertificates).toEqual(["CAVA"]);
    // OCR's CPD year runs from joining (1 October): it ends within the 60-day window with nothing logged.
    expect(alan.cpd?.status).toBe("atRisk");
    expect(alan.hasSampleSignature).toBe(false);

    const sam = visit.people.get(world.shared.user.id)!;
    expect(sam.newSinceVisit).toBe(true);
    expect(sam.missingCertificates).toEqual([]);
    expect(sam.cpd?.status).toBe("compliant");
    expect(sam.hasSampleSignature).toBe(true);

    expect(visit.counts).toEqual({ newSinceVisit: 1, missingCertificates: 1, cpdAtRisk: 1, cpdNonCompliant: 0, noSampleSignature: 1 });

    // A certificate added for Alan clears his flag.
    await certificateFor(world.assessorA.user.id, alanCava.id);
    const after = await visitPreparation(await accessOf(world.adminA.user.id, world.centreA.id), now);
    expect(after.people.get(world.assessorA.user.id)?.missingCertificates).toEqual([]);
  });

  it("with no completed visit, says so and counts everyone as new", async () => {
    const world = await createCentreWorld();
    await db().externalVerifierVisit.create({ data: { centreId: world.centreA.id, visitOn: day("2026-05-12"), status: "PLANNED" } });
    const visit = await visitPreparation(await accessOf(world.adminA.user.id, world.centreA.id), now);
    expect(visit.lastVisit).toBeNull();
    expect([...visit.people.values()].map((flags) => flags.newSinceVisit)).toEqual([true, true]);
    expect(visit.counts.newSinceVisit).toBe(2);
  });

  it("a staff member's record: files, this centre's conflicts, signature; another centre's admin and an assessor get not found", async () => {
    const world = await visitWorld();
    const samCava = await db().staffQualification.create({ data: { userId: world.shared.user.id, code: "CAVA", held: true } });
    const certificate = await certificateFor(world.shared.user.id, samCava.id);
    await db().conflictOfInterestDeclaration.createMany({
      data: [
        {
          staffUserId: world.shared.user.id,
          subject: "CENTRE",
          centreId: world.centreA.id,
          relationship: "EMPLOYER",
          declaredOn: day("2026-06-10"),
        },
        {
          staffUserId: world.shared.user.id,
          subject: "CENTRE",
          centreId: world.centreB.id,
          relationship: "FAMILY",
          declaredOn: day("2026-06-10"),
        },
      ],
    });
    const adminA = await accessOf(world.adminA.user.id, world.centreA.id);
    const record = await staffMemberTeamRecord(adminA, world.shared.membershipA.id, now);
    expect(record?.flags.newSinceVisit).toBe(true);
    expect(record?.certificatesByQualification.get(samCava.id)?.map((file) => file.id)).toEqual([certificate.id]);
    // Only the declaration about this centre.
    expect(record?.conflicts.map((row) => [row.centreId, row.relationship])).toEqual([[world.centreA.id, "EMPLOYER"]]);
    expect(record?.signature).toBeNull();

    // Not on the assessment team: no professional record here.
    expect(await staffMemberTeamRecord(adminA, world.adminA.membership.id, now)).toBeNull();

    // Centre B's admin naming centre A's membership: not found, like a missing one.
    const adminB = await accessOf(world.adminB.user.id, world.centreB.id);
    await expect(staffMemberTeamRecord(adminB, world.assessorA.membership.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(staffMemberTeamRecord(adminB, "00000000-0000-4000-8000-000000000000", now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // An assessor does not read colleagues' records or the visit flags.
    const assessor = await accessOf(world.assessorA.user.id, world.centreA.id);
    await expect(staffMemberTeamRecord(assessor, world.shared.membershipA.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(visitPreparation(assessor, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
