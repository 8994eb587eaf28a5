import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/staff-files/[fileId]/route";
import { POST } from "@/app/api/staff-files/route";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createAwardingBodyWorld, type AwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createCentre, createUser } from "@/tests/factories/centre-world";
import { mayReadStaffFilesOf, readableStaffFile } from "./access";
import { recordStaffFile } from "./record-staff-file";
import { removeStaffFile } from "./remove-staff-file";
import { staffFileLimits } from "./schemas";
import { recordCpdEntry } from "@/lib/cpd/record-cpd-entry";
import { removeCpdEntry } from "@/lib/cpd/remove-cpd-entry";
import { removeStaffQualification } from "@/lib/professional-record/remove-staff-qualification";
import { qualificationClaimSha256, qualificationsVerifiedAt, verifiedAssessorStatus } from "@/lib/professional-record/verified";
import { verifyStaffRecord } from "@/lib/staff/verify-staff-record";

// The professional record's files: the upload and download routes as the app runs them (the
// session stood in for), the one read check, and removing a file.

const session = vi.hoisted(() => ({ userId: null as string | null, workspaceKey: null as string | null }));
vi.mock("@/lib/auth/current-access", async () => {
  const { resolveAccessContext: resolve } = await import("@/lib/auth/access-context");
  const { getPrisma: prisma } = await import("@/lib/db/client");
  return {
    workspaceCookie: "assay-workspace",
    currentActor: async () => (session.userId ? { userId: session.userId, workspaceKey: session.workspaceKey } : null),
    currentAccess: async () =>
      session.userId ? resolve(prisma(), { userId: session.userId, requestedWorkspaceKey: session.workspaceKey }) : null,
  };
});
vi.mock("@/lib/log/current-request-id", () => ({ currentRequestId: async () => undefined }));

const db = () => getPrisma();
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510)]);

let root = "";
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "assay-staff-files-test-"));
  process.env.ASSAY_FILES_DIR = root;
  (globalThis as { assayFileStorage?: unknown }).assayFileStorage = undefined;
});
afterAll(async () => {
  delete process.env.ASSAY_FILES_DIR;
  await fs.rm(root, { recursive: true, force: true });
});

function signIn(userId: string, key: string | null) {
  session.userId = userId;
  session.workspaceKey = key;
}

async function upload(query: string, bytes: Buffer, type = "image/png", name = "certificate.png") {
  const request = new Request(`http://assay.test/api/staff-files?${query}`, {
    method: "POST",
    headers: {
      host: "assay.test",
      origin: "http://assay.test",
      "sec-fetch-site": "same-origin",
      "content-type": type,
      "content-length": String(bytes.length),
      "x-file-name": encodeURIComponent(name),
    },
    body: new Uint8Array(bytes),
  });
  const response = await POST(request);
  return { status: response.status, body: (await response.json()) as { file?: { id: string }; error?: string } };
}

async function download(fileId: string) {
  const response = await GET(new Request(`http://assay.test/api/staff-files/${fileId}`), { params: Promise.resolve({ fileId }) });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

async function storedKeys(): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !path.join(entry.parentPath, entry.name).includes(`${path.sep}.partial`))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/** The Institute world plus the people the read check tells apart. */
async function world() {
  const w = await createAwardingBodyWorld();
  const member = async (centreId: string, name: string, role: "CENTRE_ADMIN" | "CANDIDATE" | "EXTERNAL_VERIFIER") => {
    const user = await createUser(name);
    await db().membership.create({ data: { centreId, userId: user.id, role } });
    return user;
  };
  const otherCentre = await createCentre("Delta Skills", w.ics.id);
  return {
    ...w,
    admin: await member(w.icsCentre.id, "Gail Admin", "CENTRE_ADMIN"),
    verifier: await member(w.icsCentre.id, "Eve Verifier", "EXTERNAL_VERIFIER"),
    candidate: await member(w.icsCentre.id, "Carl Candidate", "CANDIDATE"),
    otherAdmin: await member(otherCentre.id, "Dora Admin", "CENTRE_ADMIN"),
    otherCentre,
  };
}

async function accessOf(userId: string, key: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: key });
  if (!access) throw new Error("no access");
  return access;
}

