import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { addDays } from "@/lib/rules/dates";
import { createAwardingBodyWorld, type AwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createUser } from "@/tests/factories/centre-world";
import { answerQaRequest } from "./answer-qa-request";
import { cancelQaRequest } from "./cancel-qa-request";
import { completeQaRequest } from "./complete-qa-request";
import { createQaRequest } from "./create-qa-request";
import { ownQaRequests, qaRequestsOfAssessor } from "./queries";

const db = () => getPrisma();
const today = isoDay(new Date());
const asStaff = (world: AwardingBodyWorld) => world.actor(world.icsStaff.id, world.ics.id);

async function send(world: AwardingBodyWorld, change: Record<string, unknown> = {}) {
  const result = await runAction(createQaRequest, asStaff(world), {
    userId: world.icsAssessor.id,
    kind: "SAMPLE_DECISIONS",
    details: "Send your last three summative decisions with their evidence.",
    dueOn: addDays(today, 14),
    ...change,
  });
  if (!result.ok) throw new Error(`createQaRequest failed: ${result.message}`);
  return result.data.requestId;
}

const version = async (id: string) => (await db().qualityAssuranceRequest.findUniqueOrThrow({ where: { id } })).version;

describe("quality-assurance requests (ICS A5)", () => {
  it("create → the assessor answers from their record → staff complete it; each audited on the body's chain", async () => {
    const world = await createAwardingBodyWorld();
    const requestId = await send(world);
    expect(await db().qualityAssuranceRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "OPEN",
      awardingBodyId: world.ics.id,
      requestedById: world.icsStaff.id,
    });

    // The assessor answers from their centre workspace (a personal action).
    const answered = await runAction(answerQaRequest, world.centreActor(world.icsAssessor.id, world.icsCentre.id), {
      requestId,
      version: await version(requestId),
      response: "Sent the three decisions by email on Monday.",
    });
    expect(answered).toMatchObject({ ok: true });
    const access = await resolveAccessContext(db(), {
      userId: world.icsAssessor.id,
      requestedWorkspaceKey: workspaceKey.awardingBody(world.ics.id),
    });
    // Open first; the factory's completed request of last year after it.
    const own = await ownQaRequests(access!);
    expect(own.map((row) => row.id)).toEqual([requestId, world.icsPastQaRequest.id]);
    expect(own[0]).toMatchObject({
      id: requestId,
      assessorResponse: "Sent the three decisions by email on Monday.",
      awardingBodyName: world.ics.name,
    });

    const completed = await runAction(completeQaRequest, asStaff(world), {
      requestId,
      version: await version(requestId),
      outcome: "Decisions sound; feedback to candidates could name the criteria.",
    });
    expect(completed).toMatchObject({ ok: true });
    const row = await db().qualityAssuranceRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(row).toMatchObject({ status: "COMPLETED", completedById: world.icsStaff.id });
    expect(isoDay(row.completedOn)).toBe(today);

    // Completed: no more answers, no second completion.
    const late = await runAction(answerQaRequest, world.actor(world.icsAssessor.id, world.ics.id), {
      requestId,
      version: await version(requestId),
      response: "More",
    });
    expect(late).toMatchObject({ ok: false, code: "CONFLICT" });
    const actions = await db().auditEvent.findMany({
      where: { chain: `awarding-body:${world.ics.id}`, targetId: requestId },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action).sort()).toEqual(["qaRequest.answer", "qaRequest.complete", "qaRequest.create"]);
  });

  it("another assessor cannot answer it or see it; a stale answer is refused", async () => {
    const world = await createAwardingBodyWorld();
    const requestId = await send(world);
    const other = await createUser("Olga Other");
    await db().membership.create({ data: { centreId: world.icsCentre.id, userId: other.id, role: "ASSESSOR" } });
    const input = { requestId, version: await version(requestId), response: "I answer for Ivan." };
    const byOther = await runAction(answerQaRequest, world.centreActor(other.id, world.icsCentre.id), input);
    const missing = await runAction(answerQaRequest, world.centreActor(other.id, world.icsCentre.id), {
      ...input,
      requestId: "00000000-0000-4000-8000-000000000000",
    });
    expect(byOther).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(byOther).toEqual(missing);
    const access = await resolveAccessContext(db(), { userId: other.id, requestedWorkspaceKey: workspaceKey.centre(world.icsCentre.id) });
    expect(await ownQaRequests(access!)).toEqual([]);
    // Staff of the body are not the assessor either: their workspace has no own record.
    const asStaffMember = await runAction(answerQaRequest, asStaff(world), input);
    expect(asStaffMember).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const stale = await runAction(answerQaRequest, world.centreActor(world.icsAssessor.id, world.icsCentre.id), { ...input, version: 99 });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    expect((await db().qualityAssuranceRequest.findUniqueOrThrow({ where: { id: requestId } })).assessorResponse).toBeNull();
  });

  it("overdue: open past its due date is flagged with the days; completed and cancelled are not", async () => {
    const world = await createAwardingBodyWorld();
    const overdue = await send(world, { kind: "REVIEW_CPD_LOG", dueOn: addDays(today, -1) });
    await db().qualityAssuranceRequest.update({ where: { id: overdue }, data: { dueOn: new Date(`${addDays(today, -5)}T00:00:00Z`) } });
    const cancelled = await send(world, { kind: "OBSERVE_ASSESSMENT" });
    expect(
      await runAction(cancelQaRequest, asStaff(world), {
        requestId: cancelled,
        version: await version(cancelled),
        reason: "Observed at the forum instead.",
      }),
    ).toMatchObject({ ok: true });
    await db().qualityAssuranceRequest.update({ where: { id: cancelled }, data: { dueOn: new Date(`${addDays(today, -5)}T00:00:00Z`) } });
    const current = await send(world);
    const rows = await qaRequestsOfAssessor(db(), { awardingBodyId: world.ics.id, userId: world.icsAssessor.id, asOf: today });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(overdue)).toMatchObject({ status: "OPEN", overdueByDays: 5 });
    expect(byId.get(current)).toMatchObject({ status: "OPEN", overdueByDays: 0 });
    expect(byId.get(cancelled)).toMatchObject({ status: "CANCELLED", overdueByDays: 0, outcome: "Observed at the forum instead." });
    // Open first, most overdue first.
    expect(rows.map((row) => row.id)).toEqual([overdue, current, cancelled, world.icsPastQaRequest.id]);
  });

  it("bad input and a due date in the past are refused next to their fields; another body's assessor is not found", async () => {
    const world = await createAwardingBodyWorld();
    const bad = await runAction(createQaRequest, asStaff(world), {
      userId: world.icsAssessor.id,
      kind: "NOPE",
      details: "",
      dueOn: addDays(today, -30),
    });
    expect(bad).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!bad.ok && Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["details", "dueOn", "kind"]);
    const foreign = await runAction(createQaRequest, world.actor(world.naaceStaff.id, world.naace.id), {
      userId: world.icsAssessor.id,
      kind: "REVIEW_CPD_LOG",
      details: "Send your log",
      dueOn: addDays(today, 10),
    });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().qualityAssuranceRequest.count({ where: { assessorUserId: world.icsAssessor.id } })).toBe(1);
  });
});

