import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext } from "@/lib/auth/access-context";
import { allocateStaff } from "@/lib/candidates/allocate-staff";
import { getRegistration } from "@/lib/candidates/queries";
import { getPrisma } from "@/lib/db/client";
import { centreAssessmentSnapshot, createAssessmentWorld } from "@/tests/factories/assessment-world";
import { declareConflict } from "./declare-conflict";
import { endConflict } from "./end-conflict";
import { listMyDeclarations } from "./queries";

const db = () => getPrisma();

describe("declaring a conflict of interest", () => {
  it("is saved; when it blocks the declarer's own allocation the admin sees the assessor must be reallocated", async () => {
    const world = await createAssessmentWorld();
    const asAssessor = world.actor(world.assessorA.user.id, world.centreA.id);
    const result = await runAction(declareConflict, asAssessor, {
      candidateId: world.candidateInA.id,
      relationship: "LINE_MANAGER",
      details: "I managed Cara at Acme until last year.",
      declaredOn: "2026-03-01",
    });
    expect(result).toMatchObject({ ok: true, data: { blocks: true, allocatedAndBlocked: ["assessor"], candidate: "Cara Candidate" } });
    const mine = await listMyDeclarations((await resolveAccessContext(db(), { userId: world.assessorA.user.id }))!);
    expect(mine.map((row) => [row.relationship, row.details, row.candidate?.name])).toEqual([
      ["LINE_MANAGER", "I managed Cara at Acme until last year.", "Cara Candidate"],
    ]);
    // The allocation is not changed by the declaration, but the registration says it is conflicted...
    const admin = await resolveAccessContext(db(), { userId: world.adminA.user.id });
    const registration = await getRegistration(admin!, world.candidateInA.id, new Date("2026-03-02"));
    expect(registration.candidate.assessorUserId).toBe(world.assessorA.user.id);
    expect(registration.conflicts.assessor).toEqual([
      "Alan Assessor declared on 2026-03-01 a conflict of interest with Cara Candidate (line manager (either way); ICS assessor code A2), so they may not assess them.",
    ]);
    // ...and allocating them again is refused.
    const again = await runAction(allocateStaff, world.actor(world.adminA.user.id, world.centreA.id), {
      candidateId: world.candidateInA.id,
      version: 1,
      assessorUserId: world.assessorA.user.id,
      iqaUserId: "",
    });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("general support is noted but does not block", async () => {
    const world = await createAssessmentWorld();
    const result = await runAction(declareConflict, world.actor(world.assessorA.user.id, world.centreA.id), {
      candidateId: world.candidateInA.id,
      relationship: "GENERAL_SUPPORT",
      details: "",
      declaredOn: "2026-03-01",
    });
    expect(result).toMatchObject({ ok: true, data: { blocks: false, allocatedAndBlocked: [] } });
    const admin = await resolveAccessContext(db(), { userId: world.adminA.user.id });
    const registration = await getRegistration(admin!, world.candidateInA.id, new Date("2026-03-02"));
    expect(registration.conflicts.assessor).toEqual([]);
    expect(registration.conflicts.notes).toEqual([expect.stringContaining("This does not stop them")]);
  });

  it("refuses bad input, a future date and a repeat, changing nothing", async () => {
    const world = await createAssessmentWorld();
    const asAssessor = world.actor(world.assessorA.user.id, world.centreA.id);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const input = { candidateId: world.candidateInA.id, relationship: "FAMILY", details: "", declaredOn: "2026-03-01" };
    expect(await runAction(declareConflict, asAssessor, { ...input, relationship: "COUSIN" })).toMatchObject({
      ok: false,
      fieldErrors: { relationship: ["Choose the relationship."] },
    });
    expect(await runAction(declareConflict, asAssessor, { ...input, declaredOn: "2099-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { declaredOn: ["The declaration date cannot be in the future."] },
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
    expect(await runAction(declareConflict, asAssessor, input)).toMatchObject({ ok: true });
    expect(await runAction(declareConflict, asAssessor, input)).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("a centre admin (no conflict.declare) cannot declare", async () => {
    const world = await createAssessmentWorld();
    const result = await runAction(declareConflict, world.actor(world.adminA.user.id, world.centreA.id), {
      candidateId: world.candidateInA.id,
      relationship: "FAMILY",
      details: "",
      declaredOn: "2026-03-01",
    });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("ending a declaration", () => {
  it("ends my own declaration once; a stale version, a bad date and someone else's declaration are refused", async () => {
    const world = await createAssessmentWorld();
    const declaration = world.inCentreA.conflict; // Sam Shared's, declared 2026-01-10
    const asSam = world.actor(world.shared.user.id, world.centreA.id);
    const asAlan = world.actor(world.assessorA.user.id, world.centreA.id);
    const input = { declarationId: declaration.id, version: 1, endedOn: "2026-02-01" };
    expect(await runAction(endConflict, asAlan, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runAction(endConflict, asSam, { ...input, endedOn: "2025-12-31" })).toMatchObject({
      ok: false,
      fieldErrors: { endedOn: [expect.stringContaining("from 2026-01-10")] },
    });
    expect(await runAction(endConflict, asSam, { ...input, endedOn: "" })).toMatchObject({
      ok: false,
      fieldErrors: { endedOn: ["Enter the date the relationship ended."] },
    });
    expect((await db().conflictOfInterestDeclaration.findUniqueOrThrow({ where: { id: declaration.id } })).endedOn).toBeNull();
    expect(await runAction(endConflict, asSam, input)).toMatchObject({ ok: true });
    const ended = await db().conflictOfInterestDeclaration.findUniqueOrThrow({ where: { id: declaration.id } });
    expect(ended).toMatchObject({ version: 2 });
    expect(ended.endedOn?.toISOString().slice(0, 10)).toBe("2026-02-01");
    expect(await runAction(endConflict, asSam, input)).toMatchObject({ ok: false, code: "STALE" });
  });
});
