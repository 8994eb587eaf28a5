import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma, type Prisma } from "@/lib/db/client";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { claimedCandidates } from "./claimed";
import { confirmDirectClaims } from "./confirm-direct-claims";
import { createClaimBatch } from "./create-claim-batch";
import { downloadClaimBatchFile } from "./download-claim-batch-file";
import { claimableFor, claimsReadyCount, type CandidateClaimable } from "./eligibility";
import { markBatchClaimed } from "./mark-batch-claimed";
import { claimsOverview, getClaimBatch } from "./queries";
import { recordCertificateReceived } from "./record-certificate-received";
import { nextBatchReference } from "./reference";
import { removeClaimLine } from "./remove-claim-line";
import { claimItemValue } from "./schemas";

const db = () => getPrisma();
const asOf = "2026-11-23";
const now = new Date("2026-11-23T10:00:00Z");
const accessOf = (userId: string, centreId: string) =>
  resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }).then((access) => access!);

type DecisionShape = {
  type?: "FORMATIVE" | "SUMMATIVE";
  outcome?: "ACHIEVED" | "NOT_YET_ACHIEVED";
  status?: "RECORDED" | "AWAITING_COUNTERSIGNATURE" | "SIGNED_OFF" | "REOPENED";
};

/** Centre A with one candidate per claim situation, each on the world's two-unit qualification (A 4 credits mandatory, B 3 optional; 7 needed). */
async function claimsWorld() {
  const world = await createAssessmentWorld();
  const a = world.centreA.id;
  const admin = world.actor(world.adminA.user.id, a);
  const register = (name: string, data: Record<string, unknown> = {}) =>
    db().candidate.create({
      data: {
        centreId: a,
        name,
        email: `${name.toLowerCase().replace(/\W+/g, ".")}.${a.slice(0, 8)}@test.example`,
        dateOfBirth: new Date("2001-02-03"),
        uln: "1000000000",
        qualificationId: world.qualification.id,
        entryType: "FULL_AWARD",
        entryUnitIds: [],
        startDate: new Date("2026-01-05"),
        ...data,
      } as Prisma.CandidateUncheckedCreateInput,
    });
  const decide = (candidateId: string, unitId: string, shape: DecisionShape = {}) =>
    db().unitDecision.create({
      data: {
        centreId: a,
        candidateId,
        unitId,
        decisionType: shape.type ?? "SUMMATIVE",
        outcome: shape.outcome ?? "ACHIEVED",
        status: shape.status ?? "SIGNED_OFF",
        rationale: "All criteria met",
        decidedOn: new Date("2026-06-01"),
        assessorUserId: world.assessorA.user.id,
      },
    });
  const plan = await db().samplingPlan.create({
    data: {
      centreId: a,
      qualificationId: world.qualification.id,
      iqaUserId: world.adminA.user.id,
      periodFrom: new Date("2026-01-01"),
      periodTo: new Date("2026-12-31"),
      seed: "test",
      status: "RECORDED",
      strategySnapshot: {},
      exclusions: { own: 0, conflict: 0 },
      recordedAt: new Date(),
      createdById: world.adminA.user.id,
    },
  });
  const sample = async (
    decision: { id: string; candidateId: string; unitId: string },
    outcome: "AGREE" | "DISAGREE",
    rationale: string,
  ) => {
    const item = await db().samplingPlanItem.create({
      data: { centreId: a, planId: plan.id, unitDecisionId: decision.id, stage: "SUMMATIVE", origin: "PROPOSED", reason: "Chosen" },
    });
    return db().samplingRecord.create({
      data: {
        centreId: a,
        planItemId: item.id,
        unitDecisionId: decision.id,
        decisionVersion: 1,
        candidateId: decision.candidateId,
        unitId: decision.unitId,
        assessorUserId: world.assessorA.user.id,
        iqaUserId: world.adminA.user.id,
        stage: "SUMMATIVE",
        sampledOn: new Date("2026-07-01"),
        criterionIds: [],
        evidenceItemIds: [],
        methods: ["OBSERVATION"],
        outcome,
        rationale,
      },
    });
  };
  return { world, a, admin, register, decide, sample };
}

