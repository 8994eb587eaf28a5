import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { changeDirectClaimsStatus } from "./change-direct-claims-status";
import { recordDirectClaimsStatus } from "./record-direct-claims-status";
import { reinstateDirectClaimsStatus } from "./reinstate-direct-claims-status";
import { directClaimsStanding, directClaimsWarnings } from "./standing";
import { withdrawDirectClaimsStatus } from "./withdraw-direct-claims-status";

const db = () => getPrisma();
const now = new Date("2026-06-01T10:00:00Z");
const asAdminA = (world: AssessmentWorld) => world.actor(world.adminA.user.id, world.centreA.id);

async function grant(world: AssessmentWorld, extra: Record<string, unknown> = {}) {
  const result = await runAction(
    recordDirectClaimsStatus,
    asAdminA(world),
    { qualificationId: world.qualification.id, grantedOn: "2025-09-01", endsOn: "", conditions: "Claims sampled at each visit", ...extra },
    { now },
  );
  if (!result.ok) throw new Error(result.message);
  return (result.data as { statusId: string }).statusId;
}

const standingOn = (world: AssessmentWorld, on: string) =>
  directClaimsStanding(db(), { centreId: world.centreA.id, qualificationId: world.qualification.id, on });

describe("Direct Claims Status", () => {
  it("is granted, withdrawn and reinstated with dates and reasons; claims are under DCS (provisional) only while it stands", async () => {
    const world = await createAssessmentWorld();
    // Before any grant: no claim is a direct claim.
    expect(await standingOn(world, "2026-01-01")).toMatchObject({ underDirectClaims: false, findings: [{ code: "dcs.not-granted" }] });

    const statusId = await grant(world);
    const twice = await runAction(
      recordDirectClaimsStatus,
      asAdminA(world),
      { qualificationId: world.qualification.id, grantedOn: "2025-10-01", endsOn: "", conditions: "Again" },
      { now },
    );
    expect(twice).toMatchObject({ ok: false, code: "CONFLICT" });

    expect(await standingOn(world, "2025-08-31")).toMatchObject({ underDirectClaims: false });
    expect(await standingOn(world, "2025-12-01")).toEqual({ underDirectClaims: true, findings: [] });

    const withdrawn = await runAction(
      withdrawDirectClaimsStatus,
      asAdminA(world),
      { statusId, version: 1, withdrawnOn: "2026-02-01", reason: "Action points from the visit not met" },
      { now },
    );
    expect(withdrawn.ok).toBe(true);
    // Withdrawing twice, or on a stale version, is refused.
    expect(
      await runAction(
        withdrawDirectClaimsStatus,
        asAdminA(world),
        { statusId, version: 2, withdrawnOn: "2026-02-02", reason: "Again" },
        { now },
      ),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      await runAction(
        reinstateDirectClaimsStatus,
        asAdminA(world),
        { statusId, version: 1, reinstatedOn: "2026-05-01", reason: "Visit" },
        { now },
      ),
    ).toMatchObject({ ok: false, code: "STALE" });
    // A reinstatement dated before the withdrawal is told next to its date.
    expect(
      await runAction(
        reinstateDirectClaimsStatus,
        asAdminA(world),
        { statusId, version: 2, reinstatedOn: "2026-01-15", reason: "Visit" },
        { now },
      ),
    ).toMatchObject({ ok: false, fieldErrors: { reinstatedOn: [expect.stringContaining("2026-02-01")] } });

    expect(await standingOn(world, "2025-12-01")).toMatchObject({ underDirectClaims: true });
    expect(await standingOn(world, "2026-03-01")).toMatchObject({ underDirectClaims: false, findings: [{ code: "dcs.withdrawn" }] });

    const reinstated = await runAction(
      reinstateDirectClaimsStatus,
      asAdminA(world),
      { statusId, version: 2, reinstatedOn: "2026-05-01", reason: "Reinstated at the visit: all action points completed" },
      { now },
    );
    expect(reinstated.ok).toBe(true);
    expect(await standingOn(world, "2026-03-01")).toMatchObject({ underDirectClaims: false, findings: [{ code: "dcs.withdrawn" }] });
    expect(await standingOn(world, "2026-05-01")).toEqual({ underDirectClaims: true, findings: [] });

    // The history, append-only, in order; the audit trail has each step.
    const events = await db().directClaimsStatusEvent.findMany({
      where: { directClaimsStatusId: statusId },
      orderBy: { effectiveOn: "asc" },
    });
    expect(events.map((event) => [event.kind, event.effectiveOn.toISOString().slice(0, 10)])).toEqual([
      ["GRANTED", "2025-09-01"],
      ["WITHDRAWN", "2026-02-01"],
      ["REINSTATED", "2026-05-01"],
    ]);
    const audits = await db().auditEvent.findMany({
      where: { centreId: world.centreA.id, action: { startsWith: "directClaims." } },
      orderBy: { sequence: "asc" },
    });
    expect(audits.map((event) => [event.action, (event.summary as { after?: string }).after ?? null])).toEqual([
      ["directClaims.record", null],
      ["directClaims.withdraw", "Withdrawn"],
      ["directClaims.reinstate", "Active"],
    ]);

    // Another centre holds no DCS for the same qualification: its claims are not provisional.
    expect(
      await directClaimsStanding(db(), { centreId: world.centreB.id, qualificationId: world.qualification.id, on: "2026-05-01" }),
    ).toMatchObject({ underDirectClaims: false });
  });

  it("ends at the end date and after the final visit; a change of end date is versioned and recorded", async () => {
    const world = await createAssessmentWorld();
    const statusId = await grant(world, { endsOn: "2026-12-31" });
    expect(await standingOn(world, "2027-01-01")).toMatchObject({ underDirectClaims: false, findings: [{ code: "dcs.after-end-date" }] });

    const changed = await runAction(
      changeDirectClaimsStatus,
      asAdminA(world),
      { statusId, version: 1, endsOn: "2026-09-30", conditions: "New letter: 10% sample", reason: "New authorisation letter" },
      { now },
    );
    expect(changed.ok).toBe(true);
    const stale = await runAction(
      changeDirectClaimsStatus,
      asAdminA(world),
      { statusId, version: 1, endsOn: "2026-12-31", conditions: "Old", reason: "Old letter" },
      { now },
    );
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    expect(await standingOn(world, "2026-10-01")).toMatchObject({ underDirectClaims: false, findings: [{ code: "dcs.after-end-date" }] });

    await db().externalVerifierVisit.create({
      data: {
        centreId: world.centreA.id,
        visitOn: new Date("2026-07-01"),
        status: "COMPLETED",
        qualificationId: world.qualification.id,
        final: true,
      },
    });
    expect(await standingOn(world, "2026-07-01")).toMatchObject({ underDirectClaims: true });
    expect(await standingOn(world, "2026-07-02")).toMatchObject({
      underDirectClaims: false,
      findings: [{ code: "dcs.ended-after-final-visit" }],
    });
  });

  it("warns when the end date is within 90 days or passed without a final visit planned, until one is", async () => {
    const world = await createAssessmentWorld();
    await grant(world, { endsOn: "2026-07-31" });
    const warnings = (asOf: string) => directClaimsWarnings(db(), { centreId: world.centreA.id, asOf });
    expect(await warnings("2026-04-01")).toEqual([]); // 121 days away
    expect(await warnings("2026-06-01")).toMatchObject([
      {
        qualificationId: world.qualification.id,
        title: world.qualification.title,
        endsOn: "2026-07-31",
        findings: [{ code: "dcs.no-final-visit", severity: "warning" }],
      },
    ]);
    expect(await warnings("2026-08-01")).toMatchObject([{ findings: [{ code: "dcs.no-final-visit", severity: "problem" }] }]);
    // A visit not marked final, or a cancelled final visit, does not answer it.
    await db().externalVerifierVisit.create({
      data: { centreId: world.centreA.id, visitOn: new Date("2026-07-01"), status: "PLANNED", qualificationId: world.qualification.id },
    });
    await db().externalVerifierVisit.create({
      data: {
        centreId: world.centreA.id,
        visitOn: new Date("2026-07-02"),
        status: "CANCELLED",
        qualificationId: world.qualification.id,
        final: true,
      },
    });
    expect(await warnings("2026-06-01")).toHaveLength(1);
    await db().externalVerifierVisit.create({
      data: {
        centreId: world.centreA.id,
        visitOn: new Date("2026-07-15"),
        status: "PLANNED",
        qualificationId: world.qualification.id,
        final: true,
      },
    });
    expect(await warnings("2026-06-01")).toEqual([]);
    expect(await directClaimsWarnings(db(), { centreId: world.centreB.id, asOf: "2026-06-01" })).toEqual([]);
  });

  it("refuses another centre's own qualification as not found, and bad dates next to their fields", async () => {
    const world = await createAssessmentWorld();
    const ownOfB = await db().qualification.create({
      data: {
        awardingBodyId: world.body.id,
        centreId: world.centreB.id,
        qualificationNumber: "B/OWN/1",
        title: "B's own",
        level: 2,
        ruleOfCombination: {},
      },
    });
    const input = { qualificationId: ownOfB.id, grantedOn: "2025-09-01", endsOn: "", conditions: "None" };
    const foreign = await runAction(recordDirectClaimsStatus, asAdminA(world), input, { now });
    const missing = await runAction(
      recordDirectClaimsStatus,
      asAdminA(world),
      { ...input, qualificationId: "00000000-0000-4000-8000-000000000000" },
      { now },
    );
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(foreign).toEqual(missing);
    const backwards = await runAction(
      recordDirectClaimsStatus,
      asAdminA(world),
      { qualificationId: world.qualification.id, grantedOn: "2025-09-01", endsOn: "2025-08-01", conditions: "" },
      { now },
    );
    expect(backwards).toMatchObject({ ok: false, fieldErrors: { endsOn: [expect.any(String)], conditions: [expect.any(String)] } });
    const asAssessor = await runAction(
      recordDirectClaimsStatus,
      world.actor(world.assessorA.user.id, world.centreA.id),
      { qualificationId: world.qualification.id, grantedOn: "2025-09-01", endsOn: "", conditions: "None" },
      { now },
    );
    expect(asAssessor).toMatchObject({ ok: false });
    expect(await db().directClaimsStatus.count({ where: { centreId: world.centreA.id } })).toBe(0);
  });
});
