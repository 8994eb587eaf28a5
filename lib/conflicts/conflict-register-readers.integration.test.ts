import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey, type CentreAccess } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { grantExternalVerifierAccess } from "@/lib/external-verifier-access/grant-external-verifier-access";
import { staffMemberTeamRecord } from "@/lib/staff/team-record";
import { createUser } from "@/tests/factories/centre-world";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { conflictRegister } from "./queries";

// The conflict-of-interest register, and a staff member's declarations on their team record, as
// an external verifier reads them: the verifier reads only the candidates granted to them, so a
// declaration about any other candidate names the member of staff and the relationship but the
// candidate only as "a candidate". The centre's admin sees every declaration whole.

const db = () => getPrisma();
const accessOf = async (userId: string, centreId: string) =>
  (await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) })) as CentreAccess;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Centre A with a verifier (Eve), a second candidate (Gus), and Alan's declarations about both
 * (beside the world's own: Sam's about Cara).
 */
async function registerWorld() {
  const world = await createAssessmentWorld();
  const eve = await createUser("Eve Verifier");
  await db().membership.create({ data: { centreId: world.centreA.id, userId: eve.id, role: "EXTERNAL_VERIFIER" } });
  const gus = await db().candidate.create({
    data: {
      centreId: world.centreA.id,
      name: "Gus Granted",
      email: `gus.${world.centreA.id.slice(0, 8)}@test.example`,
      dateOfBirth: new Date("2001-01-01"),
      qualificationId: world.qualification.id,
      entryType: "FULL_AWARD",
      entryUnitIds: [],
      startDate: new Date("2026-01-05"),
    },
  });
  for (const [candidateId, details] of [
    [world.candidateInA.id, "My niece Cara"],
    [gus.id, "Gus plays in my football team"],
  ] as const) {
    await db().conflictOfInterestDeclaration.create({
      data: {
        centreId: world.centreA.id,
        staffUserId: world.assessorA.user.id,
        subject: "CANDIDATE",
        candidateId,
        relationship: "FAMILY",
        details,
        declaredOn: new Date("2026-01-05"),
      },
    });
  }
  return { ...world, eve, gus };
}

describe("the conflict register read through an external verifier's grant", () => {
  it("names no candidate to a verifier without a grant, but keeps who declared what relationship", async () => {
    const world = await registerWorld();
    const register = await conflictRegister(await accessOf(world.eve.id, world.centreA.id), "all");
    const text = JSON.stringify(register);
    expect(text).not.toContain("Cara Candidate");
    expect(text).not.toContain("My niece");
    expect(text).not.toContain(world.candidateInA.id);
    expect(text).not.toContain("Gus Granted");
    expect(register.counts.all).toBe(3);
    for (const row of register.rows) expect(row).toMatchObject({ subject: "CANDIDATE", candidate: null, candidateId: null, details: null });
    expect(register.rows.map((row) => `${row.staff.name}: ${row.relationship}`).sort()).toEqual([
      "Alan Assessor: FAMILY",
      "Alan Assessor: FAMILY",
      "Sam Shared: SOCIAL",
    ]);
  });

  it("names only the granted candidate to a verifier with a grant, on the register and on the staff member's record", async () => {
    const world = await registerWorld();
    const granted = await runAction(grantExternalVerifierAccess, world.actor(world.adminA.user.id, world.centreA.id), {
      externalVerifierUserId: world.eve.id,
      visitId: "",
      expiresOn: inDays(30),
      candidateIds: [world.gus.id],
    });
    expect(granted.ok).toBe(true);
    const eveAccess = await accessOf(world.eve.id, world.centreA.id);

    const register = await conflictRegister(eveAccess, "all");
    expect(register.rows.map((row) => row.candidate?.name ?? "a candidate").sort()).toEqual(["Gus Granted", "a candidate", "a candidate"]);
    expect(JSON.stringify(register)).not.toContain("Cara Candidate");
    expect(register.rows.find((row) => row.candidate?.id === world.gus.id)?.details).toBe("Gus plays in my football team");

    const record = await staffMemberTeamRecord(eveAccess, world.assessorA.membership.id);
    expect(record).not.toBeNull();
    expect(record!.conflicts).toHaveLength(2);
    expect(JSON.stringify(record!.conflicts)).not.toContain("Cara Candidate");
    expect(JSON.stringify(record!.conflicts)).not.toContain("My niece");
    expect(record!.conflicts.map((row) => row.candidate?.name ?? "a candidate").sort()).toEqual(["Gus Granted", "a candidate"]);
  });

  it("shows the centre's admin every candidate and the declarer's words", async () => {
    const world = await registerWorld();
    const adminAccess = await accessOf(world.adminA.user.id, world.centreA.id);
    const register = await conflictRegister(adminAccess, "all");
    expect(register.rows.map((row) => row.candidate?.name).sort()).toEqual(["Cara Candidate", "Cara Candidate", "Gus Granted"]);
    expect(JSON.stringify(register)).toContain("My niece Cara");
    const record = await staffMemberTeamRecord(adminAccess, world.assessorA.membership.id);
    expect(record!.conflicts.map((row) => row.candidate?.name).sort()).toEqual(["Cara Candidate", "Gus Granted"]);
  });
});
