import { afterAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { startJobQueue, stopJobQueue } from "@/lib/jobs/boss";
import { getFileStorage } from "@/lib/storage/get-file-storage";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { downloadVisitPack } from "./download-visit-pack";
import { hrefOf } from "./html";
import { packReadiness, visitPackPage } from "./queries";
import { requestVisitPack } from "./request-visit-pack";
import { retryVisitPack } from "./retry-visit-pack";
import { readZip } from "./testing/read-zip";

const db = () => getPrisma();
const accessOf = (userId: string, centreId: string) =>
  resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }).then((access) => access!);

afterAll(() => stopJobQueue());

async function candidateWithFile(world: AssessmentWorld, name: string, fileName: string, bytes: string) {
  const a = world.centreA.id;
  const candidate = await db().candidate.create({
    data: {
      centreId: a,
      name,
      email: `${name.replace(/\W/g, ".")}.${a.slice(0, 8)}@test.example`,
      dateOfBirth: new Date("2001-02-03"),
      qualificationId: world.qualification.id,
      entryType: "FULL_AWARD",
      entryUnitIds: [],
      startDate: new Date("2026-02-01"),
      assessorUserId: world.assessorA.user.id,
    },
  });
  const evidence = await db().evidenceItem.create({
    data: {
      centreId: a,
      candidateId: candidate.id,
      reference: "E1",
      title: `${name}'s log`,
      method: "WORK_PRODUCT",
      location: "Uploaded",
      submittedById: world.assessorA.user.id,
    },
  });
  const file = await db().storedFile.create({
    data: {
      centreId: a,
      candidateId: candidate.id,
      evidenceItemId: evidence.id,
      storageKey: `${a}/${candidate.id}`,
      fileName,
      contentType: "text/plain",
      byteSize: bytes.length,
      sha256: "0".repeat(64),
      uploadedById: world.assessorA.user.id,
    },
  });
  await getFileStorage().put(file.storageKey, Buffer.from(bytes));
  return candidate;
}

async function packWorld() {
  const world = await createAssessmentWorld();
  const a = world.centreA.id;
  await getFileStorage().put(world.inCentreA.file.storageKey, Buffer.from("Cara's complaint log"));
  const wip = await candidateWithFile(world, "Will Wip", "will's notes.txt", "Will's notes");
  const unchosen = await candidateWithFile(world, "Nora Notchosen", "nora.txt", "Nora's notes");
  const batch = await db().certificateClaimBatch.create({
    data: {
      centreId: a,
      reference: "B-001",
      status: "CLAIMED",
      underDirectClaims: true,
      createdById: world.adminA.user.id,
      claimedOn: new Date("2026-04-01"),
    },
  });
  await db().certificateClaimLine.create({
    data: {
      centreId: a,
      batchId: batch.id,
      candidateId: world.candidateInA.id,
      qualificationId: world.qualification.id,
      kind: "UNIT",
      unitId: world.unitA.id,
      claimKey: `unit:${world.unitA.id}`,
      provisional: true,
    },
  });
  const lastVisit = await db().externalVerifierVisit.create({
    data: {
      centreId: a,
      visitOn: new Date("2026-01-15"),
      status: "COMPLETED",
      externalVerifierName: "Eve Verifier",
      reportSummary: "Sound assessment practice.",
    },
  });
  await db().visitActionPoint.create({
    data: {
      centreId: a,
      visitId: lastVisit.id,
      kind: "ACTION_POINT",
      description: "Hold a standardisation meeting",
      ownerUserId: world.adminA.user.id,
      dueOn: new Date("2026-03-01"),
      status: "COMPLETED",
      completedOn: new Date("2026-02-20"),
      completionEvidence: "Minutes of the February standardisation meeting",
      createdById: world.adminA.user.id,
    },
  });
  const visit = await db().externalVerifierVisit.create({
    data: { centreId: a, visitOn: new Date("2026-05-01"), status: "PLANNED", externalVerifierName: "Eve Verifier" },
  });
  return { world, wip, unchosen, visit };
}

