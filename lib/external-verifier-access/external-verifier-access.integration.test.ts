import { describe, expect, it } from "vitest";
import { centreActions } from "@/lib/actions/registry";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey, type CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { listCandidates } from "@/lib/candidates/queries";
import { getPrisma } from "@/lib/db/client";
import { getFileForDownload } from "@/lib/files/queries";
import { listEvidence } from "@/lib/evidence/queries";
import { getCandidateProgress } from "@/lib/progress/queries";
import { getUnitPage } from "@/lib/sign-off/queries";
import { listCandidatePlans } from "@/lib/assessment-plans/queries";
import { createUser } from "@/tests/factories/centre-world";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { grantExternalVerifierAccess } from "./grant-external-verifier-access";
import { listExternalVerifierAccessLog, listExternalVerifierGrants, myExternalVerifierAccess } from "./queries";
import { revokeExternalVerifierAccess } from "./revoke-external-verifier-access";
import { grantedCandidateIds } from "./scope";

// EV access scope and expiry (issue 10): an external verifier reads only the candidates an admin
// chose for them, at that centre, until the grant's last day or its revocation; every view and
// download is logged and the admin reads the log.

const db = () => getPrisma();
const day = (offset: number, from = new Date()) => new Date(from.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const accessOf = async (userId: string, centreId: string) =>
  (await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) })) as CentreAccess;
const allCandidates = { q: "", page: 1 } as Parameters<typeof listCandidates>[1];

/** Centre A with an external verifier (Eve), a second candidate nobody chooses, and a file of that candidate. */
async function evWorld() {
  const world = await createAssessmentWorld();
  const eve = await createUser("Eve Verifier");
  await db().membership.create({ data: { centreId: world.centreA.id, userId: eve.id, role: "EXTERNAL_VERIFIER" } });
  const unchosen = await db().candidate.create({
    data: {
      centreId: world.centreA.id,
      name: "Una Unchosen",
      email: `una.${world.centreA.id.slice(0, 8)}@test.example`,
      dateOfBirth: new Date("2001-01-01"),
      qualificationId: world.qualification.id,
      entryType: "FULL_AWARD",
      entryUnitIds: [],
      startDate: new Date("2026-01-05"),
    },
  });
  const unchosenFile = await db().storedFile.create({
    data: {
      centreId: world.centreA.id,
      candidateId: unchosen.id,
      storageKey: `${world.centreA.id}/${unchosen.id}`,
      fileName: "una.pdf",
      contentType: "application/pdf",
      byteSize: 10,
      sha256: "1".repeat(64),
      uploadedById: world.adminA.user.id,
    },
  });
  return { ...world, eve, unchosen, unchosenFile };
}

async function grant(world: AssessmentWorld, eveId: string, candidateIds: string[], expiresOn = day(30), now?: Date) {
  const result = await runAction(
    grantExternalVerifierAccess,
    world.actor(world.adminA.user.id, world.centreA.id),
    { externalVerifierUserId: eveId, visitId: "", expiresOn, candidateIds },
    now ? { now } : undefined,
  );
  if (!result.ok) throw new Error(result.message);
  return result.data.accessId;
}