async function uploadCvFor(w: AwardingBodyWorld) {
  signIn(w.icsAssessor.id, workspaceKey.centre(w.icsCentre.id));
  const result = await upload("kind=CV", png, "image/png", "cv.png");
  expect(result.status).toBe(201);
  return result.body.file!.id;
}

describe("professional-record files", () => {
  it("uploads a CV and a certificate for the person's own qualification; refuses another's qualification and a program", async () => {
    const w = await world();
    const cvId = await uploadCvFor(w);
    const cv = await db().staffFile.findUniqueOrThrow({ where: { id: cvId } });
    expect(cv).toMatchObject({ userId: w.icsAssessor.id, kind: "CV", fileName: "cv.png", contentType: "image/png", byteSize: png.length });
    expect(cv.storageKey.startsWith(`staff/${w.icsAssessor.id}/`)).toBe(true);
    expect(await storedKeys()).toContain(cv.storageKey);
    expect(await db().auditEvent.findFirst({ where: { action: "staffFiles.record", targetId: cvId } })).toMatchObject({
      centreId: null,
      summary: { kind: "CV", fileName: "cv.png" },
    });

    const mine = await db().staffQualification.create({
      data: { userId: w.icsAssessor.id, code: "CAVA", held: true, achievedOn: new Date("2020-01-01") },
    });
    const certificate = await upload(`kind=CERTIFICATE&staffQualificationId=${mine.id}`, png);
    expect(certificate.status).toBe(201);
    expect(await db().staffFile.findUniqueOrThrow({ where: { id: certificate.body.file!.id } })).toMatchObject({
      staffQualificationId: mine.id,
    });

    // Someone else's qualification: not found, and the bytes are not kept.
    const theirs = await db().staffQualification.create({
      data: { userId: w.naaceAssessor.id, code: "CAVA", held: true, achievedOn: new Date("2020-01-01") },
    });
    const before = await storedKeys();
    const foreign = await upload(`kind=CERTIFICATE&staffQualificationId=${theirs.id}`, png);
    expect(foreign.status).toBe(404);
    expect(await storedKeys()).toEqual(before);
    expect(await db().staffFile.count({ where: { staffQualificationId: theirs.id } })).toBe(0);

    // A program renamed as a picture, and a certificate without its qualification, are refused.
    expect((await upload("kind=CV", exe, "image/png")).status).toBe(415);
    expect((await upload("kind=CERTIFICATE", png)).status).toBe(400);
    expect(await db().staffFile.count({ where: { userId: w.icsAssessor.id } })).toBe(2);

    session.userId = null;
    expect((await upload("kind=CV", png)).status).toBe(401);
  });

  it("the record action refuses a key made for someone else and changes nothing", async () => {
    const w = await world();
    const result = await runAction(recordStaffFile, w.centreActor(w.icsAssessor.id, w.icsCentre.id), {
      kind: "CV",
      fileName: "cv.pdf",
      claimedType: "application/pdf",
      storageKey: `staff/${w.naaceAssessor.id}/${randomUUID()}`,
      contentType: "application/pdf",
      byteSize: 100,
      sha256: "a".repeat(64),
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    // A candidate keeps no record.
    const candidate = await runAction(recordStaffFile, w.centreActor(w.candidate.id, w.icsCentre.id), {
      kind: "CV",
      fileName: "cv.pdf",
      claimedType: "application/pdf",
      storageKey: `staff/${w.candidate.id}/${randomUUID()}`,
      contentType: "application/pdf",
      byteSize: 100,
      sha256: "a".repeat(64),
    });
    expect(candidate).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().staffFile.count({ where: { userId: { in: [w.icsAssessor.id, w.candidate.id] } } })).toBe(0);
  });

  it("the read check: the owner, their centre's admin and EV, the bodies that approved them or whose centre they work at; no one else", async () => {
    const w = await world();
    const fileId = await uploadCvFor(w);
    const owner = w.icsAssessor.id;
    const cases: [string, string, string, boolean][] = [
      ["the owner", owner, workspaceKey.centre(w.icsCentre.id), true],
      ["the owner in their approving body's workspace", owner, workspaceKey.awardingBody(w.ics.id), true],
      ["an admin of their centre", w.admin.id, workspaceKey.centre(w.icsCentre.id), true],
      ["the external verifier of their centre", w.verifier.id, workspaceKey.centre(w.icsCentre.id), true],
      ["the staff of the body that approved them", w.icsStaff.id, workspaceKey.awardingBody(w.ics.id), true],
      ["an admin of another centre of the same body", w.otherAdmin.id, workspaceKey.centre(w.otherCentre.id), false],
      ["the staff of another awarding body", w.naaceStaff.id, workspaceKey.awardingBody(w.naace.id), false],
      ["a candidate at their centre", w.candidate.id, workspaceKey.centre(w.icsCentre.id), false],
      ["another approved assessor", w.naaceAssessor.id, workspaceKey.awardingBody(w.naace.id), false],
    ];
    for (const [who, userId, key, allowed] of cases) {
      const access = await accessOf(userId, key);
      expect(await mayReadStaffFilesOf(db(), access, owner), who).toBe(allowed);
      signIn(userId, key);
      const response = await download(fileId);
      expect(response.status, who).toBe(allowed ? 200 : 404);
      if (allowed) {
        expect(response.bytes.equals(png), who).toBe(true);
        expect(response.headers.get("content-disposition"), who).toContain("attachment");
      }
    }
    // Not found exactly as for a file that does not exist.
    signIn(w.naaceStaff.id, workspaceKey.awardingBody(w.naace.id));
    const missing = await download(randomUUID());
    const forbidden = await download(fileId);
    expect([missing.status, missing.bytes.toString()]).toEqual([forbidden.status, forbidden.bytes.toString()]);
    await expect(
      readableStaffFile(db(), await accessOf(w.naaceStaff.id, workspaceKey.awardingBody(w.naace.id)), fileId),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // Once the assessor leaves the centre (membership deactivated), the centre's admin no longer reads it.
    await db().membership.updateMany({ where: { userId: owner, centreId: w.icsCentre.id }, data: { status: "DEACTIVATED" } });
    expect(await mayReadStaffFilesOf(db(), await accessOf(w.admin.id, workspaceKey.centre(w.icsCentre.id)), owner)).toBe(false);
  });

  it("a malformed id (36 dashes, say) is 'not found' on download and upload, never a database error", async () => {
    const w = await world();
    const malformed = ["-".repeat(36), "0000000-00000-0000-0000-0000000000000", "not-an-id"];
    const access = await accessOf(w.icsAssessor.id, workspaceKey.centre(w.icsCentre.id));
    signIn(w.icsAssessor.id, workspaceKey.centre(w.icsCentre.id));
    const missing = await download(randomUUID());
    expect(missing.status).toBe(404);
    for (const id of malformed) {
      await expect(readableStaffFile(db(), access, id), id).rejects.toMatchObject({ code: "NOT_FOUND", message: "File not found." });
      const response = await download(id);
      expect([response.status, response.bytes.toString()], id).toEqual([missing.status, missing.bytes.toString()]);
    }
    const before = await storedKeys();
    for (const id of malformed) {
      expect(await upload(`kind=CERTIFICATE&staffQualificationId=${encodeURIComponent(id)}`, png), id).toEqual({
        status: 404,
        body: { error: "Qualification not found." },
      });
      expect(await upload(`kind=CPD_EVIDENCE&cpdEntryId=${encodeURIComponent(id)}`, png), id).toEqual({
        status: 404,
        body: { error: "CPD activity not found." },
      });
    }
    // As for a missing row: the same answer, and nothing kept.
    expect(await upload(`kind=CERTIFICATE&staffQualificationId=${randomUUID()}`, png)).toEqual({
      status: 404,
      body: { error: "Qualification not found." },
    });
    expect(await storedKeys()).toEqual(before);
    expect(await db().staffFile.count({ where: { userId: w.icsAssessor.id } })).toBe(0);
  });

  it("removing a file: the owner only, audited, and its bytes go", async () => {
    const w = await world();
    const fileId = await uploadCvFor(w);
    const file = await db().staffFile.findUniqueOrThrow({ where: { id: fileId } });
    // An admin who may read it still cannot remove it; nor can anyone else.
    for (const actor of [w.centreActor(w.admin.id, w.icsCentre.id), w.actor(w.naaceAssessor.id, w.naace.id)]) {
      expect(await runAction(removeStaffFile, actor, { staffFileId: fileId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db().staffFile.count({ where: { id: fileId } })).toBe(1);
    expect(await runAction(removeStaffFile, w.centreActor(w.icsAssessor.id, w.icsCentre.id), { staffFileId: fileId })).toMatchObject({
      ok: true,
    });
    expect(await db().staffFile.count({ where: { id: fileId } })).toBe(0);
    expect(await db().auditEvent.findFirst({ where: { action: "staffFiles.remove", targetId: fileId } })).toMatchObject({
      summary: { kind: "CV", fileName: "cv.png", sha256: file.sha256 },
    });
    await vi.waitFor(async () => expect(await storedKeys()).not.toContain(file.storageKey));
  });

  it("a person keeps at most so many files of a kind: the next is refused with a clear message and not kept", async () => {
    const w = await world();
    const owner = w.icsAssessor.id;
    await db().staffFile.createMany({
      data: Array.from({ length: staffFileLimits.CV }, (_, index) => ({
        userId: owner,
        kind: "CV" as const,
        storageKey: `staff/${owner}/${randomUUID()}`,
        fileName: `cv-${index}.pdf`,
        contentType: "application/pdf",
        byteSize: 10,
        sha256: "0".repeat(64),
      })),
    });
    signIn(owner, workspaceKey.centre(w.icsCentre.id));
    const before = await storedKeys();
    const refused = await upload("kind=CV", png, "image/png", "cv.png");
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe(
      "You already have 50 CVs on your record, the most Assay keeps. Remove one you no longer need, then add this one.",
    );
    expect(await storedKeys()).toEqual(before);
    expect(await db().staffFile.count({ where: { userId: owner, kind: "CV" } })).toBe(staffFileLimits.CV);
    // Other kinds are counted apart; removing one makes room again.
    expect((await upload("kind=ROLE_PROFILE", png, "image/png", "role.png")).status).toBe(201);
    const oldest = await db().staffFile.findFirstOrThrow({ where: { userId: owner, kind: "CV" } });
    expect(await runAction(removeStaffFile, w.centreActor(owner, w.icsCentre.id), { staffFileId: oldest.id })).toMatchObject({ ok: true });
    expect((await upload("kind=CV", png, "image/png", "cv.png")).status).toBe(201);
  });

  it("removing or replacing the certificate a centre verified makes the qualification unverified there, audited", async () => {
    const w = await world();
    const owner = w.icsAssessor.id;
    const actor = w.centreActor(owner, w.icsCentre.id);
    const membership = await db().membership.findFirstOrThrow({ where: { userId: owner, centreId: w.icsCentre.id } });
    const qualification = await db().staffQualification.create({
      data: { userId: owner, code: "CAVA", held: true, achievedOn: new Date("2019-06-30") },
    });
    signIn(owner, workspaceKey.centre(w.icsCentre.id));
    const first = await upload(`kind=CERTIFICATE&staffQualificationId=${qualification.id}`, png, "image/png", "cava.png");
    expect(first.status).toBe(201);
    const cv = await upload("kind=CV", png, "image/png", "cv.png");
    expect(cv.status).toBe(201);
    // The centre's admin saw that certificate and verifies the qualification.
    const verify = () =>
      runAction(verifyStaffRecord, w.centreActor(w.admin.id, w.icsCentre.id), {
        membershipId: membership.id,
        kind: "qualification",
        rowId: qualification.id,
        claimSha256: qualificationClaimSha256(qualification),
      });
    const verifiedHere = async () =>
      (await qualificationsVerifiedAt(db(), w.icsCentre.id, owner)).find((row) => row.id === qualification.id)?.verified;
    expect(await verify()).toMatchObject({ ok: true });
    expect(await verifiedHere()).toBe(true);
    expect((await verifiedAssessorStatus(db(), w.icsCentre.id, owner)).status).toBe("qualified");

    // Removing another kind of file leaves the verification alone.
    expect(await runAction(removeStaffFile, actor, { staffFileId: cv.body.file!.id })).toMatchObject({ ok: true });
    expect(await verifiedHere()).toBe(true);

    // Removing the certificate: the qualification is no longer verified at the centre, in the same action.
    expect(await runAction(removeStaffFile, actor, { staffFileId: first.body.file!.id })).toMatchObject({ ok: true });
    expect(await db().staffRecordVerification.count({ where: { staffQualificationId: qualification.id } })).toBe(0);
    expect(await verifiedHere()).toBe(false);
    // What sign-off and countersigning read (lib/sign-off/unit-records.ts) changes with it.
    expect((await verifiedAssessorStatus(db(), w.icsCentre.id, owner)).status).not.toBe("qualified");
    expect(await db().auditEvent.findFirst({ where: { action: "staffFiles.remove", targetId: first.body.file!.id } })).toMatchObject({
      summary: { kind: "CERTIFICATE", fileName: "cava.png", for: "CAVA", verificationsRemoved: 1 },
    });

    // Verified again, then a new certificate is added (a swap): verified again on what is now on file.
    expect(await verify()).toMatchObject({ ok: true });
    const second = await upload(`kind=CERTIFICATE&staffQualificationId=${qualification.id}`, png, "image/png", "other.png");
    expect(second.status).toBe(201);
    expect(await verifiedHere()).toBe(false);
    expect(await db().auditEvent.findFirst({ where: { action: "staffFiles.record", targetId: second.body.file!.id } })).toMatchObject({
      summary: { kind: "CERTIFICATE", fileName: "other.png", for: "CAVA", verificationsRemoved: 1 },
    });
    // A refused upload (a program) changes nothing: a verification made after it stays.
    expect(await verify()).toMatchObject({ ok: true });
    expect((await upload(`kind=CERTIFICATE&staffQualificationId=${qualification.id}`, exe, "image/png")).status).toBe(415);
    expect(await verifiedHere()).toBe(true);
  });

  it("CPD evidence belongs to the person's own entry; removing the entry or the qualification removes its files", async () => {
    const w = await world();
    const actor = w.centreActor(w.icsAssessor.id, w.icsCentre.id);
    const added = await runAction(recordCpdEntry, actor, {
      activityOn: "2026-01-10",
      hours: "2",
      category: "ASSESSOR_SKILLS",
      description: "Forum workshop",
      mandatoryEvent: "",
    });
    if (!added.ok) throw new Error("not added");
    signIn(w.icsAssessor.id, workspaceKey.centre(w.icsCentre.id));
    const evidence = await upload(`kind=CPD_EVIDENCE&cpdEntryId=${added.data.id}`, png, "image/png", "attendance.png");
    expect(evidence.status).toBe(201);
    // Another person cannot attach evidence to it.
    signIn(w.naaceAssessor.id, workspaceKey.awardingBody(w.naace.id));
    expect((await upload(`kind=CPD_EVIDENCE&cpdEntryId=${added.data.id}`, png)).status).toBe(404);
    expect(await db().staffFile.count({ where: { cpdEntryId: added.data.id } })).toBe(1);

    expect(await runAction(removeCpdEntry, actor, { cpdEntryId: added.data.id, version: 1 })).toMatchObject({ ok: true });
    expect(await db().staffFile.count({ where: { id: evidence.body.file!.id } })).toBe(0);

    const qualification = await db().staffQualification.create({
      data: { userId: w.icsAssessor.id, code: "A1", held: true, achievedOn: new Date("2015-01-01") },
    });
    signIn(w.icsAssessor.id, workspaceKey.centre(w.icsCentre.id));
    const certificate = await upload(`kind=CERTIFICATE&staffQualificationId=${qualification.id}`, png);
    expect(certificate.status).toBe(201);
    expect(await runAction(removeStaffQualification, actor, { staffQualificationId: qualification.id })).toMatchObject({ ok: true });
    expect(await db().staffFile.count({ where: { id: certificate.body.file!.id } })).toBe(0);
    expect(
      await db().auditEvent.findFirst({ where: { action: "assessorRecord.removeQualification", targetId: qualification.id } }),
    ).toMatchObject({
      summary: { code: "A1", certificatesRemoved: [{ fileName: "certificate.png" }] },
    });
  });
});
