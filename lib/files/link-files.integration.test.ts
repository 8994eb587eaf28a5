import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { addEvidence } from "@/lib/evidence/add-evidence";
import { linkUploadedFiles, notAttachableMessage } from "./link-files";
import { listCandidateFiles } from "./queries";
import { uploadFile } from "./upload-file";

// The upload action on its own (the route's part is in files.integration.test.ts), linking files
// to the record saved with them, and listing a candidate's files.

const digest = "b".repeat(64);

function input(world: AssessmentWorld, overrides: Record<string, unknown> = {}) {
  return {
    candidateId: world.candidateInA.id,
    fileName: "photo.jpg",
    claimedType: "image/jpeg",
    storageKey: `${world.centreA.id}/${randomUUID()}`,
    contentType: "image/jpeg",
    byteSize: 2048,
    sha256: digest,
    ...overrides,
  };
}

async function accessOf(userId: string, centreId: string) {
  const access = await resolveAccessContext(getPrisma(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access) throw new Error("no access");
  return access;
}

describe("files.upload", () => {
  it("refuses a key made for another centre, a type that fails the decision, and bad input, recording nothing", async () => {
    const world = await createAssessmentWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const foreignKey = await runAction(uploadFile, actor, input(world, { storageKey: `${world.centreB.id}/${randomUUID()}` }));
    expect(foreignKey).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { storageKey: ["Not a storage key made for this centre."] },
    });
    const mismatch = await runAction(uploadFile, actor, input(world, { claimedType: "application/pdf" }));
    expect(mismatch).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { file: [expect.stringContaining("says it is a PDF document")] },
    });
    const notAllowed = await runAction(uploadFile, actor, input(world, { contentType: "text/html", claimedType: "" }));
    expect(notAllowed).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const tooBig = await runAction(uploadFile, actor, input(world, { byteSize: 26 * 1024 * 1024 }));
    expect(tooBig).toMatchObject({ ok: false, code: "INVALID_INPUT", message: expect.stringContaining("larger than 25 MB") });
    const badKey = await runAction(uploadFile, actor, input(world, { storageKey: "../../etc/passwd" }));
    expect(badKey).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await getPrisma().storedFile.count({ where: { centreId: world.centreA.id } })).toBe(1); // the factory's own
    expect(await getPrisma().auditEvent.count({ where: { centreId: world.centreA.id } })).toBe(0);
  });

  it("an IQA (no evidence.upload) is refused; an assessor with a blocking conflict is told why", async () => {
    const world = await createAssessmentWorld();
    await getPrisma().membership.update({ where: { id: world.shared.membershipA.id }, data: { role: "IQA" } });
    const iqa = await runAction(uploadFile, world.actor(world.shared.user.id, world.centreA.id), input(world));
    expect(iqa).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await getPrisma().conflictOfInterestDeclaration.create({
      data: {
        centreId: world.centreA.id,
        staffUserId: world.assessorA.user.id,
        candidateId: world.candidateInA.id,
        relationship: "FAMILY",
        declaredOn: new Date("2026-01-01"),
      },
    });
    const conflicted = await runAction(uploadFile, world.actor(world.assessorA.user.id, world.centreA.id), input(world));
    expect(conflicted).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await getPrisma().storedFile.count({ where: { centreId: world.centreA.id } })).toBe(1); // the factory's own
  });
});