const unitOf = (candidate: CandidateClaimable | undefined, unitId: string) => candidate?.units.find((unit) => unit.unitId === unitId);
const codes = (findings: readonly { code: string }[] | undefined) => findings?.map((finding) => finding.code);

async function byName(centreId: string) {
  const list = await claimableFor(db(), { centreId, asOf });
  return new Map(list.map((candidate) => [candidate.name, candidate]));
}

describe("what each candidate can be claimed for, and why not", () => {
  it("reports each reason a unit or the award cannot be claimed, and the ULN warning", async () => {
    const { world, a, register, decide, sample } = await claimsWorld();
    const { unitA, unitB } = world;

    const units = await register("Una Units", { entryType: "UNITS", entryUnitIds: [unitA.id, unitB.id] });
    await decide(units.id, unitA.id);
    const notAchieved = await register("Nora Notyet");
    await decide(notAchieved.id, unitA.id, { outcome: "NOT_YET_ACHIEVED" });
    const awaiting = await register("Ava Awaiting");
    await decide(awaiting.id, unitA.id, { status: "AWAITING_COUNTERSIGNATURE" });
    const disagreed = await register("Ivy Iqa");
    const reopened = await decide(disagreed.id, unitA.id, { status: "REOPENED" });
    await sample(reopened, "DISAGREE", "Criterion 1.2 is not evidenced");
    const appealed = await register("Otto Appeal");
    const appealedDecision = await decide(appealed.id, unitA.id);
    await db().appeal.create({
      data: {
        centreId: a,
        candidateId: appealed.id,
        unitDecisionId: appealedDecision.id,
        grounds: "Not fair",
        lodgedOn: new Date("2026-07-01"),
        lodgedById: world.adminA.user.id,
      },
    });
    const funded = await register("Pat Public", { uln: null, publiclyFunded: true });
    await decide(funded.id, unitA.id);
    const withdrawn = await register("Will Withdrawn", { status: "WITHDRAWN", withdrawnOn: new Date("2026-08-01") });
    await decide(withdrawn.id, unitA.id);
    await decide(withdrawn.id, unitB.id);
    const full = await register("Fay Full");
    await decide(full.id, unitA.id);
    await decide(full.id, unitB.id);
    const agreed = await register("Abe Agreed");
    await sample(await decide(agreed.id, unitA.id), "DISAGREE", "Not enough");
    // Signed again after the disagreement, then sampled again and agreed: cleared.
    const again = await decide(agreed.id, unitA.id);
    await sample(again, "AGREE", "Now evidenced");

    const all = await byName(a);

    // A unit entry: the entered unit with no decision says so; the award is not for a unit entry.
    expect(unitOf(all.get("Una Units"), unitA.id)).toMatchObject({ claimable: true, reasons: [], claimed: false, line: null });
    expect(codes(unitOf(all.get("Una Units"), unitB.id)?.reasons)).toEqual(["claim.no-decision"]);
    expect(codes(all.get("Una Units")?.fullAward.reasons)).toEqual(["claim.unit-entry"]);
    // The world's own candidate has only a formative decision.
    expect(codes(unitOf(all.get("Cara Candidate"), unitA.id)?.reasons)).toEqual(["claim.formative-only"]);
    expect(codes(unitOf(all.get("Nora Notyet"), unitA.id)?.reasons)).toEqual(["claim.not-achieved"]);
    expect(codes(unitOf(all.get("Ava Awaiting"), unitA.id)?.reasons)).toEqual(["claim.awaiting-countersignature"]);
    const iqa = unitOf(all.get("Ivy Iqa"), unitA.id);
    expect(codes(iqa?.reasons)).toEqual(["claim.reopened"]);
    expect(iqa?.reasons[0]?.message).toContain("IQA disagreed on 2026-07-01: Criterion 1.2 is not evidenced.");
    expect(codes(unitOf(all.get("Otto Appeal"), unitA.id)?.reasons)).toEqual(["claim.open-appeal"]);
    // No ULN for a publicly funded candidate: a warning; the unit can still be claimed.
    expect(all.get("Pat Public")?.warnings).toMatchObject([{ code: "uln.missing-publicly-funded", severity: "warning" }]);
    expect(unitOf(all.get("Pat Public"), unitA.id)?.claimable).toBe(true);
    expect(all.get("Una Units")?.warnings).toEqual([]);
    // Withdrawn: nothing, the award included.
    const gone = all.get("Will Withdrawn")!;
    expect(gone.units.every((unit) => !unit.claimable && codes(unit.reasons)!.includes("claim.withdrawn"))).toBe(true);
    expect(codes(gone.fullAward.reasons)).toEqual(["claim.withdrawn"]);
    // The rule of combination met (4 + 3 credits, the mandatory unit): the award; its units come with it.
    expect(all.get("Fay Full")?.fullAward).toMatchObject({ claimable: true, reasons: [], claimed: false });
    expect(codes(unitOf(all.get("Fay Full"), unitB.id)?.reasons)).toEqual(["claim.included-in-award"]);
    // Short of it: the unit certificate only, and the award says why not.
    expect(unitOf(all.get("Pat Public"), unitA.id)?.claimable).toBe(true);
    expect(all.get("Pat Public")?.fullAward.claimable).toBe(false);
    expect(codes(all.get("Pat Public")?.fullAward.reasons)).toEqual(["claim.award-not-achieved"]);
    // Disagreed, signed again and agreed on resampling: cleared.
    expect(unitOf(all.get("Abe Agreed"), unitA.id)?.claimable).toBe(true);

    // Ready: Una (unit A), Pat (unit A), Fay (award), Abe (unit A).
    expect(await claimsReadyCount(db(), { centreId: a, asOf })).toBe(4);
    // Another centre's candidates are not there, even when named.
    expect(await claimableFor(db(), { centreId: a, candidateIds: [world.candidateInB.id], asOf })).toEqual([]);
    expect((await byName(world.centreB.id)).has("Una Units")).toBe(false);
  });
});

