import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { recordArrangement } from "@/lib/assessment-arrangements/record-arrangement";
import { resolveAccessContext, workspaceKey, type CentreAccess } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { recordMalpracticeCase } from "@/lib/malpractice/record-malpractice-case";
import { createUser } from "@/tests/factories/centre-world";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { confidentialAuditSummary, listAuditEvents, listCentreAuditEvents, verifyAuditTrail } from "./queries";

// Who reads the centre's audit trail, and what of it. It records every candidate's records (names,
// arrangements and their reasons, imports), so an external verifier, who reads only the
// candidates granted to them, does not open it; and a malpractice case is confidential to the
// head of centre, so its entries' details are withheld from every other reader.

const db = () => getPrisma();
const accessOf = async (userId: string, centreId: string) =>
  (await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) })) as CentreAccess;

describe("the centre's audit trail and its readers", () => {
  it("is not found for an external verifier, whose grant does not reach the candidates it records", async () => {
    const world = await createAssessmentWorld();
    const eve = await createUser("Eve Verifier");
    await db().membership.create({ data: { centreId: world.centreA.id, userId: eve.id, role: "EXTERNAL_VERIFIER" } });
    const recorded = await runAction(recordArrangement, world.actor(world.adminA.user.id, world.centreA.id), {
      candidateId: world.candidateInA.id,
      kind: "REASONABLE_ADJUSTMENT",
      reason: "Diagnosed epilepsy - SECRET-MEDICAL-REASON",
      arrangement: "Rest breaks",
      unitId: "",
      appliesFrom: "2026-01-10",
      appliesUntil: "",
      approvedByAwardingBodyOn: "",
    });
    expect(recorded.ok).toBe(true);

    const eveAccess = await accessOf(eve.id, world.centreA.id);
    await expect(listAuditEvents(eveAccess, { page: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listCentreAuditEvents(eveAccess, { page: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(verifyAuditTrail(eveAccess)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // The centre's admin still reads the entry, reason included.
    const adminTrail = JSON.stringify((await listAuditEvents(await accessOf(world.adminA.user.id, world.centreA.id), { page: 1 })).events);
    expect(adminTrail).toContain("SECRET-MEDICAL-REASON");
  });

  it("withholds a malpractice case's details from an ordinary admin, shows them to the head of centre, and the chain still verifies", async () => {
    const world = await createAssessmentWorld();
    const head = await createUser("Hana Head");
    await db().membership.create({ data: { centreId: world.centreA.id, userId: head.id, role: "CENTRE_ADMIN", isHeadOfCentre: true } });
    const recorded = await runAction(recordMalpracticeCase, world.actor(head.id, world.centreA.id), {
      subject: "STAFF",
      staffUserId: world.assessorA.user.id,
      candidateId: "",
      suspicion: "CONFIDENTIAL-SUSPICION signed off a unit without seeing the evidence",
      cameToLightOn: "2026-04-02",
    });
    expect(recorded.ok).toBe(true);
    const arrangement = await runAction(recordArrangement, world.actor(world.adminA.user.id, world.centreA.id), {
      candidateId: world.candidateInA.id,
      kind: "SPECIAL_CONSIDERATION",
      reason: "Bereavement - VISIBLE-REASON",
      arrangement: "Extra week for the portfolio",
      unitId: "",
      appliesFrom: "2026-04-01",
      appliesUntil: "",
      approvedByAwardingBodyOn: "",
    });
    expect(arrangement.ok).toBe(true);

    const adminAccess = await accessOf(world.adminA.user.id, world.centreA.id);
    const adminEvents = (await listAuditEvents(adminAccess, { page: 1 })).events;
    const adminTrail = JSON.stringify(adminEvents);
    expect(adminTrail).not.toContain("CONFIDENTIAL-SUSPICION");
    // The entry is there, with its action, time and who acted, but not who is suspected of what.
    const seenByAdmin = adminEvents.find((event) => event.action === recordMalpracticeCase.name);
    expect(seenByAdmin).toMatchObject({ summary: confidentialAuditSummary, actorName: "Hana Head" });
    expect(seenByAdmin?.occurredAt).toBeInstanceOf(Date);
    // Other entries keep their details.
    expect(adminTrail).toContain("VISIBLE-REASON");

    const headEvents = (await listAuditEvents(await accessOf(head.id, world.centreA.id), { page: 1 })).events;
    const seenByHead = headEvents.find((event) => event.action === recordMalpracticeCase.name);
    expect(seenByHead?.summary).toMatchObject({
      subject: "STAFF",
      suspicion: "CONFIDENTIAL-SUSPICION signed off a unit without seeing the evidence",
    });

    // Withheld on reading only: the stored entry is unchanged and the chain verifies for both.
    const stored = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: recordMalpracticeCase.name } });
    expect(JSON.stringify(stored.summary)).toContain("CONFIDENTIAL-SUSPICION");
    expect(await verifyAuditTrail(adminAccess)).toMatchObject({ intact: true });
  });
});