describe("separation of duties: a member of staff who is also the body's assessor", () => {
  it("cannot send a request to themselves, nor complete or cancel one made of them; another member of staff can", async () => {
    const world = await createAwardingBodyWorld();
    // Ivan, the Institute's assessor, also works for the Institute.
    await db().awardingBodyMembership.create({ data: { awardingBodyId: world.ics.id, userId: world.icsAssessor.id } });
    const self = world.actor(world.icsAssessor.id, world.ics.id);
    const forbidden = {
      ok: false,
      code: "FORBIDDEN",
      fieldErrors: {
        _form: [`Another member of ${world.ics.name}'s staff must send, complete or cancel quality-assurance requests made of you.`],
      },
    };
    const before = await db().qualityAssuranceRequest.count({ where: { assessorUserId: world.icsAssessor.id } });

    const ownRequest = await runAction(createQaRequest, self, {
      userId: world.icsAssessor.id,
      kind: "REVIEW_CPD_LOG",
      details: "Review my own CPD log.",
      dueOn: addDays(today, 10),
    });
    expect(ownRequest).toMatchObject(forbidden);
    expect(await db().qualityAssuranceRequest.count({ where: { assessorUserId: world.icsAssessor.id } })).toBe(before);

    const requestId = await send(world);
    const opened = await version(requestId);
    expect(await runAction(completeQaRequest, self, { requestId, version: opened, outcome: "All fine, says me." })).toMatchObject(
      forbidden,
    );
    expect(await runAction(cancelQaRequest, self, { requestId, version: opened, reason: "Not needed, says me." })).toMatchObject(forbidden);
    expect(await db().qualityAssuranceRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "OPEN",
      version: opened,
      completedById: null,
    });

    // As a member of staff Ivan still sends requests to other assessors of the body.
    const colleague = await createUser("Cara Colleague");
    await db().membership.create({ data: { centreId: world.icsCentre.id, userId: colleague.id, role: "ASSESSOR" } });
    const toColleague = await runAction(createQaRequest, self, {
      userId: colleague.id,
      kind: "REVIEW_CPD_LOG",
      details: "Send your CPD log for the last year.",
      dueOn: addDays(today, 10),
    });
    expect(toColleague).toMatchObject({ ok: true });

    const completed = await runAction(completeQaRequest, asStaff(world), { requestId, version: opened, outcome: "Decisions sound." });
    expect(completed).toMatchObject({ ok: true });
  });
});