describe("claim batches", () => {
  it("draft, file, lines taken out, marked claimed, certificates received; another centre finds none of it", async () => {
    const { world, a, admin, register, decide } = await claimsWorld();
    const { unitA, unitB } = world;
    const una = await register("Una Units", { entryType: "UNITS", entryUnitIds: [unitA.id], uln: null });
    await decide(una.id, unitA.id);
    const fay = await register("=Fay Full");
    await decide(fay.id, unitA.id);
    await decide(fay.id, unitB.id);
    const items = [claimItemValue(una.id, "unit", unitA.id), claimItemValue(fay.id, "award", world.qualification.id)];

    // Something not ready is refused with its reason, and nothing is saved.
    const refused = await runAction(createClaimBatch, admin, { items: [claimItemValue(fay.id, "unit", unitA.id)] }, { now });
    expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!refused.ok && refused.fieldErrors?.items?.[0]).toContain("is not claimed on its own");
    expect(await runAction(createClaimBatch, admin, { items: [] }, { now })).toMatchObject({
      ok: false,
      fieldErrors: { items: ["Choose at least one certificate to claim."] },
    });
    expect(await db().certificateClaimBatch.count({ where: { centreId: a } })).toBe(0);

    const created = await runAction(createClaimBatch, admin, { items }, { now });
    expect(created).toMatchObject({ ok: true, data: { reference: "CLM-2026-0001" } });
    const batchId = created.ok ? created.data.batchId : "";
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: a, action: "claimBatch.create" } });
    expect(audit.summary).toEqual({
      reference: "CLM-2026-0001",
      lines: [`Una Units: unit ${unitA.urn}`, `=Fay Full: full award ${world.qualification.qualificationNumber}`],
      provisional: 0,
    });

    // In a draft: not claimable again, shown with the batch.
    let all = await byName(a);
    expect(unitOf(all.get("Una Units"), unitA.id)).toMatchObject({
      claimable: false,
      claimed: false,
      line: { reference: "CLM-2026-0001", batchStatus: "DRAFT" },
    });
    const again = await runAction(createClaimBatch, admin, { items: [items[0]] }, { now });
    expect(again).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: `Una Units: unit ${unitA.urn} is already in batch CLM-2026-0001.`,
    });

    // The batch file: one row per certificate, with what the awarding body needs; a formula stays text.
    const file = await runAction(downloadClaimBatchFile, admin, { batchId }, { now });
    expect(file.ok).toBe(true);
    const csv = file.ok ? file.data.csv : "";
    expect(file.ok && file.data.fileName).toBe("CLM-2026-0001.csv");
    expect(csv.split("\r\n")).toEqual([
      "Centre number,Batch reference,Candidate name,ULN,Date of birth,Qualification number,Entry code,Claim,Unit reference number,Title,Direct claim",
      `${world.centreA.centreNumber},CLM-2026-0001,"'=Fay Full",1000000000,2001-02-03,${world.qualification.qualificationNumber},,Full award,Full award,Test Diploma in Customer Service,No`,
      `${world.centreA.centreNumber},CLM-2026-0001,Una Units,,2001-02-03,${world.qualification.qualificationNumber},,Unit certificate,${unitA.urn},Resolve complaints,No`,
      "",
    ]);
    expect(await db().auditEvent.count({ where: { centreId: a, action: "claimBatch.downloadFile", targetId: batchId } })).toBe(1);

    // Take Una's unit out of the draft: claimable again; an older version is refused.
    const page = await getClaimBatch(await accessOf(world.adminA.user.id, a), batchId);
    const unaLine = page.lines.find((line) => line.candidate.name === "Una Units")!;
    expect(await runAction(removeClaimLine, admin, { batchId, version: page.version + 1, lineId: unaLine.id }, { now })).toMatchObject({
      ok: false,
      code: "STALE",
    });
    expect(await runAction(removeClaimLine, admin, { batchId, version: page.version, lineId: unaLine.id }, { now })).toMatchObject({
      ok: true,
      data: { batchDiscarded: false },
    });
    all = await byName(a);
    expect(unitOf(all.get("Una Units"), unitA.id)).toMatchObject({ claimable: true, line: null });

    // Marked claimed on the day of the upload; not before the batch existed, and only once.
    const version = page.version + 1;
    expect(await runAction(markBatchClaimed, admin, { batchId, version, claimedOn: "2026-11-22" }, { now })).toMatchObject({
      ok: false,
      fieldErrors: { claimedOn: ["The claim cannot be made before the batch was put together on 2026-11-23."] },
    });
    expect(await runAction(markBatchClaimed, admin, { batchId, version, claimedOn: "2026-11-23" }, { now })).toMatchObject({ ok: true });
    expect(await runAction(markBatchClaimed, admin, { batchId, version: version + 1, claimedOn: "2026-11-23" }, { now })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    all = await byName(a);
    expect(all.get("=Fay Full")?.fullAward).toMatchObject({
      claimable: false,
      claimed: true,
      line: { reference: "CLM-2026-0001", batchStatus: "CLAIMED", claimedOn: "2026-11-23", provisional: false },
    });
    expect(await claimedCandidates(db(), { centreId: a })).toEqual([
      {
        candidateId: fay.id,
        lines: [
          {
            kind: "FULL_AWARD",
            unitId: null,
            qualificationId: world.qualification.id,
            claimedOn: "2026-11-23",
            provisional: false,
            underDirectClaims: false,
            reference: "CLM-2026-0001",
          },
        ],
      },
    ]);
    expect(await claimedCandidates(db(), { centreId: a, since: new Date("2026-11-24") })).toEqual([]);

    // The certificate arrives.
    const fayLine = page.lines.find((line) => line.candidate.name === "=Fay Full")!;
    const received = { batchId, version: version + 1, lineId: fayLine.id, certificateReceivedOn: "2026-11-23", certificateNumber: "" };
    expect(await runAction(recordCertificateReceived, admin, received, { now })).toMatchObject({
      ok: false,
      fieldErrors: { certificateNumber: ["Enter the certificate number printed on it."] },
    });
    expect(await runAction(recordCertificateReceived, admin, { ...received, certificateNumber: "C-0042" }, { now })).toMatchObject({
      ok: true,
    });
    const stored = await db().certificateClaimLine.findUniqueOrThrow({ where: { id: fayLine.id } });
    expect(stored).toMatchObject({ certificateNumber: "C-0042" });
    const overview = await claimsOverview(await accessOf(world.adminA.user.id, a), now);
    expect(overview.batches).toMatchObject([{ reference: "CLM-2026-0001", status: "CLAIMED", lineCount: 1, receivedCount: 1 }]);

    // Another centre's admin: not found, exactly like a missing batch; nothing changes.
    const other = world.actor(world.adminB.user.id, world.centreB.id);
    const foreign = [
      await runAction(downloadClaimBatchFile, other, { batchId }, { now }),
      await runAction(removeClaimLine, other, { batchId, version: version + 2, lineId: fayLine.id }, { now }),
      await runAction(markBatchClaimed, other, { batchId, version: version + 2, claimedOn: "2026-11-23" }, { now }),
      await runAction(recordCertificateReceived, other, { ...received, version: version + 2, certificateNumber: "X" }, { now }),
      await runAction(createClaimBatch, other, { items: [claimItemValue(una.id, "unit", unitA.id)] }, { now }),
    ];
    for (const result of foreign) expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(getClaimBatch(await accessOf(world.adminB.user.id, world.centreB.id), batchId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Staff without claim.manage do not find the page at all.
    await expect(claimsOverview(await accessOf(world.assessorA.user.id, a), now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().certificateClaimLine.findUniqueOrThrow({ where: { id: fayLine.id } })).toMatchObject({ certificateNumber: "C-0042" });
  });

  it("two admins claiming the same unit at once: exactly one batch has it; the other is told", async () => {
    const { world, a, admin, register, decide } = await claimsWorld();
    const una = await register("Una Units", { entryType: "UNITS", entryUnitIds: [world.unitA.id] });
    await decide(una.id, world.unitA.id);
    const item = claimItemValue(una.id, "unit", world.unitA.id);

    // Through the action, sent at the same moment from two pages.
    const results = await Promise.all([
      runAction(createClaimBatch, admin, { items: [item] }, { now }),
      runAction(createClaimBatch, world.actor(world.adminA.user.id, a), { items: [item] }, { now }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db().certificateClaimLine.count({ where: { centreId: a, candidateId: una.id } })).toBe(1);

    // Interleaved for certain: a second admin has checked eligibility (nothing claimed yet) while the
    // first's batch is still uncommitted; the unique index then refuses the second's line.
    await db().certificateClaimLine.deleteMany({ where: { centreId: a } });
    let firstInserted!: () => void;
    const inserted = new Promise<void>((resolve) => (firstInserted = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = db().$transaction(
      async (tx) => {
        const reference = await nextBatchReference(tx, a, now);
        const batch = await tx.certificateClaimBatch.create({ data: { centreId: a, reference, createdById: world.adminA.user.id } });
        await tx.certificateClaimLine.create({
          data: {
            centreId: a,
            batchId: batch.id,
            candidateId: una.id,
            qualificationId: world.qualification.id,
            kind: "UNIT",
            unitId: world.unitA.id,
            claimKey: `unit:${world.unitA.id}`,
          },
        });
        firstInserted();
        await gate;
      },
      { timeout: 15_000 },
    );
    await inserted;
    const second = runAction(createClaimBatch, admin, { items: [item] }, { now });
    await waitForALockWait();
    release();
    await first;
    const lost = await second;
    expect(lost).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: `Una Units: unit ${world.unitA.urn} was put in another batch a moment ago, by someone else. Nothing was saved: reload the page to see it, then choose again.`,
    });
    expect(await db().certificateClaimLine.count({ where: { centreId: a, candidateId: una.id } })).toBe(1);
  });
});

describe("claims under Direct Claims Status (handbook 5.21)", () => {
  it("are provisional until a visit confirms them; the file says direct claim", async () => {
    const { world, a, admin, register, decide } = await claimsWorld();
    const status = await db().directClaimsStatus.create({
      data: { centreId: a, qualificationId: world.qualification.id, grantedOn: new Date("2026-01-01"), conditions: "Annual visit" },
    });
    await db().directClaimsStatusEvent.create({
      data: {
        centreId: a,
        directClaimsStatusId: status.id,
        kind: "GRANTED",
        effectiveOn: new Date("2026-01-01"),
        reason: "Letter",
        recordedById: world.adminA.user.id,
      },
    });
    const una = await register("Una Units", { entryType: "UNITS", entryUnitIds: [world.unitA.id, world.unitB.id] });
    await decide(una.id, world.unitA.id);
    await decide(una.id, world.unitB.id);

    const created = await runAction(createClaimBatch, admin, { items: [claimItemValue(una.id, "unit", world.unitA.id)] }, { now });
    expect(created.ok).toBe(true);
    const batchId = created.ok ? created.data.batchId : "";
    expect(await db().certificateClaimBatch.findUniqueOrThrow({ where: { id: batchId } })).toMatchObject({ underDirectClaims: true });
    const file = await runAction(downloadClaimBatchFile, admin, { batchId }, { now });
    expect(file.ok && file.data.csv.split("\r\n")[1]?.endsWith(",Yes")).toBe(true);
    expect(await runAction(markBatchClaimed, admin, { batchId, version: 1, claimedOn: "2026-11-23" }, { now })).toMatchObject({
      ok: true,
      data: { provisional: 1 },
    });
    expect((await claimedCandidates(db(), { centreId: a }))[0]?.lines).toMatchObject([{ provisional: true, underDirectClaims: true }]);

    // A second batch claimed after the visit stays provisional; centre B is untouched.
    const later = await runAction(createClaimBatch, admin, { items: [claimItemValue(una.id, "unit", world.unitB.id)] }, { now });
    const laterId = later.ok ? later.data.batchId : "";
    await db().certificateClaimBatch.update({ where: { id: laterId }, data: { status: "CLAIMED", claimedOn: new Date("2026-12-10") } });

    const visitId = "00000000-0000-4000-8000-000000000001";
    const confirmed = await db().$transaction((tx) => confirmDirectClaims(tx, { centreId: a, visitId, visitOn: new Date("2026-12-01") }));
    expect(confirmed).toBe(1);
    const lines = await db().certificateClaimLine.findMany({ where: { centreId: a }, orderBy: { createdAt: "asc" } });
    expect(lines.map((line) => [line.provisional, line.confirmedOn?.toISOString().slice(0, 10) ?? null, line.confirmedByVisitId])).toEqual([
      [false, "2026-12-01", visitId],
      [true, null, null],
    ]);
    expect(
      await db().$transaction((tx) => confirmDirectClaims(tx, { centreId: world.centreB.id, visitId, visitOn: new Date("2027-01-01") })),
    ).toBe(0);
    expect(await db().certificateClaimLine.count({ where: { centreId: a, provisional: true } })).toBe(1);
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