describe("linking uploaded files and listing them", () => {
  it("links the candidate's unlinked files to a record, refusing any other file as a whole", async () => {
    const world = await createAssessmentWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const ids: string[] = [];
    for (const name of ["one.jpg", "two.jpg", "three.jpg"]) {
      const result = await runAction(uploadFile, actor, input(world, { fileName: name }));
      if (!result.ok) throw new Error(result.message);
      ids.push(result.data.id);
    }
    const foreign = await runAction(uploadFile, world.actor(world.assessorB.user.id, world.centreB.id), {
      ...input(world, { candidateId: world.candidateInB.id, storageKey: `${world.centreB.id}/${randomUUID()}` }),
    });
    if (!foreign.ok) throw new Error(foreign.message);
    const evidenceTarget = {
      centreId: world.centreA.id,
      candidateId: world.candidateInA.id,
      uploadedById: world.assessorA.user.id,
      evidenceItemId: world.inCentreA.evidence.id,
    };

    // Another centre's file refuses the whole link.
    await expect(getPrisma().$transaction((tx) => linkUploadedFiles(tx, evidenceTarget, [ids[0]!, foreign.data.id]))).rejects.toMatchObject(
      {
        code: "INVALID_INPUT",
        fieldErrors: { fileIds: [notAttachableMessage] },
      },
    );
    expect(await getPrisma().storedFile.count({ where: { id: { in: ids }, evidenceItemId: { not: null } } })).toBe(0);

    expect(await getPrisma().$transaction((tx) => linkUploadedFiles(tx, evidenceTarget, [ids[0]!, ids[1]!, ids[0]!]))).toBe(2);
    // Already linked: cannot move to an activity.
    await expect(
      getPrisma().$transaction((tx) =>
        linkUploadedFiles(
          tx,
          {
            centreId: world.centreA.id,
            candidateId: world.candidateInA.id,
            uploadedById: world.assessorA.user.id,
            activityId: world.inCentreA.activity.id,
          },
          [ids[1]!],
          "photos",
        ),
      ),
    ).rejects.toMatchObject({ fieldErrors: { photos: [expect.any(String)] } });

    const access = await accessOf(world.assessorA.user.id, world.centreA.id);
    expect(
      (await listCandidateFiles(access, world.candidateInA.id, { evidenceItemId: world.inCentreA.evidence.id }))
        .map((f) => f.fileName)
        .sort(),
    ).toEqual(["complaint-log.pdf", "one.jpg", "two.jpg"]);
    expect((await listCandidateFiles(access, world.candidateInA.id, { unlinked: true })).map((f) => f.fileName)).toEqual(["three.jpg"]);
    expect(await listCandidateFiles(access, world.candidateInA.id)).toHaveLength(4);
    const candidateAccess = await accessOf(world.candidateA.user.id, world.centreA.id);
    expect(await listCandidateFiles(candidateAccess, world.candidateInA.id)).toHaveLength(4);
    const accessB = await accessOf(world.assessorB.user.id, world.centreB.id);
    await expect(listCandidateFiles(accessB, world.candidateInA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses another person's unsaved upload for the same candidate, however its id became known", async () => {
    const world = await createAssessmentWorld();
    // The candidate uploads a file and has not yet saved it with anything.
    const theirs = await runAction(
      uploadFile,
      world.actor(world.candidateA.user.id, world.centreA.id),
      input(world, { fileName: "mine.jpg" }),
    );
    if (!theirs.ok) throw new Error(theirs.message);
    const mine = await runAction(
      uploadFile,
      world.actor(world.assessorA.user.id, world.centreA.id),
      input(world, { fileName: "assessor.jpg" }),
    );
    if (!mine.ok) throw new Error(mine.message);

    // The helper: the assessor cannot link the candidate's upload, alone or with their own.
    const asAssessor = {
      centreId: world.centreA.id,
      candidateId: world.candidateInA.id,
      uploadedById: world.assessorA.user.id,
      activityId: world.inCentreA.activity.id,
    };
    for (const ids of [[theirs.data.id], [mine.data.id, theirs.data.id]]) {
      await expect(getPrisma().$transaction((tx) => linkUploadedFiles(tx, asAssessor, ids))).rejects.toMatchObject({
        code: "INVALID_INPUT",
        fieldErrors: { fileIds: [notAttachableMessage] },
      });
    }

    // Through an action that saves a record: the assessor adding evidence with the candidate's
    // upload is refused with the words of a missing file, and nothing is saved.
    const evidence = {
      candidateId: world.candidateInA.id,
      title: "Photo of the display",
      method: "WORK_PRODUCT",
      location: "Uploaded",
      description: "",
      fileIds: [theirs.data.id],
      criterionIds: [world.unitA.criteria[0]!.id],
      anonymisationConfirmed: true,
      simulated: false,
      authenticatedBy: "",
      previousSubmissionId: "",
    };
    const evidenceBefore = await getPrisma().evidenceItem.count({ where: { centreId: world.centreA.id } });
    const refused = await runAction(addEvidence, world.actor(world.assessorA.user.id, world.centreA.id), evidence);
    const missing = await runAction(addEvidence, world.actor(world.assessorA.user.id, world.centreA.id), {
      ...evidence,
      fileIds: [randomUUID()],
    });
    expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { fileIds: [notAttachableMessage] } });
    expect(missing).toEqual(refused);
    expect(await getPrisma().evidenceItem.count({ where: { centreId: world.centreA.id } })).toBe(evidenceBefore);
    const rows = await getPrisma().storedFile.findMany({ where: { id: { in: [theirs.data.id, mine.data.id] } } });
    expect(rows.map((row) => [row.evidenceItemId, row.activityId])).toEqual([
      [null, null],
      [null, null],
    ]);

    // The uploader themselves can: the candidate suggests the evidence with their own file.
    const own = await runAction(addEvidence, world.actor(world.candidateA.user.id, world.centreA.id), evidence);
    expect(own).toMatchObject({ ok: true });
    const linked = await getPrisma().storedFile.findUniqueOrThrow({ where: { id: theirs.data.id } });
    expect(linked.evidenceItemId).not.toBeNull();
  });
});
