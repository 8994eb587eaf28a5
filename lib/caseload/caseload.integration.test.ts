import { describe, expect, it } from "vitest";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { addDays } from "@/lib/format/dates";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { createCentre, createUser } from "@/tests/factories/centre-world";
import { caseloadPageSize, type CaseloadFilters } from "./filters";
import { getCaseload, getCaseloadSummary } from "./queries";

const db = () => getPrisma();
const all: CaseloadFilters = { centreId: null, needsMe: false, search: "", page: 1 };
const now = new Date("2026-04-10T12:00:00Z");

async function accessOf(userId: string, centreId: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId), now });
  if (!access) throw new Error("no access");
  return access;
}

async function candidate(world: AssessmentWorld, centreId: string, name: string, assessorUserId: string | null) {
  return db().candidate.create({
    data: {
      centreId,
      name,
      email: `${name.toLowerCase().replace(/\W+/g, ".")}.${Math.random().toString(36).slice(2)}@test.example`,
      dateOfBirth: new Date("1999-01-01"),
      qualificationId: world.qualification.id,
      entryType: "FULL_AWARD",
      entryUnitIds: [],
      startDate: new Date("2026-01-05"),
      assessorUserId,
    },
  });
}

/** A fixture with each case: Xena (centre A) needs the assessor for everything; Yuri and Zara (centre B) for nothing. */
async function caseloadWorld() {
  const world = await createAssessmentWorld();
  const me = world.shared.user.id;
  const a = world.centreA.id;
  const b = world.centreB.id;
  const [b1, b2] = world.unitB.criteria;
  const [a1] = world.unitA.criteria;
  const xena = await candidate(world, a, "Xena Example", me);
  const yuri = await candidate(world, b, "Yuri Example", me);
  const zara = await candidate(world, b, "Zara Example", me);
  // Not mine: another assessor's candidate, and one at a centre I no longer work for.
  await candidate(world, a, "Walter Other", world.assessorA.user.id);
  const centreC = await createCentre("Gamma Skills", world.body.id);
  await candidate(world, centreC.id, "Carl Gamma", me);

  // Xena: a plan to confirm, evidence to judge, accepted evidence and an activity with no feedback,
  // unit B with every criterion met, and a reply to my feedback from yesterday.
  await db().assessmentPlan.create({
    data: {
      centreId: a,
      candidateId: xena.id,
      title: "Plan",
      activities: "Observe",
      methods: ["OBSERVATION"],
      evidenceSources: "Logs",
      unitIds: [],
      createdById: me,
    },
  });
  await db().evidenceItem.create({
    data: {
      centreId: a,
      candidateId: xena.id,
      reference: "E1",
      title: "Awaiting",
      method: "WORK_PRODUCT",
      location: "Uploaded",
      submittedById: xena.id,
      criteria: { create: [{ centreId: a, criterionId: a1!.id }] },
    },
  });
  await db().evidenceItem.create({
    data: {
      centreId: a,
      candidateId: xena.id,
      reference: "E2",
      title: "Accepted",
      method: "WORK_PRODUCT",
      location: "Uploaded",
      status: "ACCEPTED",
      submittedById: me,
      criteria: { create: [{ centreId: a, criterionId: b2!.id }] },
    },
  });
  await db().assessmentActivity.create({
    data: {
      centreId: a,
      candidateId: xena.id,
      assessorUserId: me,
      method: "OBSERVATION",
      occurredOn: new Date("2026-04-01"),
      place: "Shop",
      description: "Served",
      decision: "CRITERIA_MET",
      criteria: { create: [{ centreId: a, criterionId: b1!.id, judgement: "MET", howMet: "Did it" }] },
    },
  });
  const answered = await db().assessmentActivity.create({
    data: {
      centreId: a,
      candidateId: xena.id,
      assessorUserId: me,
      method: "QUESTIONING",
      occurredOn: new Date("2026-04-02"),
      place: "Shop",
      description: "Asked",
      decision: "PARTLY_MET",
      criteria: { create: [{ centreId: a, criterionId: a1!.id, judgement: "PARTLY_MET", howMet: "Partly" }] },
    },
  });
  await db().feedback.create({
    data: {
      centreId: a,
      candidateId: xena.id,
      activityId: answered.id,
      achieved: "Good",
      nextSteps: "More",
      givenById: me,
      givenAt: addDays(now, -3),
      candidateResponse: "Thanks, I will",
      candidateRespondedAt: addDays(now, -1),
    },
  });

  // Yuri: an agreed plan only.
  await db().assessmentPlan.create({
    data: {
      centreId: b,
      candidateId: yuri.id,
      title: "Plan",
      activities: "Observe",
      methods: ["OBSERVATION"],
      evidenceSources: "Logs",
      unitIds: [],
      status: "AGREED",
      createdById: me,
    },
  });
  // Zara: unit B met and already signed off; her reply was followed by newer feedback from me.
  const zaraActivity = await db().assessmentActivity.create({
    data: {
      centreId: b,
      candidateId: zara.id,
      assessorUserId: me,
      method: "OBSERVATION",
      occurredOn: new Date("2026-04-01"),
      place: "Shop",
      description: "Served",
      decision: "CRITERIA_MET",
      criteria: {
        create: [
          { centreId: b, criterionId: b1!.id, judgement: "MET", howMet: "Yes" },
          { centreId: b, criterionId: b2!.id, judgement: "MET", howMet: "Yes" },
        ],
      },
    },
  });
  await db().feedback.create({
    data: {
      centreId: b,
      candidateId: zara.id,
      activityId: zaraActivity.id,
      achieved: "Good",
      nextSteps: "None",
      givenById: me,
      givenAt: addDays(now, -5),
      candidateResponse: "Ok",
      candidateRespondedAt: addDays(now, -4),
    },
  });
  await db().feedback.create({
    data: { centreId: b, candidateId: zara.id, achieved: "Review", nextSteps: "Next unit", givenById: me, givenAt: addDays(now, -2) },
  });
  await db().unitDecision.create({
    data: {
      centreId: b,
      candidateId: zara.id,
      unitId: world.unitB.id,
      decisionType: "SUMMATIVE",
      outcome: "ACHIEVED",
      rationale: "All met",
      decidedOn: new Date("2026-04-03"),
      assessorUserId: me,
      status: "SIGNED_OFF",
    },
  });
  return { world, me, xena, yuri, zara, centreC };
}

