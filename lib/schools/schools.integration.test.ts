import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createAwardingBodyWorld, type AwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { addSchool } from "./add-school";
import { getSchool, listSchools } from "./queries";
import { recordIctMarkAward } from "./record-ict-mark-award";
import { sendRenewalReminder } from "./send-renewal-reminder";
import { updateSchool } from "./update-school";

// The schools of a Naace-style body and their ICT Mark (Naace principle 8: three years from the
// award; reminders from 90 days before expiry). The world's school was awarded on 2024-01-10, so
// its ICT Mark runs to 2027-01-09 and the reminder window opens on 2026-10-11.

const db = () => getPrisma();
const at = (day: string) => new Date(`${day}T12:00:00Z`);
let outbox: string;

beforeAll(async () => {
  outbox = await fs.mkdtemp(path.join(os.tmpdir(), "assay-schools-outbox-"));
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("SMTP_HOST", "");
  vi.stubEnv("ASSAY_OUTBOX_DIR", outbox);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await fs.rm(outbox, { recursive: true, force: true });
});

const asNaace = (world: AwardingBodyWorld) => world.actor(world.naaceStaff.id, world.naace.id);
async function access(userId: string, awardingBodyId: string) {
  const resolved = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.awardingBody(awardingBodyId) });
  if (!resolved) throw new Error("no access");
  return resolved;
}
const chainLength = (awardingBodyId: string) => db().auditEvent.count({ where: { chain: `awarding-body:${awardingBodyId}` } });

async function outboxMessagesTo(address: string): Promise<string[]> {
  const files = (await fs.readdir(outbox)).filter((file) => file.endsWith(".txt"));
  const texts = await Promise.all(files.map((file) => fs.readFile(path.join(outbox, file), "utf8")));
  return texts.filter((text) => new RegExp(`^To: ${address.replace(/\./g, "\\.")}$`, "m").test(text));
}

