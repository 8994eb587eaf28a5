import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { missingCertificates } from "@/lib/professional-record/certificates";
import { builtInPolicies } from "@/lib/rules/policies";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createCentreWorld } from "@/tests/factories/centre-world";
import { cpdStandings } from "./cpd-standing";
import { getOwnCpdLog } from "./queries";
import { recordCpdEntry } from "./record-cpd-entry";
import { removeCpdEntry } from "./remove-cpd-entry";
import { updateCpdEntry } from "./update-cpd-entry";
import { resolveAccessContext } from "@/lib/auth/access-context";

const db = () => getPrisma();
const today = isoDay(new Date());
const daysAgo = (days: number) => isoDay(new Date(Date.now() - days * 86_400_000));

const entry = (overrides: Record<string, unknown> = {}) => ({
  activityOn: daysAgo(10),
  hours: "2",
  category: "ASSESSOR_SKILLS",
  description: "Standardisation workshop",
  mandatoryEvent: "",
  ...overrides,
});

describe("the CPD log", () => {
  it("logs, corrects and removes the person's own activities, each with its audit entry", async () => {
    const world = await createAwardingBodyWorld();
    const actor = world.centreActor(world.icsAssessor.id, world.icsCentre.id);
    const added = await runAction(recordCpdEntry, actor, entry({ hours: "1.5" }));
    expect(added).toMatchObject({ ok: true, data: { version: 1 } });
    if (!added.ok) throw new Error("not added");
    const row = await db().cpdEntry.findUniqueOrThrow({ where: { id: added.data.id } });
    expect(row).toMatchObject({ userId: world.icsAssessor.id, category: "ASSESSOR_SKILLS", description: "Standardisation workshop" });
    expect(Number(row.hours)).toBe(1.5);
    expect(await db().auditEvent.findFirst({ where: { action: "cpd.record", targetId: row.id } })).toMatchObject({
      centreId: null,
      summary: { hours: 1.5, category: "ASSESSOR_SKILLS" },
    });

    // The Institute's forum may be logged without hours (it counts for what the policy credits).
    const forum = await runAction(
      recordCpdEntry,
      actor,
      entry({ hours: "", mandatoryEvent: "icsAssessorForum", category: "OCCUPATIONAL_KNOWLEDGE" }),
    );
    expect(forum).toMatchObject({ ok: true });

    const updated = await runAction(updateCpdEntry, actor, {
      ...entry({ hours: "3", description: "Workshop, corrected" }),
      cpdEntryId: row.id,
      version: 1,
    });
    expect(updated).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await db().auditEvent.findFirst({ where: { action: "cpd.update", targetId: row.id } })).toMatchObject({
      summary: { before: { hours: 1.5 }, after: { hours: 3, description: "Workshop, corrected" } },
    });

    // A stale version is refused and changes nothing.
    const stale = await runAction(updateCpdEntry, actor, { ...entry({ hours: "9" }), cpdEntryId: row.id, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    const staleRemove = await runAction(removeCpdEntry, actor, { cpdEntryId: row.id, version: 1 });
    expect(staleRemove).toMatchObject({ ok: false, code: "STALE" });
    expect(Number((await db().cpdEntry.findUniqueOrThrow({ where: { id: row.id } })).hours)).toBe(3);

    expect(await runAction(removeCpdEntry, actor, { cpdEntryId: row.id, version: 2 })).toMatchObject({ ok: true });
    expect(await db().cpdEntry.count({ where: { id: row.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "cpd.remove", targetId: row.id } })).toBe(1);
  });

  it("bad input is refused next to the field and changes nothing", async () => {
    const world = await createAwardingBodyWorld();
    const actor = world.centreActor(world.icsAssessor.id, world.icsCentre.id);
    const tomorrowPlusOne = isoDay(new Date(Date.now() + 3 * 86_400_000));
    const cases: [Record<string, unknown>, string][] = [
      [entry({ activityOn: tomorrowPlusOne }), "activityOn"],
      [entry({ activityOn: "2026-02-30" }), "activityOn"],
      [entry({ hours: "0.1" }), "hours"],
      [entry({ hours: "201" }), "hours"],
      [entry({ hours: "two" }), "hours"],
      [entry({ hours: "" }), "hours"],
      [entry({ category: "GARDENING" }), "category"],
      [entry({ description: "" }), "description"],
      // Not one of the person's bodies' events (the Institute's assessor is not Naace's).
      [entry({ mandatoryEvent: "naaceAnnualEvent" }), "mandatoryEvent"],
    ];
    for (const [input, field] of cases) {
      const result = await runAction(recordCpdEntry, actor, input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}), JSON.stringify(input)).toContain(field);
    }
    expect(await db().cpdEntry.count({ where: { userId: world.icsAssessor.id } })).toBe(0);

    // Someone who keeps no record (a candidate) cannot log CPD.
    const centres = await createCentreWorld();
    const candidate = await runAction(recordCpdEntry, centres.actor(centres.candidateA.user.id, centres.centreA.id), entry());
    expect(candidate).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("another person's entry is not found, like a missing one", async () => {
    const world = await createAwardingBodyWorld();
    const mine = await runAction(recordCpdEntry, world.centreActor(world.icsAssessor.id, world.icsCentre.id), entry());
    if (!mine.ok) throw new Error("not added");
    const other = world.actor(world.naaceAssessor.id, world.naace.id);
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const id of [mine.data.id, missing]) {
      expect(await runAction(updateCpdEntry, other, { ...entry({ hours: "5" }), cpdEntryId: id, version: 1 })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
      expect(await runAction(removeCpdEntry, other, { cpdEntryId: id, version: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(Number((await db().cpdEntry.findUniqueOrThrow({ where: { id: mine.data.id } })).hours)).toBe(2);
  });

  it("an approved Naace assessor with no centre keeps a log and logs the annual event", async () => {
    const world = await createAwardingBodyWorld();
    const actor = world.actor(world.naaceAssessor.id, world.naace.id);
    expect(await runAction(recordCpdEntry, actor, entry({ mandatoryEvent: "naaceAnnualEvent" }))).toMatchObject({ ok: true });
    const access = await resolveAccessContext(db(), { userId: world.naaceAssessor.id, requestedWorkspaceKey: actor.workspaceKey });
    if (!access) throw new Error("no access");
    const log = await getOwnCpdLog(access, new Date());
    if (!log.keepsRecord) throw new Error("keeps no record");
    expect(log.eventChoices.map((choice) => choice.kind)).toEqual(["naaceAnnualEvent"]);
    expect(log.statuses).toHaveLength(1);
    expect(log.statuses[0]?.compliance?.currentYear.mandatoryEventAttended).toBe(true);
  });
});

describe("CPD status from the log", () => {
  it("the Institute's assessor turns compliant once the year's hours, categories and forum are logged", async () => {
    const world = await createAwardingBodyWorld();
    // Approved long enough ago that the last CPD year is judged (and was empty): non-compliant.
    const approvedOn = new Date(Date.now() - 400 * 86_400_000);
    await db().assessorApproval.update({ where: { id: world.icsApproval.id }, data: { approvedOn } });
    const status = async () =>
      (await cpdStandings(db(), { awardingBodyId: world.ics.id, userIds: [world.icsAssessor.id], asOf: today })).get(world.icsAssessor.id);
    const before = await status();
    expect(before?.status).toBe("nonCompliant");
    expect(before?.findings.map((finding) => finding.code)).toEqual(["cpd.previous-year-shortfall", "cpd.current-year-shortfall"]);

    const actor = world.centreActor(world.icsAssessor.id, world.icsCentre.id);
    const yearStart = before!.currentYear.start;
    const inYear = yearStart > daysAgo(5) ? today : daysAgo(5);
    for (const input of [
      entry({ activityOn: inYear, hours: "3", category: "ASSESSOR_SKILLS" }),
      entry({ activityOn: inYear, hours: "2", category: "OCCUPATIONAL_KNOWLEDGE", description: "Sector update" }),
      entry({
        activityOn: inYear,
        hours: "",
        mandatoryEvent: "icsAssessorForum",
        category: "OCCUPATIONAL_KNOWLEDGE",
        description: "Forum",
      }),
    ]) {
      expect(await runAction(recordCpdEntry, actor, input)).toMatchObject({ ok: true });
    }
    const after = await status();
    expect(after?.status).toBe("compliant");
    expect(after?.findings).toEqual([]);
    // 3 + 2 + the forum's credited 3 hours.
    expect(after?.currentYear.hours).toBe(8);
    expect(after?.currentYear.hoursByCategory).toEqual({ assessorSkills: 3, occupationalKnowledge: 5 });
  });

  it("cpdStandings: the CPD year counts from the approval, else the first assessor membership; null when the policy sets no CPD", async () => {
    const world = await createAwardingBodyWorld();
    const standings = await cpdStandings(db(), {
      awardingBodyId: world.ics.id,
      userIds: [world.icsAssessor.id],
      asOf: "2026-03-01",
    });
    // Approved 2025-09-01: this CPD year runs 2025-09-01 to 2026-08-31, nothing logged, more than 60 days left.
    expect(standings.get(world.icsAssessor.id)).toMatchObject({
      status: "compliant",
      currentYear: { start: "2025-09-01", end: "2026-08-31", hours: 0 },
      previousYear: null,
    });
    const atRisk = await cpdStandings(db(), { awardingBodyId: world.ics.id, userIds: [world.icsAssessor.id], asOf: "2026-08-01" });
    expect(atRisk.get(world.icsAssessor.id)?.status).toBe("atRisk");

    // Without an approval: the first ASSESSOR membership at the body's centres.
    await db().assessorApproval.update({ where: { id: world.icsApproval.id }, data: { approvedOn: null } });
    const membership = await db().membership.findFirstOrThrow({ where: { userId: world.icsAssessor.id } });
    await db().membership.update({ where: { id: membership.id }, data: { createdAt: new Date("2024-05-10T09:00:00Z") } });
    const byMembership = await cpdStandings(db(), { awardingBodyId: world.ics.id, userIds: [world.icsAssessor.id], asOf: "2026-03-01" });
    expect(byMembership.get(world.icsAssessor.id)?.currentYear.start).toBe("2025-05-10");

    // A body whose policy sets no CPD: null for everyone.
    await db().awardingBodyPolicySettings.create({
      data: { awardingBodyId: world.naace.id, policy: { ...builtInPolicies.NAACE, cpd: null } },
    });
    const none = await cpdStandings(db(), { awardingBodyId: world.naace.id, userIds: [world.naaceAssessor.id], asOf: "2026-03-01" });
    expect(none.get(world.naaceAssessor.id)).toBeNull();
  });

  it("missingCertificates: held qualifications with no certificate file", async () => {
    const world = await createAwardingBodyWorld();
    const held = await db().staffQualification.create({
      data: { userId: world.icsAssessor.id, code: "CAVA", held: true, achievedOn: new Date("2020-01-01") },
    });
    await db().staffQualification.create({
      data: { userId: world.icsAssessor.id, code: "A1", held: true, achievedOn: new Date("2019-01-01") },
    });
    await db().staffQualification.create({ data: { userId: world.icsAssessor.id, code: "V1", held: false } });
    await db().staffFile.create({
      data: {
        userId: world.icsAssessor.id,
        kind: "CERTIFICATE",
        staffQualificationId: held.id,
        storageKey: `staff/${world.icsAssessor.id}/${crypto.randomUUID()}`,
        fileName: "cava.pdf",
        contentType: "application/pdf",
        byteSize: 10,
        sha256: "0".repeat(64),
      },
    });
    const missing = await missingCertificates(db(), [world.icsAssessor.id, world.naaceAssessor.id]);
    expect(missing.get(world.icsAssessor.id)).toEqual(["A1"]);
    expect(missing.get(world.naaceAssessor.id)).toEqual([]);
  });
});