describe("the assessor's caseload", () => {
  it("lists only my candidates, across every centre I assess for, with what needs me", async () => {
    const { world, me, xena, yuri, zara } = await caseloadWorld();
    const caseload = await getCaseload(await accessOf(me, world.centreB.id), all, now);
    expect(caseload.rows.map((row) => row.name)).toEqual(["Xena Example", "Yuri Example", "Zara Example"]);
    expect(caseload.rows.map((row) => row.centreName)).toEqual(["Alpha College", "Beta Training", "Beta Training"]);
    const byId = new Map(caseload.rows.map((row) => [row.candidateId, row]));
    expect(byId.get(xena.id)).toMatchObject({
      plansAwaitingCandidate: 1,
      evidenceAwaitingJudgement: 1,
      feedbackOwed: 2,
      unitsReadyToSign: 1,
      repliesToRead: 1,
      needsMe: true,
    });
    for (const id of [yuri.id, zara.id]) {
      expect(byId.get(id)).toMatchObject({
        plansAwaitingCandidate: 0,
        evidenceAwaitingJudgement: 0,
        feedbackOwed: 0,
        unitsReadyToSign: 0,
        repliesToRead: 0,
        needsMe: false,
      });
    }
    expect(caseload.totals).toEqual({
      candidates: 3,
      needingMe: 1,
      plansAwaitingCandidate: 1,
      evidenceAwaitingJudgement: 1,
      feedbackOwed: 2,
      unitsReadyToSign: 1,
      unitsReopened: 0,
      repliesToRead: 1,
    });
    const summary = await getCaseloadSummary(await accessOf(me, world.centreA.id), now);
    expect(summary.totals).toEqual(caseload.totals);
  });

  it("shows nothing of a centre I do not (or no longer) work for", async () => {
    const { world, me } = await caseloadWorld();
    await db().membership.update({ where: { id: world.shared.membershipB.id }, data: { status: "DEACTIVATED" } });
    const caseload = await getCaseload(await accessOf(me, world.centreA.id), all, now);
    expect(caseload.rows.map((row) => row.name)).toEqual(["Xena Example"]);
    expect(caseload.centres.map((centre) => centre.name)).toEqual(["Alpha College"]);
    // Centre B's assessor sees only their own candidate.
    const other = await getCaseload(await accessOf(world.assessorB.user.id, world.centreB.id), all, now);
    expect(other.rows.map((row) => row.name)).toEqual(["Cody Candidate"]);
  });

  it("filters by centre, by 'needs me now' and by name, and refuses a centre that is not mine", async () => {
    const { world, me, centreC } = await caseloadWorld();
    const access = await accessOf(me, world.centreA.id);
    const inB = await getCaseload(access, { ...all, centreId: world.centreB.id }, now);
    expect(inB.rows.map((row) => row.name)).toEqual(["Yuri Example", "Zara Example"]);
    expect(inB.totals.candidates).toBe(3);
    const needs = await getCaseload(access, { ...all, needsMe: true }, now);
    expect(needs.rows.map((row) => row.name)).toEqual(["Xena Example"]);
    const search = await getCaseload(access, { ...all, search: "zAR" }, now);
    expect(search.rows.map((row) => row.name)).toEqual(["Zara Example"]);
    const wildcard = await getCaseload(access, { ...all, search: "%" }, now);
    expect(wildcard.rows).toEqual([]);
    // A centre id that is not one of mine matches nothing.
    const foreign = await getCaseload(access, { ...all, centreId: centreC.id }, now);
    expect(foreign.rows).toEqual([]);
  });

  it("pages on the server, needs-me first, and a page past the end shows the first", async () => {
    const { world, me } = await caseloadWorld();
    await db().candidate.createMany({
      data: Array.from({ length: caseloadPageSize }, (_, index) => ({
        centreId: world.centreB.id,
        name: `Bulk ${String(index).padStart(2, "0")}`,
        email: `bulk.${index}.${world.centreB.id.slice(0, 8)}@test.example`,
        dateOfBirth: new Date("1999-01-01"),
        qualificationId: world.qualification.id,
        entryType: "FULL_AWARD" as const,
        entryUnitIds: [],
        startDate: new Date("2026-01-05"),
        assessorUserId: me,
      })),
    });
    const access = await accessOf(me, world.centreA.id);
    const first = await getCaseload(access, all, now);
    expect(first.rows).toHaveLength(caseloadPageSize);
    expect(first.rows[0]?.name).toBe("Xena Example");
    expect(first.filteredTotal).toBe(caseloadPageSize + 3);
    expect(first.pageCount).toBe(2);
    const second = await getCaseload(access, { ...all, page: 2 }, now);
    expect(second.rows.map((row) => row.name)).toEqual(["Bulk 24", "Yuri Example", "Zara Example"]);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.candidateId)).size).toBe(caseloadPageSize + 3);
    const beyond = await getCaseload(access, { ...all, page: 9 }, now);
    expect(beyond.page).toBe(1);
    expect(beyond.rows[0]?.name).toBe("Xena Example");
  });

  it("asks me to countersign other assessors' decisions only where my record, verified by that centre, makes me a qualified assessor", async () => {
    const { world, me } = await caseloadWorld();
    const dora = await candidate(world, world.centreA.id, "Dora Decision", world.assessorA.user.id);
    // The factory's declared social relationship with Cara stops me assessing her: hers is not asked of me.
    await db().unitDecision.create({
      data: {
        centreId: world.centreA.id,
        candidateId: world.candidateInA.id,
        unitId: world.unitA.id,
        decisionType: "SUMMATIVE",
        outcome: "ACHIEVED",
        rationale: "All met",
        decidedOn: new Date("2026-04-04"),
        assessorUserId: world.assessorA.user.id,
        status: "AWAITING_COUNTERSIGNATURE",
      },
    });
    const awaiting = await db().unitDecision.create({
      data: {
        centreId: world.centreA.id,
        candidateId: dora.id,
        unitId: world.unitA.id,
        decisionType: "SUMMATIVE",
        outcome: "ACHIEVED",
        rationale: "All met",
        decidedOn: new Date("2026-04-04"),
        assessorUserId: world.assessorA.user.id,
        status: "AWAITING_COUNTERSIGNATURE",
      },
    });
    // My own decision awaiting countersignature is not mine to countersign.
    await db().unitDecision.create({
      data: {
        centreId: world.centreB.id,
        candidateId: world.candidateInB.id,
        unitId: world.unitA.id,
        decisionType: "SUMMATIVE",
        outcome: "ACHIEVED",
        rationale: "All met",
        decidedOn: new Date("2026-04-04"),
        assessorUserId: me,
        status: "AWAITING_COUNTERSIGNATURE",
      },
    });
    const access = await accessOf(me, world.centreB.id);
    expect((await getCaseload(access, all, now)).countersignatures).toEqual({ total: 0, items: [] });
    await db().staffQualification.create({ data: { userId: me, code: "CAVA", held: false } });
    expect((await getCaseload(access, all, now)).countersignatures.total).toBe(0);
    const cava = await db().staffQualification.update({
      where: { userId_code: { userId: me, code: "CAVA" } },
      data: { held: true, achievedOn: new Date("2020-01-01") },
    });
    // Held but not yet verified by centre A: not qualified there yet.
    expect((await getCaseload(access, all, now)).countersignatures.total).toBe(0);
    // Verified by centre B only: still not qualified at centre A.
    await db().staffRecordVerification.create({
      data: { centreId: world.centreB.id, staffQualificationId: cava.id, verifiedById: world.adminB.user.id },
    });
    expect((await getCaseload(access, all, now)).countersignatures.total).toBe(0);
    await db().staffRecordVerification.create({
      data: { centreId: world.centreA.id, staffQualificationId: cava.id, verifiedById: world.adminA.user.id },
    });
    const caseload = await getCaseload(access, all, now);
    expect(caseload.countersignatures.total).toBe(1);
    expect(caseload.countersignatures.items).toEqual([
      expect.objectContaining({
        decisionId: awaiting.id,
        centreName: "Alpha College",
        candidateName: "Dora Decision",
        assessorName: "Alan Assessor",
      }),
    ]);
    expect((await getCaseloadSummary(access, now)).countersignaturesAsked).toBe(1);
    // A declared family relationship with the candidate stops me countersigning: it is not asked of me.
    await db().conflictOfInterestDeclaration.create({
      data: {
        centreId: world.centreA.id,
        staffUserId: me,
        candidateId: dora.id,
        relationship: "FAMILY",
        declaredOn: new Date("2026-01-01"),
      },
    });
    expect((await getCaseload(access, all, now)).countersignatures.total).toBe(0);
  });

  it("counts a unit ready to sign only if the candidate is entered for it, by the centre's criteria", async () => {
    const world = await createAssessmentWorld();
    const me = world.shared.user.id;
    const a = world.centreA.id;
    const named = await db().candidate.create({
      data: {
        centreId: a,
        name: "Nina Named",
        email: `nina.${a.slice(0, 8)}@test.example`,
        dateOfBirth: new Date("1999-01-01"),
        qualificationId: world.qualification.id,
        entryType: "UNITS",
        entryUnitIds: [world.unitA.id],
        startDate: new Date("2026-01-05"),
        assessorUserId: me,
      },
    });
    const [b1, b2] = world.unitB.criteria;
    const links = [b1!, b2!, ...world.unitA.criteria].map((criterion) => ({
      centreId: a,
      criterionId: criterion.id,
      judgement: "MET" as const,
      howMet: "Seen",
    }));
    await db().assessmentActivity.create({
      data: {
        centreId: a,
        candidateId: named.id,
        assessorUserId: me,
        method: "OBSERVATION",
        occurredOn: new Date("2026-04-01"),
        place: "Shop",
        description: "All of it",
        decision: "CRITERIA_MET",
        criteria: { create: links.slice(0, 2) },
      },
    });
    const access = await accessOf(me, a);
    // Unit B is met but she is entered for unit A only.
    expect((await getCaseload(access, all, now)).rows.find((row) => row.candidateId === named.id)?.unitsReadyToSign).toBe(0);
    await db().assessmentActivity.create({
      data: {
        centreId: a,
        candidateId: named.id,
        assessorUserId: me,
        method: "OBSERVATION",
        occurredOn: new Date("2026-04-02"),
        place: "Shop",
        description: "Unit A",
        decision: "CRITERIA_MET",
        criteria: { create: links.slice(2) },
      },
    });
    expect((await getCaseload(access, all, now)).rows.find((row) => row.candidateId === named.id)?.unitsReadyToSign).toBe(1);
  });

  it("a fully evidenced unit whose sign-off the IQA reopened is not 'ready to sign off': it is counted as reopened by the IQA", async () => {
    const { world, me, xena } = await caseloadWorld();
    const access = await accessOf(me, world.centreB.id);
    const before = (await getCaseload(access, all, now)).rows.find((row) => row.candidateId === xena.id)!;
    expect(before).toMatchObject({ unitsReadyToSign: 1, unitsReopened: 0 });
    // The ready unit's sign-off, then an IQA's disagreement reopening it.
    // Unit B is the one ready (both its criteria met); no decision on it yet.
    expect(await db().unitDecision.count({ where: { candidateId: xena.id, unitId: world.unitB.id } })).toBe(0);
    await db().unitDecision.create({
      data: {
        centreId: xena.centreId,
        candidateId: xena.id,
        unitId: world.unitB.id,
        decisionType: "SUMMATIVE",
        outcome: "ACHIEVED",
        rationale: "All met",
        decidedOn: new Date("2026-04-03"),
        assessorUserId: me,
        status: "REOPENED",
        reopenedAt: new Date("2026-04-10"),
        reopenedReason: "Not authenticated",
      },
    });
    const after = await getCaseload(access, all, now);
    expect(after.rows.find((row) => row.candidateId === xena.id)).toMatchObject({ unitsReadyToSign: 0, unitsReopened: 1, needsMe: true });
    expect(after.totals).toMatchObject({ unitsReadyToSign: 0, unitsReopened: 1 });
  });

  it("a unit with no published criteria is ready by the criteria this centre typed in, never another centre's", async () => {
    const world = await createAssessmentWorld();
    const me = world.shared.user.id;
    const a = world.centreA.id;
    const b = world.centreB.id;
    const unitC = await db().unit.create({
      data: {
        qualificationId: world.qualification.id,
        urn: `C/${a.slice(0, 8)}/3`,
        title: "Typed in",
        credit: 2,
        level: 3,
        glh: 10,
        group: "B",
      },
    });
    async function typeIn(centreId: string, refs: string[]) {
      const outcome = await db().learningOutcome.create({ data: { centreId, unitId: unitC.id, ref: "1", title: "Typed", position: 1 } });
      const rows = [];
      for (const [index, ref] of refs.entries()) {
        rows.push(
          await db().assessmentCriterion.create({
            data: { centreId, unitId: unitC.id, learningOutcomeId: outcome.id, ref, text: `Typed ${ref}`, position: index + 1 },
          }),
        );
      }
      return rows;
    }
    const [ownCriterion] = await typeIn(a, ["1.1"]);
    await typeIn(b, ["1.1", "1.2"]);
    const dan = await candidate(world, a, "Dan Typed", me);
    await db().assessmentActivity.create({
      data: {
        centreId: a,
        candidateId: dan.id,
        assessorUserId: me,
        method: "OBSERVATION",
        occurredOn: new Date("2026-04-01"),
        place: "Shop",
        description: "Typed-in criterion",
        decision: "CRITERIA_MET",
        criteria: { create: [{ centreId: a, criterionId: ownCriterion!.id, judgement: "MET", howMet: "Seen" }] },
      },
    });
    const row = (await getCaseload(await accessOf(me, a), all, now)).rows.find((r) => r.candidateId === dan.id);
    expect(row?.unitsReadyToSign).toBe(1);
  });

  it("is not open to a person who does not assess", async () => {
    const world = await createAssessmentWorld();
    await expect(getCaseload(await accessOf(world.adminA.user.id, world.centreA.id), all, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const nobody = await createUser("No Centres");
    expect(await resolveAccessContext(db(), { userId: nobody.id, now })).toBeNull();
  });
});