describe("schools and the ICT Mark", () => {
  it("adds a school on the body's audit chain, lists it as not awarded; bad input and a duplicate name change nothing", async () => {
    const world = await createAwardingBodyWorld();
    const before = await chainLength(world.naace.id);
    const added = await runAction(addSchool, asNaace(world), {
      name: "Brook Lane Academy",
      urn: "123456",
      contactEmail: "Office@Brook.test",
    });
    expect(added).toMatchObject({ ok: true });
    if (!added.ok) return;
    const school = await db().school.findUniqueOrThrow({ where: { id: added.data.schoolId } });
    expect(school).toMatchObject({
      awardingBodyId: world.naace.id,
      name: "Brook Lane Academy",
      urn: "123456",
      contactEmail: "office@brook.test",
    });
    expect(await chainLength(world.naace.id)).toBe(before + 1);
    const entry = await db().auditEvent.findFirstOrThrow({ where: { chain: `awarding-body:${world.naace.id}`, targetId: school.id } });
    expect(entry).toMatchObject({ action: "schools.add", actorUserId: world.naaceStaff.id });

    const bad = await runAction(addSchool, asNaace(world), { name: " ", urn: "12", contactEmail: "not-an-email" });
    expect(bad).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["contactEmail", "name", "urn"]);
    const duplicate = await runAction(addSchool, asNaace(world), { name: "brook lane academy", urn: "", contactEmail: "" });
    expect(duplicate).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { name: ["A school with this name is already on your list."] },
    });
    expect(await db().school.count({ where: { awardingBodyId: world.naace.id } })).toBe(2);
    expect(await chainLength(world.naace.id)).toBe(before + 1);

    const list = await listSchools(await access(world.naaceStaff.id, world.naace.id), { filter: "notAwarded", now: at("2026-11-22") });
    expect(list.runsIctMark && list.schools.map((row) => row.name)).toEqual(["Brook Lane Academy"]);
  });

  it("lists each school's ICT Mark state and expiry, filtered by ?ictMark", async () => {
    const world = await createAwardingBodyWorld();
    const expired = await db().school.create({
      data: { awardingBodyId: world.naace.id, name: "Aspen Primary", ictMarkAwardedOn: new Date("2023-06-01") },
    });
    const current = await db().school.create({
      data: { awardingBodyId: world.naace.id, name: "Cedar High", ictMarkAwardedOn: new Date("2026-02-01") },
    });
    const naace = await access(world.naaceStaff.id, world.naace.id);
    const all = await listSchools(naace, { filter: null, now: at("2026-11-22") });
    if (!all.runsIctMark) throw new Error("Naace runs the ICT Mark");
    expect(all.counts).toEqual({ notAwarded: 0, current: 1, renewalDue: 1, expired: 1 });
    const byId = new Map(all.schools.map((row) => [row.id, row.standing]));
    expect(byId.get(world.school.id)).toMatchObject({ state: "renewalDue", expiresOn: "2027-01-09", reminderDue: true });
    expect(byId.get(expired.id)).toMatchObject({ state: "expired", expiresOn: "2026-05-31" });
    expect(byId.get(current.id)).toMatchObject({ state: "current", expiresOn: "2029-01-31" });
    for (const [filter, id] of [
      ["renewalDue", world.school.id],
      ["expired", expired.id],
      ["current", current.id],
    ] as const) {
      const filtered = await listSchools(naace, { filter, now: at("2026-11-22") });
      expect(filtered.runsIctMark && filtered.schools.map((row) => row.id)).toEqual([id]);
    }
  });

  it("a body without the ICT Mark is told schools are Naace's scheme and cannot add one; the Institute's staff never see Naace's schools", async () => {
    const world = await createAwardingBodyWorld();
    const ics = await access(world.icsStaff.id, world.ics.id);
    expect(await listSchools(ics, { filter: null })).toEqual({ runsIctMark: false, bodyName: world.ics.name });
    await expect(getSchool(ics, world.school.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const refused = await runAction(addSchool, world.actor(world.icsStaff.id, world.ics.id), {
      name: "Elm School",
      urn: "",
      contactEmail: "",
    });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("Naace's scheme") });
    // Naace's staff cannot open the Institute's school either, nor can the Naace assessor open Naace's.
    await expect(getSchool(await access(world.naaceStaff.id, world.naace.id), world.icsSchool.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(listSchools(await access(world.naaceAssessor.id, world.naace.id), { filter: null })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("changes a school's details at the version shown; an older version is refused and changes nothing", async () => {
    const world = await createAwardingBodyWorld();
    const input = {
      schoolId: world.school.id,
      version: 1,
      name: "Hillside Primary School",
      urn: "654321",
      contactEmail: "head@hillside.test",
    };
    expect(await runAction(updateSchool, asNaace(world), input)).toMatchObject({ ok: true });
    expect(await db().school.findUniqueOrThrow({ where: { id: world.school.id } })).toMatchObject({
      name: "Hillside Primary School",
      urn: "654321",
      version: 2,
    });
    const stale = await runAction(updateSchool, asNaace(world), { ...input, name: "Someone else's name" });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    expect(await db().school.findUniqueOrThrow({ where: { id: world.school.id } })).toMatchObject({
      name: "Hillside Primary School",
      version: 2,
    });
  });

  it("records the ICT Mark award (not in the future), which moves the expiry", async () => {
    const world = await createAwardingBodyWorld();
    const future = await runAction(
      recordIctMarkAward,
      asNaace(world),
      { schoolId: world.school.id, version: 1, awardedOn: "2026-12-01" },
      { now: at("2026-11-22") },
    );
    expect(future).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { awardedOn: ["The award date cannot be in the future."] },
    });
    const notADay = await runAction(recordIctMarkAward, asNaace(world), { schoolId: world.school.id, version: 1, awardedOn: "2026-02-30" });
    expect(notADay).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const renewed = await runAction(
      recordIctMarkAward,
      asNaace(world),
      { schoolId: world.school.id, version: 1, awardedOn: "2026-11-20" },
      { now: at("2026-11-22") },
    );
    expect(renewed).toMatchObject({ ok: true });
    const page = await getSchool(await access(world.naaceStaff.id, world.naace.id), world.school.id, at("2026-11-22"));
    expect(page.school.standing).toMatchObject({ state: "current", expiresOn: "2029-11-19", reminderDue: false });
    const entry = await db().auditEvent.findFirstOrThrow({ where: { action: "schools.recordIctMarkAward", targetId: world.school.id } });
    expect(entry.summary).toMatchObject({ before: { awardedOn: "2024-01-10" }, after: { awardedOn: "2026-11-20" } });
  });

  it("sends a renewal reminder only when one is due: the email lands in the outbox, the day is kept and a second is refused", async () => {
    const world = await createAwardingBodyWorld();
    // Before the window opens: refused, nothing sent.
    const early = await runAction(
      sendRenewalReminder,
      asNaace(world),
      { schoolId: world.school.id, version: 1 },
      { now: at("2026-09-01") },
    );
    expect(early).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("No reminder is due yet") });
    expect(await outboxMessagesTo("head@hillside.test")).toHaveLength(0);

    const sent = await runAction(sendRenewalReminder, asNaace(world), { schoolId: world.school.id, version: 1 }, { now: at("2026-11-22") });
    expect(sent).toMatchObject({ ok: true, data: { sentTo: "head@hillside.test", emailDelivery: { sent: true } } });
    const messages = await outboxMessagesTo("head@hillside.test");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("your ICT Mark expires on 9 January 2027");
    const school = await db().school.findUniqueOrThrow({ where: { id: world.school.id } });
    expect(school.renewalReminderSentAt?.toISOString()).toBe("2026-11-22T12:00:00.000Z");
    expect(school.version).toBe(2);

    const again = await runAction(
      sendRenewalReminder,
      asNaace(world),
      { schoolId: world.school.id, version: 2 },
      { now: at("2026-11-23") },
    );
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", message: "A renewal reminder has already been sent for this renewal." });
    expect(await outboxMessagesTo("head@hillside.test")).toHaveLength(1);

    const page = await getSchool(await access(world.naaceStaff.id, world.naace.id), world.school.id, at("2026-11-23"));
    expect(page.reminders).toEqual([
      { id: expect.any(String), sentAt: expect.any(Date), sentTo: "head@hillside.test", sentBy: world.naaceStaff.name },
    ]);
  });

  it("refuses a reminder for an expired or never-awarded school and one with no contact email", async () => {
    const world = await createAwardingBodyWorld();
    const expired = await db().school.create({
      data: {
        awardingBodyId: world.naace.id,
        name: "Aspen Primary",
        contactEmail: "a@aspen.test",
        ictMarkAwardedOn: new Date("2023-06-01"),
      },
    });
    const never = await db().school.create({
      data: { awardingBodyId: world.naace.id, name: "Birch Infants", contactEmail: "b@birch.test" },
    });
    const now = { now: at("2026-11-22") };
    expect(await runAction(sendRenewalReminder, asNaace(world), { schoolId: expired.id, version: 1 }, now)).toMatchObject({
      ok: false,
      message: expect.stringContaining("expired on 31 May 2026"),
    });
    expect(await runAction(sendRenewalReminder, asNaace(world), { schoolId: never.id, version: 1 }, now)).toMatchObject({
      ok: false,
      message: "This school has no ICT Mark award recorded, so there is nothing to renew.",
    });
    await db().school.update({ where: { id: world.school.id }, data: { contactEmail: null } });
    expect(await runAction(sendRenewalReminder, asNaace(world), { schoolId: world.school.id, version: 1 }, now)).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { contactEmail: ["Add the school's contact email first: the reminder goes there."] },
    });
    expect(await db().school.count({ where: { awardingBodyId: world.naace.id, renewalReminderSentAt: { not: null } } })).toBe(0);
  });

  it("the school page lists the assessments recorded there and who declared a conflict about it", async () => {
    const world = await createAwardingBodyWorld();
    await db().assessorApprovalEvent.create({
      data: {
        awardingBodyId: world.naace.id,
        approvalId: world.naaceApproval.id,
        sequence: 2,
        type: "recordModeration",
        event: { type: "recordModeration", on: "2026-03-02", outcome: "satisfactory" },
        occurredOn: new Date("2026-03-02"),
        reason: "Lead assessor satisfied",
        schoolId: world.school.id,
      },
    });
    await db().conflictOfInterestDeclaration.create({
      data: {
        staffUserId: world.naaceAssessor.id,
        subject: "SCHOOL",
        awardingBodyId: world.naace.id,
        schoolId: world.school.id,
        relationship: "SUPPORTED_SELF_REVIEW",
        declaredOn: new Date("2025-05-01"),
      },
    });
    const page = await getSchool(await access(world.naaceStaff.id, world.naace.id), world.school.id, at("2026-11-22"));
    expect(page.assessments).toEqual([
      expect.objectContaining({ type: "recordModeration", assessorId: world.naaceAssessor.id, assessorName: world.naaceAssessor.name }),
    ]);
    expect(page.conflicts).toEqual([
      expect.objectContaining({ staffUserId: world.naaceAssessor.id, relationship: "SUPPORTED_SELF_REVIEW", endedOn: null }),
    ]);
  });
});
