import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey, type AwardingBodyAccess } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { createUser } from "@/tests/factories/centre-world";
import { createAwardingBodyWorld, type AwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { applyApprovalEvent } from "./apply-approval-event";
import { replayApproval, type ApprovalEvent } from "./lifecycle";
import { recordApprovalEvent } from "./record-approval-event";
import type { RecordApprovalEventInput } from "./schemas";
import { startApproval } from "./start-approval";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import { editAwardingBodyPolicy } from "@/lib/policies/edit-awarding-body-policy";
import { policyNumbers } from "@/lib/policies/policy-numbers";
import { builtInPolicies } from "@/lib/rules/policies";
import { assessorCompliance } from "@/lib/assessor-compliance/queries";
import { approvalPage } from "./queries";

const db = () => getPrisma();

type Body = "ics" | "naace";
const staffOf = (world: AwardingBodyWorld, body: Body) =>
  body === "ics" ? world.actor(world.icsStaff.id, world.ics.id) : world.actor(world.naaceStaff.id, world.naace.id);

async function accessOf(world: AwardingBodyWorld, body: Body): Promise<AwardingBodyAccess> {
  const staff = body === "ics" ? world.icsStaff : world.naaceStaff;
  const awardingBodyId = body === "ics" ? world.ics.id : world.naace.id;
  return (await resolveAccessContext(db(), {
    userId: staff.id,
    requestedWorkspaceKey: workspaceKey.awardingBody(awardingBodyId),
  })) as AwardingBodyAccess;
}

type Change = (RecordApprovalEventInput extends infer Input
  ? Input extends unknown
    ? Omit<Input, "approvalId" | "version" | "reason">
    : never
  : never) & {
  reason?: string;
};

/** Records one change as the body's staff, with the approval's current version. */
async function change(world: AwardingBodyWorld, body: Body, approvalId: string, input: Change) {
  const { version } = await db().assessorApproval.findUniqueOrThrow({ where: { id: approvalId } });
  return runAction(recordApprovalEvent, staffOf(world, body), { reason: "Recorded by staff", ...input, approvalId, version });
}

async function accepted(world: AwardingBodyWorld, body: Body, approvalId: string, input: Change) {
  const result = await change(world, body, approvalId, input);
  if (!result.ok) throw new Error(`${input.type} refused: ${result.message}`);
  return result.data;
}

async function stored(approvalId: string) {
  const approval = await db().assessorApproval.findUniqueOrThrow({ where: { id: approvalId } });
  const events = await db().assessorApprovalEvent.findMany({ where: { approvalId }, orderBy: { sequence: "asc" } });
  return { approval, events };
}

/** The stored state is the rule's replay of the stored events. */
async function expectReplayMatches(approvalId: string) {
  const { approval, events } = await stored(approvalId);
  const policy = await awardingBodyPolicy(db(), approval.awardingBodyId);
  const replayed = replayApproval(
    approval.scheme,
    events.map((row) => row.event as unknown as ApprovalEvent),
    policy,
  );
  expect(replayed.record.state).toBe(approval.state);
  expect(events.map((row) => row.sequence)).toEqual(events.map((_, index) => index + 1));
}

/** A new Institute assessor at the body's centre, with an approval started (in training). */
async function newIcsTrainee(world: AwardingBodyWorld) {
  const person = await createUser("Tara Trainee");
  await db().membership.create({ data: { centreId: world.icsCentre.id, userId: person.id, role: "ASSESSOR" } });
  const started = await runAction(startApproval, staffOf(world, "ics"), { userId: person.id, reason: "Selected for the workshop" });
  if (!started.ok) throw new Error(started.message);
  return { person, approvalId: started.data.approvalId };
}

/** Naace's world assessor taken to accredited: initial fee, then a satisfactory moderation. */
async function accreditNaace(world: AwardingBodyWorld) {
  const approvalId = world.naaceApproval.id;
  await accepted(world, "naace", approvalId, { type: "recordInitialFeePaid", on: "2025-10-05" });
  await accepted(world, "naace", approvalId, {
    type: "recordModeration",
    on: "2025-11-01",
    schoolId: world.school.id,
    outcome: "satisfactory",
  });
  return approvalId;
}

describe("ICS approval lifecycle: each transition guard", () => {
  it("starts in training; refuses each step from the wrong state with the rule's reason; accepts it from the right one", async () => {
    const world = await createAwardingBodyWorld();
    const { person, approvalId } = await newIcsTrainee(world);
    expect((await stored(approvalId)).approval).toMatchObject({ scheme: "ICS", state: "inTraining", userId: person.id, approvedOn: null });
    // A second start is refused.
    expect(await runAction(startApproval, staffOf(world, "ics"), { userId: person.id, reason: "Again" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });

    expect(await change(world, "ics", approvalId, { type: "completeTraining", on: "2025-06-01" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: "Record day two of the Assessor Development Workshop first.",
    });
    expect(await change(world, "ics", approvalId, { type: "grantSingleSignOff", on: "2025-06-01" })).toMatchObject({
      ok: false,
      fieldErrors: { _form: ["The assessor must complete the Institute Assessor training programme before single sign-off (A1G)."] },
    });
    expect(await change(world, "ics", approvalId, { type: "grantFullAccreditation", on: "2025-06-01" })).toMatchObject({
      ok: false,
      message: "Cannot grant full accreditation while the assessor is in training.",
    });
    expect((await stored(approvalId)).events).toHaveLength(0);

    await accepted(world, "ics", approvalId, { type: "attendWorkshopDayTwo", on: "2025-06-02", evidence: "Sign-in sheet" });
    await accepted(world, "ics", approvalId, { type: "completeTraining", on: "2025-06-20" });
    await accepted(world, "ics", approvalId, { type: "grantSingleSignOff", on: "2025-07-10", reason: "Observed assessment" });
    let { approval, events } = await stored(approvalId);
    expect(approval).toMatchObject({ state: "singleSignOff" });
    expect(isoDay(approval.approvedOn)).toBe("2025-07-10");
    expect(events.map((e) => [e.sequence, e.type, isoDay(e.occurredOn)])).toEqual([
      [1, "attendWorkshopDayTwo", "2025-06-02"],
      [2, "completeTraining", "2025-06-20"],
      [3, "grantSingleSignOff", "2025-07-10"],
    ]);
    expect(events[0]).toMatchObject({ evidence: "Sign-in sheet", recordedById: world.icsStaff.id, reason: "Recorded by staff" });
    expect(events[2]).toMatchObject({ reason: "Observed assessment", event: { type: "grantSingleSignOff", on: "2025-07-10" } });

    expect(await change(world, "ics", approvalId, { type: "attendWorkshopDayTwo", on: "2025-07-11" })).toMatchObject({
      ok: false,
      message: "Cannot record the workshop while the assessor is single sign off.",
    });
    await accepted(world, "ics", approvalId, { type: "grantFullAccreditation", on: "2025-08-20" });
    expect((await stored(approvalId)).approval.state).toBe("fullyAccredited");

    // Withdrawal for repeated breaches needs two recorded breaches.
    expect(
      await change(world, "ics", approvalId, { type: "withdraw", on: "2025-09-01", withdrawalReason: "repeatedBreaches" }),
    ).toMatchObject({
      ok: false,
      message:
        "Withdrawal for repeated breaches needs at least 2 recorded breaches; there are 0. A first breach leads to a supporting review.",
    });
    expect(
      await change(world, "ics", approvalId, { type: "withdraw", on: "2025-09-01", withdrawalReason: "noResponseToBreachCorrespondence" }),
    ).toMatchObject({ ok: false, message: "Withdrawal for no response needs the unanswered breach correspondence to be recorded first." });

    await accepted(world, "ics", approvalId, { type: "ceaseActing", on: "2025-10-01", reason: "Retiring (A10)" });
    ({ approval, events } = await stored(approvalId));
    expect(approval.state).toBe("ceased");
    expect(await change(world, "ics", approvalId, { type: "grantFullAccreditation", on: "2025-10-02" })).toMatchObject({
      ok: false,
      message: "Cannot grant full accreditation while the assessor is ceased.",
    });
    await expectReplayMatches(approvalId);

    const audit = await db().auditEvent.findFirstOrThrow({
      where: {
        chain: `awarding-body:${world.ics.id}`,
        action: "approval.recordEvent",
        targetId: approvalId,
        summary: { path: ["event"], equals: "ceaseActing" },
      },
    });
    expect(audit.summary).toMatchObject({
      before: { state: "fullyAccredited" },
      after: { state: "ceased", approvedOn: "2025-07-10" },
      reason: "Retiring (A10)",
      sequence: 5,
    });
  });

  it("withdrawing closes the open supporting review as approval withdrawn, in the same change", async () => {
    const world = await createAwardingBodyWorld();
    const approvalId = world.icsApproval.id;
    const access = await accessOf(world, "ics");
    // A breach (H5's supporting review records it through applyApprovalEvent) opens the review.
    await db().$transaction((tx) =>
      applyApprovalEvent(tx, {
        access,
        approvalId,
        event: { type: "recordBreach", on: "2025-10-01", description: "Assessed a relative" },
        reason: "Centre report",
        now: new Date(),
      }),
    );
    const review = await db().supportingReview.create({
      data: { awardingBodyId: world.ics.id, approvalId, openedOn: new Date("2025-10-01") },
    });
    expect((await stored(approvalId)).approval.state).toBe("supportingReview");

    await accepted(world, "ics", approvalId, {
      type: "withdraw",
      on: "2025-11-01",
      withdrawalReason: "qualityAssuranceNonCompliance",
      reason: "Refused the A5 observation",
    });
    expect((await stored(approvalId)).approval.state).toBe("withdrawn");
    expect(await db().supportingReview.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({
      status: "APPROVAL_WITHDRAWN",
      outcome: "Approval withdrawn: Refused the A5 observation",
      version: 2,
    });
    expect(isoDay((await db().supportingReview.findUniqueOrThrow({ where: { id: review.id } })).closedOn)).toBe("2025-11-01");
    await expectReplayMatches(approvalId);
  });

  it("refuses a change without a reason, an older version, and another lifecycle's event; nothing is written", async () => {
    const world = await createAwardingBodyWorld();
    const approvalId = world.icsApproval.id;
    const before = await stored(approvalId);
    expect(await change(world, "ics", approvalId, { type: "grantFullAccreditation", on: "2025-10-01", reason: "  " })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { reason: ["Give the reason for this change."] },
    });
    expect(
      await runAction(recordApprovalEvent, staffOf(world, "ics"), {
        type: "grantFullAccreditation",
        approvalId,
        version: 99,
        on: "2025-10-01",
        reason: "Stale page",
      }),
    ).toMatchObject({ ok: false, code: "STALE" });
    expect(await change(world, "ics", approvalId, { type: "recordInitialFeePaid", on: "2025-10-01" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: "That change does not belong to this approval's lifecycle (Institute).",
    });
    expect(await stored(approvalId)).toEqual(before);
  });

  it("two concurrent transitions take turns: the second waits for the first and is judged on the history that includes it", async () => {
    const world = await createAwardingBodyWorld();
    const approvalId = world.icsApproval.id;
    const access = await accessOf(world, "ics");
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let firstApplied!: () => void;
    const applied = new Promise<void>((resolve) => (firstApplied = resolve));
    const first = db().$transaction(
      async (tx) => {
        await applyApprovalEvent(tx, {
          access,
          approvalId,
          event: { type: "grantFullAccreditation", on: "2025-10-20" },
          reason: "First",
          now: new Date(),
        });
        firstApplied();
        await gate;
      },
      { timeout: 15_000 },
    );
    await applied;
    // The second waits on the approval's lock until the first commits, then reads four events.
    const second = db().$transaction(
      (tx) =>
        applyApprovalEvent(tx, { access, approvalId, event: { type: "ceaseActing", on: "2025-10-21" }, reason: "Second", now: new Date() }),
      { timeout: 15_000 },
    );
    // Release the first only once the second is waiting on its lock (not after a guessed delay:
    // on a busy machine the second might not have read the history yet).
    await waitForALockWait();
    release();
    await first;
    await second;
    const { approval, events } = await stored(approvalId);
    expect(approval.state).toBe("ceased");
    expect(events.map((e) => e.type)).toEqual([
      "attendWorkshopDayTwo",
      "completeTraining",
      "grantSingleSignOff",
      "grantFullAccreditation",
      "ceaseActing",
    ]);
    expect(events.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5]);

    await expectReplayMatches(approvalId);

    // Through the action, two staff pages showing the same version send at once: exactly one
    // change lands; the other page is told it is out of date.
    const other = await createAwardingBodyWorld();
    const fresh = (await stored(other.icsApproval.id)).approval;
    const input = { approvalId: other.icsApproval.id, version: fresh.version, on: "2025-11-01", reason: "Ceasing" };
    const results = await Promise.all([
      runAction(recordApprovalEvent, staffOf(other, "ics"), { ...input, type: "ceaseActing" }),
      runAction(recordApprovalEvent, staffOf(other, "ics"), { ...input, type: "withdraw", withdrawalReason: "disreputeProved" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, code: "STALE" });
    expect((await stored(other.icsApproval.id)).events).toHaveLength(4);
    await expectReplayMatches(other.icsApproval.id);
  });
});

/** Resolves once some session of this database is waiting on a lock (the second transaction). */
async function waitForALockWait() {
  for (let attempt = 0; attempt < 200; attempt++) {
    const rows = await db().$queryRaw<{ waiting: bigint }[]>`
      SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (Number(rows[0]?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("The second transaction never waited on the first one's lock.");
}

describe("Naace approval lifecycle: each transition guard", () => {
  it("registration needs the pen portrait and the signed code; the organisation is kept for the published list", async () => {
    const world = await createAwardingBodyWorld();
    const person = await createUser("Sam Selected");
    const approval = await db().assessorApproval.create({
      data: { awardingBodyId: world.naace.id, userId: person.id, scheme: "NAACE", state: "selected" },
    });
    expect(
      await change(world, "naace", approval.id, {
        type: "register",
        on: "2025-09-01",
        penPortraitSubmitted: false,
        codeOfPracticeSigned: true,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { _form: ["Registration needs the assessor's pen portrait."] } });
    await accepted(world, "naace", approval.id, {
      type: "register",
      on: "2025-09-01",
      penPortraitSubmitted: true,
      codeOfPracticeSigned: true,
      organisation: "Northern Schools Trust",
    });
    const saved = (await stored(approval.id)).approval;
    expect(saved).toMatchObject({ state: "registered", organisation: "Northern Schools Trust" });
    expect(isoDay(saved.approvedOn)).toBe("2025-09-01");
  });

  it("failed moderation → development → second moderation failed → appeal: the 30th day accepted, the 31st refused", async () => {
    const world = await createAwardingBodyWorld();
    const approvalId = world.naaceApproval.id;
    expect(await change(world, "naace", approvalId, { type: "completeDevelopment", on: "2025-10-10" })).toMatchObject({
      ok: false,
      message: "Cannot record shadowing or professional development while the assessor is registered.",
    });
    // A moderation names its school.
    expect(
      await change(world, "naace", approvalId, { type: "recordModeration", on: "2025-10-10", outcome: "unsatisfactory" } as Change),
    ).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { schoolId: ["Choose the school."] },
    });
    await accepted(world, "naace", approvalId, {
      type: "recordModeration",
      on: "2025-10-10",
      schoolId: world.school.id,
      outcome: "unsatisfactory",
    });
    expect((await stored(approvalId)).approval.state).toBe("developmentRequired");
    expect((await stored(approvalId)).events.at(-1)).toMatchObject({ schoolId: world.school.id, type: "recordModeration" });
    await accepted(world, "naace", approvalId, { type: "completeDevelopment", on: "2025-11-15", evidence: "Two shadowing visits" });
    expect((await stored(approvalId)).approval.state).toBe("awaitingSecondModeration");
    await accepted(world, "naace", approvalId, {
      type: "recordModeration",
      on: "2026-01-01",
      schoolId: world.school.id,
      outcome: "unsatisfactory",
    });
    expect((await stored(approvalId)).approval.state).toBe("notAccredited");

    expect(await change(world, "naace", approvalId, { type: "lodgeAppeal", on: "2026-02-01", inWriting: true })).toMatchObject({
      ok: false,
      message: "The appeal window closed on 31 Jan 2026, 30 days after notification.",
    });
    expect(await change(world, "naace", approvalId, { type: "lodgeAppeal", on: "2026-01-31", inWriting: false })).toMatchObject({
      ok: false,
      message: "An appeal must be made in writing to the Naace office.",
    });
    await accepted(world, "naace", approvalId, {
      type: "lodgeAppeal",
      on: "2026-01-31",
      inWriting: true,
      evidence: "Letter of 31 January",
    });
    expect((await stored(approvalId)).approval.state).toBe("appealing");
    await accepted(world, "naace", approvalId, { type: "decideAppeal", on: "2026-02-20", upheld: true });
    expect((await stored(approvalId)).approval.state).toBe("accredited");
    await expectReplayMatches(approvalId);
  });

  it("a quality review falls due at the 10th school assessment and not before", async () => {
    const world = await createAwardingBodyWorld();
    const approvalId = await accreditNaace(world);
    expect((await stored(approvalId)).approval.state).toBe("accredited");
    for (let index = 0; index < 9; index++) {
      await accepted(world, "naace", approvalId, { type: "recordSchoolAssessment", on: "2026-01-05", schoolId: world.school.id });
    }
    expect(await change(world, "naace", approvalId, { type: "completeQualityReview", on: "2026-01-06" })).toMatchObject({
      ok: false,
      message: "No quality review is due.",
    });
    await accepted(world, "naace", approvalId, { type: "recordSchoolAssessment", on: "2026-01-07", schoolId: world.school.id });
    await accepted(world, "naace", approvalId, { type: "completeQualityReview", on: "2026-01-08", reason: "Lead Assessor review" });
    expect(await change(world, "naace", approvalId, { type: "completeQualityReview", on: "2026-01-09" })).toMatchObject({
      ok: false,
      message: "No quality review is due.",
    });
    await expectReplayMatches(approvalId);
  });

  it("a school assessment is refused for a school the assessor supported through the self-review framework", async () => {
    const world = await createAwardingBodyWorld();
    const approvalId = await accreditNaace(world);
    await db().conflictOfInterestDeclaration.create({
      data: {
        staffUserId: world.naaceAssessor.id,
        subject: "SCHOOL",
        awardingBodyId: world.naace.id,
        schoolId: world.school.id,
        relationship: "SUPPORTED_SELF_REVIEW",
        declaredOn: new Date("2025-06-01"),
      },
    });
    const before = await stored(approvalId);
    const refused = await change(world, "naace", approvalId, {
      type: "recordSchoolAssessment",
      on: "2026-01-05",
      schoolId: world.school.id,
    });
    expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const name = world.naaceAssessor.name;
    const school = world.school.name;
    const message = `${name} declared on 1 Jun 2025 that they supported ${school} through its self-review, so they may not assess it.`;
    // One message, next to the School field, in the staff member's words (not "You declared …").
    expect(refused).toMatchObject({ message, fieldErrors: { schoolId: [message] } });
    expect(refused.ok ? null : refused.fieldErrors?._form).toBeUndefined();
    expect(await stored(approvalId)).toEqual(before);
    // Another school is fine.
    const other = await db().school.create({ data: { awardingBodyId: world.naace.id, name: `Other ${Date.now()}` } });
    await accepted(world, "naace", approvalId, { type: "recordSchoolAssessment", on: "2026-01-05", schoolId: other.id });
  });

  it("removal: refused when mitigation for non-attendance is accepted or while fees are paid; accepted for a lapsed membership", async () => {
    const world = await createAwardingBodyWorld();
    const approvalId = await accreditNaace(world);
    expect(
      await change(world, "naace", approvalId, {
        type: "remove",
        on: "2026-01-10",
        removalReason: "nonAttendanceAtAnnualEvent",
        mitigationAccepted: true,
      }),
    ).toMatchObject({
      ok: false,
      message: "Mitigating circumstances for non-attendance were accepted, so this is not a reason for removal.",
    });
    await accepted(world, "naace", approvalId, { type: "recordAnnualFeePaid", on: "2025-12-01", paidUntil: "2026-11-30" });
    expect(isoDay((await stored(approvalId)).approval.feesPaidUntil)).toBe("2026-11-30");
    expect(
      await change(world, "naace", approvalId, {
        type: "remove",
        on: "2026-01-10",
        removalReason: "unpaidFees",
        mitigationAccepted: false,
      }),
    ).toMatchObject({
      ok: false,
      message: "Registration fees are paid until 30 Nov 2026, so unpaid fees are not a reason for removal on 10 Jan 2026.",
    });
    await accepted(world, "naace", approvalId, {
      type: "remove",
      on: "2026-01-10",
      removalReason: "membershipLapsed",
      mitigationAccepted: false,
    });
    expect((await stored(approvalId)).approval.state).toBe("removed");
    expect(
      await change(world, "naace", approvalId, { type: "recordSchoolAssessment", on: "2026-01-11", schoolId: world.school.id }),
    ).toMatchObject({
      ok: false,
      message: "Cannot record a school assessment (only registered and accredited assessors assess schools) while the assessor is removed.",
    });
    await expectReplayMatches(approvalId);
  });

  it("Naace staff cannot act on the Institute's approval or name another body's school", async () => {
    const world = await createAwardingBodyWorld();
    expect(await change(world, "naace", world.icsApproval.id, { type: "grantFullAccreditation", on: "2025-10-20" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const icsSchool = await db().school.create({ data: { awardingBodyId: world.ics.id, name: `Institute school ${Date.now()}` } });
    expect(
      await change(world, "naace", world.naaceApproval.id, {
        type: "recordModeration",
        on: "2025-11-01",
        schoolId: icsSchool.id,
        outcome: "satisfactory",
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND", message: "School not found." });
    expect(await runAction(startApproval, staffOf(world, "naace"), { userId: world.icsAssessor.id, reason: "Poach" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});

/** Naace assessor: failed twice, notified 2026-03-01, appeal lodged on day 25 (inside the 30-day window). */
async function appealingNaace(world: AwardingBodyWorld) {
  const approvalId = world.naaceApproval.id;
  await accepted(world, "naace", approvalId, {
    type: "recordModeration",
    on: "2026-01-05",
    schoolId: world.school.id,
    outcome: "unsatisfactory",
  });
  await accepted(world, "naace", approvalId, { type: "completeDevelopment", on: "2026-02-01" });
  await accepted(world, "naace", approvalId, {
    type: "recordModeration",
    on: "2026-03-01",
    schoolId: world.school.id,
    outcome: "unsatisfactory",
  });
  await accepted(world, "naace", approvalId, { type: "lodgeAppeal", on: "2026-03-26", inWriting: true });
  return approvalId;
}

describe("review 8 fixes: history, dates, own approval, school conflicts, fees", () => {
  it("F1: after the body shortens the appeal window, the accepted appeal can still be decided and the pages render", async () => {
    const world = await createAwardingBodyWorld();
    const approvalId = await appealingNaace(world);
    const edit = await runAction(editAwardingBodyPolicy, staffOf(world, "naace"), {
      version: 0,
      ...policyNumbers(builtInPolicies.NAACE),
      appealWindowDays: 10,
    });
    expect(edit).toMatchObject({ ok: true });
    const access = await accessOf(world, "naace");
    // F1b: the compliance review and the approval page render, with no replay problem.
    await expect(assessorCompliance(access, world.naaceAssessor.id)).resolves.toBeTruthy();
    const page = await approvalPage(access, world.naaceAssessor.id);
    expect(page.approval?.replayProblem ?? null).toBeNull();
    expect(page.approval?.state).toBe("appealing");

    expect(await change(world, "naace", approvalId, { type: "decideAppeal", on: "2026-04-10", upheld: true })).toMatchObject({ ok: true });
    expect((await stored(approvalId)).approval.state).toBe("accredited");
    await expectReplayMatches(approvalId);
  });

  it("F2: a change dated before the last recorded one is refused next to the date (single sign-off, appeal before notification)", async () => {
    const world = await createAwardingBodyWorld();
    const { approvalId } = await newIcsTrainee(world);
    await accepted(world, "ics", approvalId, { type: "attendWorkshopDayTwo", on: "2026-09-01" });
    await accepted(world, "ics", approvalId, { type: "completeTraining", on: "2026-09-13" });
    const before = await stored(approvalId);
    const early = await change(world, "ics", approvalId, { type: "grantSingleSignOff", on: "2026-01-01" });
    expect(early).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { on: [expect.stringMatching(/^Single sign-off cannot be dated before 13 Sept? 2026, the last recorded change\.$/)] },
    });
    expect(await stored(approvalId)).toEqual(before);
    await accepted(world, "ics", approvalId, { type: "grantSingleSignOff", on: "2026-09-13" });

    const naace = world.naaceApproval.id;
    await accepted(world, "naace", naace, {
      type: "recordModeration",
      on: "2026-01-05",
      schoolId: world.school.id,
      outcome: "unsatisfactory",
    });
    await accepted(world, "naace", naace, { type: "completeDevelopment", on: "2026-02-01" });
    await accepted(world, "naace", naace, {
      type: "recordModeration",
      on: "2026-03-01",
      schoolId: world.school.id,
      outcome: "unsatisfactory",
    });
    const backdated = await change(world, "naace", naace, { type: "lodgeAppeal", on: "2025-01-01", inWriting: true });
    expect(backdated).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(backdated.ok ? null : backdated.fieldErrors?.on?.[0]).toMatch(/^An appeal cannot be dated before 1 Mar 2026/);
  });

  it("F3: ceasing to act during a supporting review closes the review, saying why", async () => {
    const world = await createAwardingBodyWorld();
    const approvalId = world.icsApproval.id;
    const access = await accessOf(world, "ics");
    await db().$transaction((tx) =>
      applyApprovalEvent(tx, {
        access,
        approvalId,
        event: { type: "recordBreach", on: "2025-10-01", description: "Late records" },
        reason: "Centre report",
        now: new Date(),
      }),
    );
    const review = await db().supportingReview.create({
      data: { awardingBodyId: world.ics.id, approvalId, openedOn: new Date("2025-10-01") },
    });
    await accepted(world, "ics", approvalId, { type: "ceaseActing", on: "2025-10-05", reason: "Left the profession" });
    expect(await db().supportingReview.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({
      status: "CLOSED",
      outcome: "Assessor ceased acting: Left the profession",
      version: 2,
    });
    const entry = await db().auditEvent.findFirstOrThrow({
      where: { targetId: approvalId, action: "approval.recordEvent" },
      orderBy: { sequence: "desc" },
    });
    expect(entry.summary).toMatchObject({ event: "ceaseActing", closedSupportingReviewId: review.id });
  });

  it("F7: a member of staff who is also the body's assessor cannot record changes to their own approval", async () => {
    const world = await createAwardingBodyWorld();
    await db().awardingBodyMembership.create({ data: { awardingBodyId: world.ics.id, userId: world.icsAssessor.id } });
    const before = await stored(world.icsApproval.id);
    const self = await runAction(recordApprovalEvent, world.actor(world.icsAssessor.id, world.ics.id), {
      type: "grantFullAccreditation",
      on: "2025-10-01",
      reason: "I accredit myself",
      approvalId: world.icsApproval.id,
      version: before.approval.version,
    });
    expect(self).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: `Another member of ${world.ics.name}'s staff must record changes to your own approval.`,
    });
    expect(await stored(world.icsApproval.id)).toEqual(before);

    // Nor start their own approval: a member of staff who assesses at the body's centre.
    const staffAssessor = await createUser("Sian Staff-Assessor");
    await db().awardingBodyMembership.create({ data: { awardingBodyId: world.ics.id, userId: staffAssessor.id } });
    await db().membership.create({ data: { centreId: world.icsCentre.id, userId: staffAssessor.id, role: "ASSESSOR" } });
    const started = await runAction(startApproval, world.actor(staffAssessor.id, world.ics.id), {
      userId: staffAssessor.id,
      reason: "Starting my own",
    });
    expect(started).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().assessorApproval.count({ where: { userId: staffAssessor.id } })).toBe(0);
  });

  it("F9: fees paid until more than 2 years after payment are refused next to the field; F11: a new organisation is in the audit", async () => {
    const world = await createAwardingBodyWorld();
    const approvalId = await accreditNaace(world);
    const before = await stored(approvalId);
    const typo = await change(world, "naace", approvalId, { type: "recordAnnualFeePaid", on: "2026-02-01", paidUntil: "2072-03-31" });
    expect(typo).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(typo.ok ? null : typo.fieldErrors?.paidUntil?.[0]).toContain("at most 2 years");
    expect(await stored(approvalId)).toEqual(before);
    await accepted(world, "naace", approvalId, { type: "recordAnnualFeePaid", on: "2026-02-01", paidUntil: "2027-03-31" });

    // A selected assessor (Naace has no centres: the approval is what puts a person in its register).
    const person = await createUser("Nell Newcomer");
    const selected = await db().assessorApproval.create({
      data: { awardingBodyId: world.naace.id, userId: person.id, scheme: "NAACE", state: "selected", organisation: "Old Org" },
    });
    await accepted(world, "naace", selected.id, {
      type: "register",
      on: "2026-02-01",
      penPortraitSubmitted: true,
      codeOfPracticeSigned: true,
      organisation: "New Org",
    });
    const entry = await db().auditEvent.findFirstOrThrow({
      where: { targetId: selected.id, action: "approval.recordEvent" },
      orderBy: { sequence: "desc" },
    });
    expect(entry.summary).toMatchObject({ organisation: { before: "Old Org", after: "New Org" } });
  });

  it("F10: a moderated assessment at a school the assessor supported through its self-review is refused too", async () => {
    const world = await createAwardingBodyWorld();
    await db().conflictOfInterestDeclaration.create({
      data: {
        staffUserId: world.naaceAssessor.id,
        subject: "SCHOOL",
        awardingBodyId: world.naace.id,
        schoolId: world.school.id,
        relationship: "SUPPORTED_SELF_REVIEW",
        declaredOn: new Date("2025-06-01"),
      },
    });
    const before = await stored(world.naaceApproval.id);
    const moderation = await change(world, "naace", world.naaceApproval.id, {
      type: "recordModeration",
      on: "2026-01-05",
      schoolId: world.school.id,
      outcome: "satisfactory",
    });
    expect(moderation).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(moderation.ok ? null : moderation.fieldErrors?.schoolId?.[0]).toContain("so they may not assess it");
    expect(await stored(world.naaceApproval.id)).toEqual(before);
  });

  it("F1: a stored history that does not replay shows the stored state with a warning on the compliance review, register and approval page", async () => {
    const world = await createAwardingBodyWorld();
    const person = await createUser("Una Unreplayable");
    await db().membership.create({ data: { centreId: world.icsCentre.id, userId: person.id, role: "ASSESSOR" } });
    // Full accreditation straight from training: not a history the rule can rebuild.
    await db().assessorApproval.create({
      data: {
        awardingBodyId: world.ics.id,
        userId: person.id,
        scheme: "ICS",
        state: "fullyAccredited",
        events: {
          create: [
            {
              awardingBodyId: world.ics.id,
              sequence: 1,
              type: "grantFullAccreditation",
              event: { type: "grantFullAccreditation", on: "2025-01-10" },
              occurredOn: new Date("2025-01-10"),
              reason: "Imported",
            },
          ],
        },
      },
    });
    const access = await accessOf(world, "ics");
    const review = await assessorCompliance(access, person.id);
    expect(JSON.stringify(review)).toContain("approval.history-inconsistent");
    const page = await approvalPage(access, person.id);
    expect(page.approval).toMatchObject({ state: "fullyAccredited", forms: [] });
    expect(page.approval?.replayProblem).toContain("does not replay");
  });
});