describe("EV access scope", () => {
  it("the verifier reads only the chosen candidate of the centre: loadCandidate, the list, the pages and a file download", async () => {
    const world = await evWorld();
    const accessId = await grant(world, world.eve.id, [world.candidateInA.id]);
    const stored = await db().externalVerifierAccess.findUniqueOrThrow({ where: { id: accessId }, include: { candidates: true } });
    expect(stored).toMatchObject({ centreId: world.centreA.id, externalVerifierUserId: world.eve.id, revokedAt: null, version: 1 });
    expect(stored.candidates.map((c) => c.candidateId)).toEqual([world.candidateInA.id]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "externalVerifierAccess.grant" } });
    expect(audit.summary).toMatchObject({ externalVerifier: "Eve Verifier", candidates: ["Cara Candidate"] });

    const eve = await accessOf(world.eve.id, world.centreA.id);
    expect(await loadCandidate(db(), eve, world.candidateInA.id)).toMatchObject({ id: world.candidateInA.id });
    await expect(loadCandidate(db(), eve, world.unchosen.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadCandidate(db(), eve, world.candidateInB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const list = await listCandidates(eve, allCandidates);
    expect(list.rows.map((row) => row.name)).toEqual(["Cara Candidate"]);
    expect(list.total).toBe(1);

    expect((await getCandidateProgress(eve, world.candidateInA.id)).candidate.id).toBe(world.candidateInA.id);
    expect((await listEvidence(eve, world.candidateInA.id)).items.map((item) => item.reference)).toEqual(["E1", "E2"]);
    await expect(getCandidateProgress(eve, world.unchosen.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const unitPage = await getUnitPage(eve, world.candidateInA.id, world.unitA.id);
    expect(unitPage.viewer).toMatchObject({ isStaff: true, canRecord: false, canCountersign: false, isOwnCandidate: false });
    expect((await listCandidatePlans(eve, world.candidateInA.id)).plans.map((plan) => plan.title)).toEqual(["Complaints observation"]);
    await expect(getUnitPage(eve, world.unchosen.id, world.unitA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getFileForDownload(eve, world.inCentreA.file.id)).toMatchObject({ fileName: "complaint-log.pdf" });
    await expect(getFileForDownload(eve, world.unchosenFile.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Staff reads are not logged; the verifier's are, and the admin reads them.
    const admin = await accessOf(world.adminA.user.id, world.centreA.id);
    await getCandidateProgress(admin, world.candidateInA.id);
    const log = await listExternalVerifierAccessLog(admin);
    expect(log.total).toBe(5);
    // Newest first; entries a millisecond apart may tie, so compared as a set.
    const byWhat = (x: (string | null)[], y: (string | null)[]) => String(x[3]).localeCompare(String(y[3]));
    expect(log.entries.map((entry) => [entry.who, entry.candidate, entry.action, entry.what]).sort(byWhat)).toEqual(
      [
        ["Eve Verifier", "Cara Candidate", "VIEW", "Candidate page"],
        ["Eve Verifier", "Cara Candidate", "VIEW", "Evidence"],
        ["Eve Verifier", "Cara Candidate", "VIEW", `Unit ${world.unitA.urn}: Resolve complaints`],
        ["Eve Verifier", "Cara Candidate", "VIEW", "Assessment plans"],
        ["Eve Verifier", "Cara Candidate", "DOWNLOAD", "complaint-log.pdf"],
      ].sort(byWhat),
    );
    expect(new Set(log.entries.map((entry) => entry.candidateId))).toEqual(new Set([world.candidateInA.id]));
    const logged = await db().externalVerifierAccessLog.findMany({ where: { centreId: world.centreA.id } });
    expect(logged.every((row) => row.accessId === accessId && row.userId === world.eve.id)).toBe(true);

    const mine = await myExternalVerifierAccess(eve);
    expect(mine.map((g) => g.candidates.map((c) => c.name))).toEqual([["Cara Candidate"]]);
    const grants = await listExternalVerifierGrants(admin);
    expect(grants).toMatchObject([{ id: accessId, state: "working", externalVerifier: "Eve Verifier", grantedBy: "Ada Admin" }]);
  });

  it("a verifier of two centres sees at the other centre none of the first centre's granted candidates, nor its own ungranted ones", async () => {
    const world = await evWorld();
    await db().membership.create({ data: { centreId: world.centreB.id, userId: world.eve.id, role: "EXTERNAL_VERIFIER" } });
    await grant(world, world.eve.id, [world.candidateInA.id]);
    const eveAtB = await accessOf(world.eve.id, world.centreB.id);
    expect(eveAtB.workspace.centreId).toBe(world.centreB.id);
    await expect(loadCandidate(db(), eveAtB, world.candidateInA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadCandidate(db(), eveAtB, world.candidateInB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listCandidates(eveAtB, allCandidates)).rows).toEqual([]);
    await expect(getFileForDownload(eveAtB, world.inCentreA.file.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await grantedCandidateIds(db(), { centreId: world.centreB.id, userId: world.eve.id, on: new Date() })).toEqual([]);
  });
});

describe("EV access expiry and revocation", () => {
  it("works through its last day and shows nothing the day after", async () => {
    const world = await evWorld();
    const grantedAt = new Date(Date.now() - 10 * 86_400_000);
    await grant(world, world.eve.id, [world.candidateInA.id], day(3, grantedAt), grantedAt);
    const eve = await accessOf(world.eve.id, world.centreA.id);
    const lastDay = new Date(`${day(3, grantedAt)}T23:30:00Z`);
    const dayAfter = new Date(`${day(4, grantedAt)}T00:00:01Z`);
    expect(await loadCandidate(db(), eve, world.candidateInA.id, lastDay)).toMatchObject({ id: world.candidateInA.id });
    await expect(loadCandidate(db(), eve, world.candidateInA.id, dayAfter)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Today the grant has expired: nothing anywhere.
    await expect(loadCandidate(db(), eve, world.candidateInA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCandidateProgress(eve, world.candidateInA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listCandidates(eve, allCandidates)).rows).toEqual([]);
    await expect(getFileForDownload(eve, world.inCentreA.file.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await myExternalVerifierAccess(eve)).toEqual([]);
    expect(await db().externalVerifierAccessLog.count({ where: { centreId: world.centreA.id } })).toBe(0);
    const admin = await accessOf(world.adminA.user.id, world.centreA.id);
    expect((await listExternalVerifierGrants(admin)).map((g) => g.state)).toEqual(["expired"]);
  });

  it("a revoked grant shows nothing at once; an older version or a second revocation is refused", async () => {
    const world = await evWorld();
    const accessId = await grant(world, world.eve.id, [world.candidateInA.id]);
    const eve = await accessOf(world.eve.id, world.centreA.id);
    expect(await loadCandidate(db(), eve, world.candidateInA.id)).toBeTruthy();
    const asAdmin = world.actor(world.adminA.user.id, world.centreA.id);
    expect(await runAction(revokeExternalVerifierAccess, asAdmin, { accessId, version: 2 })).toMatchObject({ ok: false, code: "STALE" });
    expect(await runAction(revokeExternalVerifierAccess, asAdmin, { accessId, version: 1 })).toMatchObject({ ok: true });
    expect(await runAction(revokeExternalVerifierAccess, asAdmin, { accessId, version: 2 })).toMatchObject({ ok: false, code: "CONFLICT" });
    // A second tab still on the version it loaded is told the access was already revoked.
    expect(await runAction(revokeExternalVerifierAccess, asAdmin, { accessId, version: 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "This access was already revoked.",
    });
    await expect(loadCandidate(db(), eve, world.candidateInA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listCandidates(eve, allCandidates)).rows).toEqual([]);
    await expect(getFileForDownload(eve, world.inCentreA.file.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await myExternalVerifierAccess(eve)).toEqual([]);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { centreId: world.centreA.id, action: "externalVerifierAccess.revoke" },
    });
    expect(audit.summary).toMatchObject({ externalVerifier: "Eve Verifier", candidates: 1 });
    const admin = await accessOf(world.adminA.user.id, world.centreA.id);
    expect(await listExternalVerifierGrants(admin)).toMatchObject([{ state: "revoked", revokedBy: "Ada Admin" }]);
  });
});

describe("granting and revoking EV access", () => {
  it("an EV cannot grant, and no EV permission reaches any write action", async () => {
    const world = await evWorld();
    const result = await runAction(grantExternalVerifierAccess, world.actor(world.eve.id, world.centreA.id), {
      externalVerifierUserId: world.eve.id,
      visitId: "",
      expiresOn: day(30),
      candidateIds: [world.unchosen.id],
    });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().externalVerifierAccess.count({ where: { centreId: world.centreA.id } })).toBe(0);
    const runnable = Object.values(centreActions).filter((action) => rolesCan(["EXTERNAL_VERIFIER"], action.permission));
    // Only marking one's own IQA action done (home.view; the owner alone, no candidate named).
    expect(runnable.map((action) => action.name)).toEqual(["iqaAction.complete"]);
  });

  it("another centre's grant id is not found and stays as it was; another centre's log and grants are not listed", async () => {
    const world = await evWorld();
    const accessId = await grant(world, world.eve.id, [world.candidateInA.id]);
    const before = await db().externalVerifierAccess.findUniqueOrThrow({ where: { id: accessId } });
    const revoked = await runAction(revokeExternalVerifierAccess, world.actor(world.adminB.user.id, world.centreB.id), {
      accessId,
      version: 1,
    });
    expect(revoked).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().externalVerifierAccess.findUniqueOrThrow({ where: { id: accessId } })).toEqual(before);
    await getCandidateProgress(await accessOf(world.eve.id, world.centreA.id), world.candidateInA.id);
    const adminB = await accessOf(world.adminB.user.id, world.centreB.id);
    expect(await listExternalVerifierGrants(adminB)).toEqual([]);
    expect(await listExternalVerifierAccessLog(adminB)).toEqual({ total: 0, entries: [] });
  });

  it("refuses a last day in the past, someone who is not the centre's verifier, and a cancelled visit, changing nothing", async () => {
    const world = await evWorld();
    const asAdmin = world.actor(world.adminA.user.id, world.centreA.id);
    const base = { externalVerifierUserId: world.eve.id, visitId: "", expiresOn: day(30), candidateIds: [world.candidateInA.id] };
    const past = await runAction(grantExternalVerifierAccess, asAdmin, { ...base, expiresOn: day(-1) });
    expect(past).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { expiresOn: ["The last day cannot be in the past."] } });
    const none = await runAction(grantExternalVerifierAccess, asAdmin, { ...base, candidateIds: [] });
    expect(none).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { candidateIds: ["Choose at least one candidate."] } });
    const assessor = await runAction(grantExternalVerifierAccess, asAdmin, { ...base, externalVerifierUserId: world.assessorA.user.id });
    expect(assessor).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const cancelled = await db().externalVerifierVisit.create({
      data: { centreId: world.centreA.id, visitOn: new Date(`${day(10)}T00:00:00Z`), status: "CANCELLED" },
    });
    const onCancelled = await runAction(grantExternalVerifierAccess, asAdmin, { ...base, visitId: cancelled.id });
    expect(onCancelled).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await db().externalVerifierAccess.count({ where: { centreId: world.centreA.id } })).toBe(0);
  });
});