async function waitForPack(packId: string) {
  for (let i = 0; i < 120; i++) {
    const pack = await db().visitPack.findUniqueOrThrow({ where: { id: packId } });
    if (pack.status === "READY" || pack.status === "FAILED") return pack;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The pack was not built in 30 s.");
}

async function zipOf(storageKey: string) {
  const stored = await getFileStorage().get(storageKey);
  const chunks: Buffer[] = [];
  for await (const chunk of stored!.body) chunks.push(chunk as Buffer);
  return readZip(Buffer.concat(chunks));
}

describe("the visit pack", () => {
  it("is built by the job queue's worker: every claimed candidate's record and evidence, the chosen work in progress, the centre records, all linked from the index", async () => {
    const { world, wip, unchosen, visit } = await packWorld();
    await startJobQueue();
    const requested = await runAction(requestVisitPack, world.actor(world.adminA.user.id, world.centreA.id), {
      visitId: visit.id,
      workInProgressCandidateIds: [wip.id],
    });
    expect(requested.ok).toBe(true);
    const packId = requested.ok ? requested.data.packId : "";
    const pack = await waitForPack(packId);
    expect(pack).toMatchObject({ status: "READY", error: null });
    expect(pack.filesTotal).toBeGreaterThan(5);
    expect(pack.filesDone).toBe(pack.filesTotal);

    const entries = await zipOf(pack.storageKey!);
    const names = [...entries.keys()];
    expect(names).toContain("index.html");
    expect(names.length).toBe(pack.filesTotal);
    const index = entries.get("index.html")!.toString("utf8");
    // Every file in the pack is linked from the index by its relative path.
    for (const name of names.filter((n) => n !== "index.html")) expect(index).toContain(`href="${hrefOf(name).replaceAll("&", "&amp;")}"`);

    const folderOf = (candidate: { id: string }) =>
      names.find((n) => n.includes(candidate.id.slice(0, 8)) && n.endsWith("/record.html"))?.replace("/record.html", "");
    const cara = folderOf(world.candidateInA)!;
    const will = folderOf(wip)!;
    expect(cara).toMatch(/^candidates\/Cara-Candidate-/);
    expect(will).toMatch(/^candidates\/Will-Wip-/);
    expect(folderOf(unchosen)).toBeUndefined();
    expect(names.some((n) => n.includes("nora"))).toBe(false);
    expect(index).not.toContain("Nora Notchosen");

    const caraFile = names.find((n) => n.startsWith(`${cara}/evidence/`))!;
    expect(caraFile).toMatch(/complaint-log\.pdf$/);
    expect(entries.get(caraFile)!.toString()).toBe("Cara's complaint log");
    const caraRecord = entries.get(`${cara}/record.html`)!.toString();
    expect(caraRecord).toContain("Two criteria to go");
    expect(caraRecord).toContain(`href="${hrefOf(caraFile.slice(cara.length + 1))}"`);
    expect(caraRecord).toContain("Provisional, to confirm at this visit");
    expect(entries.get(names.find((n) => n.startsWith(`${will}/evidence/`))!)!.toString()).toBe("Will's notes");

    expect(entries.get("dcs-claims-since-last-visit.html")!.toString()).toContain("Cara Candidate");
    expect(entries.get("last-visit-report.html")!.toString()).toContain("Minutes of the February standardisation meeting");
    expect(entries.get("sample-signatures.html")!.toString()).toContain("Alan Assessor");
    const register = entries.get("centre-records/candidate-register.csv")!.toString();
    expect(register.split("\r\n")[0]).toMatch(/^Candidate,ULN,Location/);
    for (const name of ["Cara Candidate", "Will Wip", "Nora Notchosen"]) expect(register).toContain(name);
    expect(entries.get("centre-records/assessment-decisions.csv")!.toString()).toContain("Two criteria to go");
    expect(register).not.toContain("Cody Candidate");

    const readiness = await packReadiness(db(), { centreId: world.centreA.id, visitIds: [visit.id] });
    expect(readiness.get(visit.id)).toMatchObject({ packId, status: "READY", filesDone: pack.filesTotal });
    const page = await visitPackPage(await accessOf(world.adminA.user.id, world.centreA.id), visit.id);
    expect(page.packs[0]).toMatchObject({ id: packId, status: "READY", workInProgress: ["Will Wip"], requestedBy: "Ada Admin" });

    // Downloading is audited.
    const download = await runAction(downloadVisitPack, world.actor(world.adminA.user.id, world.centreA.id), { packId });
    expect(download).toMatchObject({ ok: true, data: { storageKey: pack.storageKey } });
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id, action: "visitPack.download", targetId: packId } })).toBe(1);
  });

  it("is not found from another centre, and refuses another centre's candidates as work in progress", async () => {
    const { world, visit } = await packWorld();
    const pack = await db().visitPack.create({
      data: {
        centreId: world.centreA.id,
        visitId: visit.id,
        status: "FAILED",
        requestedById: world.adminA.user.id,
        workInProgressCandidateIds: [],
      },
    });
    const asB = world.actor(world.adminB.user.id, world.centreB.id);
    expect(await runAction(downloadVisitPack, asB, { packId: pack.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runAction(retryVisitPack, asB, { packId: pack.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runAction(requestVisitPack, asB, { visitId: visit.id, workInProgressCandidateIds: [] })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await expect(visitPackPage(await accessOf(world.adminB.user.id, world.centreB.id), visit.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await packReadiness(db(), { centreId: world.centreB.id, visitIds: [visit.id] })).get(visit.id)).toBeNull();
    const asA = world.actor(world.adminA.user.id, world.centreA.id);
    expect(
      await runAction(requestVisitPack, asA, { visitId: visit.id, workInProgressCandidateIds: [world.candidateInB.id] }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await db().visitPack.count({ where: { visitId: visit.id } })).toBe(1);
    // An assessor may not build packs.
    expect(
      await runAction(requestVisitPack, world.actor(world.assessorA.user.id, world.centreA.id), {
        visitId: visit.id,
        workInProgressCandidateIds: [],
      }),
    ).toMatchObject({ ok: false });
  });

  it("a failed pack is started again once, with the same choices", async () => {
    const { world, visit, wip } = await packWorld();
    const pack = await db().visitPack.create({
      data: {
        centreId: world.centreA.id,
        visitId: visit.id,
        status: "FAILED",
        error: "Storage down",
        requestedById: world.adminA.user.id,
        workInProgressCandidateIds: [wip.id],
      },
    });
    const asA = world.actor(world.adminA.user.id, world.centreA.id);
    const [first, second] = await Promise.all([
      runAction(retryVisitPack, asA, { packId: pack.id }),
      runAction(retryVisitPack, asA, { packId: pack.id }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    await startJobQueue();
    const built = await waitForPack(pack.id);
    expect(built).toMatchObject({ status: "READY", workInProgressCandidateIds: [wip.id] });
  });
});
