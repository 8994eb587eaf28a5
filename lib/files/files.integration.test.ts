import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as uploadRoute from "@/app/api/candidates/[candidateId]/files/route";
import { DELETE, GET } from "@/app/api/files/[fileId]/route";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { createDiskStorage } from "@/lib/storage/disk-storage";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { createUser } from "@/tests/factories/centre-world";
import { getFileForDownload } from "./queries";
import { receiveUpload } from "./receive-upload";
import { unattachedCountMessage, unattachedUploadLimits } from "./unattached-uploads";
import { uploadFailure, uploadUnavailableMessage } from "./upload-failure";
import { uploadFile } from "./upload-file";

// The upload and download route handlers, run as they are in the app, with stand-ins for what
// Next.js would give them: the signed-in person (next-auth's session cookie) is set by the test,
// as is the x-request-id request header, which on the upload route (not seen by proxy.ts) is
// whatever the client sent. Files go to a disk store in a temporary directory.

const session = vi.hoisted(() => ({
  userId: null as string | null,
  workspaceKey: null as string | null,
  /** What reading the session throws (a database that cannot be reached), when set. */
  accessError: null as unknown,
  /** The x-request-id header as the request arrived. */
  requestIdHeader: undefined as string | undefined,
}));
vi.mock("@/lib/auth/current-access", async () => {
  const { resolveAccessContext: resolve } = await import("@/lib/auth/access-context");
  const { getPrisma: prisma } = await import("@/lib/db/client");
  return {
    workspaceCookie: "assay-workspace",
    currentActor: async () => (session.userId ? { userId: session.userId, workspaceKey: session.workspaceKey } : null),
    currentAccess: async () => {
      if (session.accessError) throw session.accessError;
      return session.userId ? resolve(prisma(), { userId: session.userId, requestedWorkspaceKey: session.workspaceKey }) : null;
    },
  };
});
vi.mock("@/lib/log/current-request-id", () => ({ currentRequestId: async () => session.requestIdHeader }));

const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xdb]), randomBytes(size - 4)]);
const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510)]);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

let root = "";
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "assay-upload-test-"));
  process.env.ASSAY_FILES_DIR = root;
  (globalThis as { assayFileStorage?: unknown }).assayFileStorage = undefined;
});
afterAll(async () => {
  delete process.env.ASSAY_FILES_DIR;
  await fs.rm(root, { recursive: true, force: true });
});
afterEach(() => {
  delete process.env.ASSAY_UPLOAD_MAX_MB;
  session.accessError = null;
  session.requestIdHeader = undefined;
});

/** Every stored file (the half-written area aside). */
async function storedFiles(): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !path.join(entry.parentPath, entry.name).includes(`${path.sep}.partial`))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

function signIn(userId: string, centreId: string) {
  session.userId = userId;
  session.workspaceKey = workspaceKey.centre(centreId);
}

type PostOptions = { type: string; name?: string; origin?: string; sendLength?: boolean; workspace?: string; chunks?: number };

async function post(candidateId: string, bytes: Buffer, options: PostOptions) {
  const headers = new Headers({
    host: "assay.test",
    origin: options.origin ?? "http://assay.test",
    "sec-fetch-site": "same-origin",
    "content-type": options.type,
    "x-file-name": encodeURIComponent(options.name ?? "evidence"),
  });
  if (options.sendLength !== false) headers.set("content-length", String(bytes.length));
  if (options.workspace) headers.set("x-assay-workspace", options.workspace);
  // A stream in several chunks, as a phone's connection delivers it.
  const pieces = options.chunks ?? 4;
  const size = Math.ceil(bytes.length / pieces);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let offset = 0; offset < bytes.length; offset += size) controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + size)));
      controller.close();
    },
  });
  const request = new Request(`http://assay.test/api/candidates/${candidateId}/files`, {
    method: "POST",
    headers,
    body,
    duplex: "half",
  } as RequestInit);
  const response = await uploadRoute.POST(request, { params: Promise.resolve({ candidateId }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

async function download(fileId: string, query = "") {
  const response = await GET(new Request(`http://assay.test/api/files/${fileId}${query}`), { params: Promise.resolve({ fileId }) });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Files recorded at either centre besides the factory's own (world.inCentreA.file). */
async function filesOf(world: AssessmentWorld) {
  return getPrisma().storedFile.findMany({
    where: { centreId: { in: [world.centreA.id, world.centreB.id] }, id: { not: world.inCentreA.file.id } },
  });
}

/** A second candidate at centre A, with an account of their own. */
async function otherCandidateInA(world: AssessmentWorld) {
  const user = await createUser("Olly Other");
  await getPrisma().membership.create({ data: { centreId: world.centreA.id, userId: user.id, role: "CANDIDATE" } });
  const candidate = await getPrisma().candidate.create({
    data: {
      centreId: world.centreA.id,
      userId: user.id,
      name: "Olly Other",
      email: `olly.${world.centreA.id.slice(0, 8)}@test.example`,
      dateOfBirth: new Date("2001-02-03"),
      qualificationId: world.qualification.id,
      entryType: "FULL_AWARD",
      entryUnitIds: [],
      startDate: new Date("2026-01-05"),
    },
  });
  return { user, candidate };
}

describe("uploading an evidence file", () => {
  it("an assessor's upload is stored, recorded with the sniffed type, size and SHA-256, and audited", async () => {
    const world = await createAssessmentWorld();
    signIn(world.assessorA.user.id, world.centreA.id);
    const result = await post(world.candidateInA.id, png, {
      type: "image/png",
      name: "Till receipt.png",
      workspace: workspaceKey.centre(world.centreA.id),
    });
    expect(result.status).toBe(201);
    expect(result.headers.get("x-content-type-options")).toBe("nosniff");
    expect(result.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const file = (result.body as { file: { id: string } }).file;
    expect(result.body).toEqual({ file: { id: file.id, fileName: "Till receipt.png", contentType: "image/png", byteSize: png.length } });

    const row = await getPrisma().storedFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(row).toMatchObject({
      centreId: world.centreA.id,
      candidateId: world.candidateInA.id,
      fileName: "Till receipt.png",
      contentType: "image/png",
      byteSize: png.length,
      sha256: sha256(png),
      uploadedById: world.assessorA.user.id,
      evidenceItemId: null,
      activityId: null,
    });
    expect(row.storageKey).toMatch(new RegExp(`^${world.centreA.id}/[0-9a-f-]{36}$`));
    expect(row.storageKey).not.toContain("Till");
    expect(await storedFiles()).toContain(path.join(...row.storageKey.split("/")));
    const audit = await getPrisma().auditEvent.findMany({ where: { centreId: world.centreA.id, action: "files.upload" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ targetType: "StoredFile", targetId: file.id, actorUserId: world.assessorA.user.id });
  });

  it("a candidate uploads a multi-megabyte photo to their own record, streamed without a declared length", async () => {
    const world = await createAssessmentWorld();
    signIn(world.candidateA.user.id, world.centreA.id);
    const photo = jpeg(6 * 1024 * 1024 + 17);
    const result = await post(world.candidateInA.id, photo, { type: "image/jpeg", name: "IMG_0042.JPG", sendLength: false, chunks: 97 });
    expect(result.status).toBe(201);
    const { id } = (result.body as { file: { id: string } }).file;
    const row = await getPrisma().storedFile.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      byteSize: photo.length,
      sha256: sha256(photo),
      contentType: "image/jpeg",
      uploadedById: world.candidateA.user.id,
    });
    const back = await download(id);
    expect(back.status).toBe(200);
    expect(sha256(back.bytes)).toBe(sha256(photo));
  });

  it("refuses content that does not match its claimed type, and keeps nothing", async () => {
    const world = await createAssessmentWorld();
    signIn(world.assessorA.user.id, world.centreA.id);
    const pngAsPdf = await post(world.candidateInA.id, png, { type: "application/pdf", name: "report.pdf" });
    expect(pngAsPdf.status).toBe(415);
    const message =
      "This file says it is a PDF document, but its content is a PNG image. Nothing was uploaded: check it is the file you meant, or save it again in the format its name says.";
    expect(pngAsPdf.body).toEqual({ error: message, fieldErrors: { file: [message] } });

    const program = await post(world.candidateInA.id, exe, { type: "image/jpeg", name: "holiday.jpg" });
    expect(program.status).toBe(415);
    expect(program.body.error).toMatch(/^Assay cannot take this kind of file/);
    const text = await post(world.candidateInA.id, Buffer.from("just some words"), { type: "text/plain", name: "notes.txt" });
    expect(text.status).toBe(415);

    expect(await filesOf(world)).toEqual([]);
    expect(await storedFiles()).not.toContainEqual(expect.stringContaining(world.centreA.id));
    expect(await getPrisma().auditEvent.count({ where: { centreId: world.centreA.id } })).toBe(0);
  });

  it("refuses an oversize file by its declared length and while it streams, and keeps nothing", async () => {
    const world = await createAssessmentWorld();
    signIn(world.assessorA.user.id, world.centreA.id);
    process.env.ASSAY_UPLOAD_MAX_MB = "1";
    const big = jpeg(2 * 1024 * 1024);
    const declared = await post(world.candidateInA.id, big, { type: "image/jpeg", name: "big.jpg" });
    expect(declared.status).toBe(413);
    expect(declared.body.error).toBe("This file is larger than 1 MB, the most Assay accepts. Nothing was uploaded.");
    const streamed = await post(world.candidateInA.id, big, { type: "image/jpeg", name: "big.jpg", sendLength: false, chunks: 64 });
    expect(streamed.status).toBe(413);
    // Past the part read to tell the type, the store itself is cut off.
    const lying = await post(world.candidateInA.id, big, { type: "image/jpeg", name: "big.jpg", sendLength: false, chunks: 2 });
    expect(lying.status).toBe(413);
    expect(await filesOf(world)).toEqual([]);
    expect(await storedFiles()).not.toContainEqual(expect.stringContaining(world.centreA.id));
  });

  it("another centre's candidate is not found, exactly like a missing one, before any byte is kept", async () => {
    const world = await createAssessmentWorld();
    signIn(world.assessorB.user.id, world.centreB.id);
    const foreign = await post(world.candidateInA.id, png, { type: "image/png" });
    const missing = await post("00000000-0000-4000-8000-000000000000", png, { type: "image/png" });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual({ error: "Candidate not found." });
    expect(missing.body).toEqual(foreign.body);
    expect((await post("not-an-id", png, { type: "image/png" })).status).toBe(404);
    expect(await filesOf(world)).toEqual([]);
  });

  it("a candidate uploading to another candidate's record gets not found", async () => {
    const world = await createAssessmentWorld();
    const other = await otherCandidateInA(world);
    signIn(world.candidateA.user.id, world.centreA.id);
    const result = await post(other.candidate.id, png, { type: "image/png" });
    expect(result.status).toBe(404);
    expect(await filesOf(world)).toEqual([]);
    // And through the action itself, whatever the route did.
    const direct = await runAction(uploadFile, world.actor(world.candidateA.user.id, world.centreA.id), {
      candidateId: other.candidate.id,
      fileName: "x.png",
      claimedType: "image/png",
      storageKey: `${world.centreA.id}/6f1c0a52-93d4-4d7e-a1a4-2b9f0c3e5d71`,
      contentType: "image/png",
      byteSize: png.length,
      sha256: sha256(png),
    });
    expect(direct).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("refuses a cross-site request, a signed-out one, and one from a page of the centre the person has left", async () => {
    const world = await createAssessmentWorld();
    signIn(world.assessorA.user.id, world.centreA.id);
    const crossSite = await post(world.candidateInA.id, png, { type: "image/png", origin: "http://evil.test" });
    expect(crossSite.status).toBe(403);
    const otherTab = await post(world.candidateInA.id, png, { type: "image/png", workspace: workspaceKey.centre(world.centreB.id) });
    expect(otherTab.status).toBe(409);
    expect(otherTab.body.error).toMatch(/^You are now working in Alpha College/);
    session.userId = null;
    expect((await post(world.candidateInA.id, png, { type: "image/png" })).status).toBe(401);
    expect(await filesOf(world)).toEqual([]);
  });

  it("a withdrawn candidate takes no new files", async () => {
    const world = await createAssessmentWorld();
    await getPrisma().candidate.update({ where: { id: world.candidateInA.id }, data: { status: "WITHDRAWN" } });
    signIn(world.assessorA.user.id, world.centreA.id);
    const result = await post(world.candidateInA.id, png, { type: "image/png" });
    expect(result.status).toBe(409);
    expect(result.body.error).toBe("Cara Candidate is withdrawn: no new assessment records can be made.");
  });

  it("deletes the stored bytes when the action refuses to record them", async () => {
    const world = await createAssessmentWorld();
    signIn(world.assessorA.user.id, world.centreA.id);
    const before = await storedFiles();
    // A name with a control character passes the route but not the action's schema.
    const result = await post(world.candidateInA.id, png, { type: "image/png", name: "bell\u0007.png" });
    expect(result.status).toBe(400);
    expect(result.body.fieldErrors).toEqual({ fileName: ["Remove the control characters (they cannot be shown or printed)."] });
    expect(await storedFiles()).toEqual(before);
    expect(await filesOf(world)).toEqual([]);
  });

  it("deletes the stored bytes when recording fails outright", async () => {
    const world = await createAssessmentWorld();
    const storage = createDiskStorage(root);
    const before = await storedFiles();
    let storedKey = "";
    const failure = new Error("the database went away");
    await expect(
      receiveUpload({
        storage,
        body: new Blob([png]).stream(),
        contentLength: png.length,
        claimedType: "image/png",
        fileName: "a.png",
        candidateId: world.candidateInA.id,
        centreId: world.centreA.id,
        limitBytes: 1024 * 1024,
        record: async (input) => {
          storedKey = input.storageKey;
          expect(await storage.exists(input.storageKey)).toBe(true);
          throw failure;
        },
      }),
    ).rejects.toBe(failure);
    expect(storedKey).not.toBe("");
    expect(await storage.exists(storedKey)).toBe(false);
    expect(await storedFiles()).toEqual(before);
  });
});

describe("the upload route's own request id, headers and failures", () => {
  it("the upload action logs the route's request id, the one in the response, never the client's", async () => {
    const world = await createAssessmentWorld();
    signIn(world.assessorA.user.id, world.centreA.id);
    session.requestIdHeader = "client-chosen-id";
    const info = vi.spyOn(logger, "info");
    let result: Awaited<ReturnType<typeof post>>;
    let lines: Record<string, unknown>[];
    try {
      result = await post(world.candidateInA.id, png, { type: "image/png", name: "a.png" });
      lines = info.mock.calls.map(([record]) => record as unknown as Record<string, unknown>);
    } finally {
      info.mockRestore();
    }
    expect(result.status).toBe(201);
    const actionLines = lines.filter((record) => record.action === "files.upload");
    expect(actionLines).toHaveLength(1);
    expect(actionLines[0]!.requestId).toBe(result.headers.get("x-request-id"));
    expect(lines.some((record) => record.requestId === "client-chosen-id")).toBe(false);
  });

  it("answers every other method 405 with the security headers, a request id and Allow: POST", async () => {
    const world = await createAssessmentWorld();
    const url = `http://assay.test/api/candidates/${world.candidateInA.id}/files`;
    for (const method of ["GET", "PUT", "PATCH", "DELETE", "OPTIONS"] as const) {
      const response = await uploadRoute[method](new Request(url, { method, headers: { host: "assay.test" } }));
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow"), method).toBe("POST");
      expect(response.headers.get("content-security-policy"), method).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-frame-options"), method).toBe("DENY");
      expect(response.headers.get("x-content-type-options"), method).toBe("nosniff");
      expect(response.headers.get("cache-control"), method).toBe("no-store");
      expect(response.headers.get("x-request-id"), method).toMatch(/^[0-9a-f-]{36}$/);
      expect(await response.json(), method).toEqual({ error: "This address only takes an evidence file upload (POST)." });
    }
  });

  it("answers 503 JSON with the headers when the session cannot be read for want of the database, keeping nothing", async () => {
    const world = await createAssessmentWorld();
    signIn(world.assessorA.user.id, world.centreA.id);
    session.accessError = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const before = await storedFiles();
    const result = await post(world.candidateInA.id, png, { type: "image/png" });
    expect(result.status).toBe(503);
    expect(result.body).toEqual({ error: uploadUnavailableMessage });
    expect(result.headers.get("retry-after")).toBe("5");
    expect(result.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(result.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await storedFiles()).toEqual(before);
    expect(await filesOf(world)).toEqual([]);
  });

  it("decides unavailable as proxy.ts does: an error saying so, or a fresh health check that fails", async () => {
    expect(await uploadFailure(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toMatchObject({ status: 503 });
    // The database is up: any other error is a fault, not an outage.
    expect(await uploadFailure(new Error("something else"))).toEqual({
      status: 500,
      message: expect.stringContaining("Something went wrong"),
    });
    const url = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:1/none";
    // The health check logs the outage as an error, as it would in the app.
    const error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    try {
      expect(await uploadFailure(new Error("something else"))).toEqual({ status: 503, message: uploadUnavailableMessage });
      expect(error.mock.calls.map(([record]) => (record as unknown as { database?: string }).database)).toEqual(["down"]);
    } finally {
      error.mockRestore();
      process.env.DATABASE_URL = url;
    }
  });

  it("refuses an upload past the person's unattached cap and deletes its bytes", async () => {
    const world = await createAssessmentWorld();
    await getPrisma().storedFile.createMany({
      data: Array.from({ length: unattachedUploadLimits.files }, (_, index) => ({
        centreId: world.centreA.id,
        candidateId: world.candidateInA.id,
        storageKey: `${world.centreA.id}/held-${index}-${world.centreA.id}`,
        fileName: `held-${index}.jpg`,
        contentType: "image/jpeg",
        byteSize: 10,
        sha256: "e".repeat(64),
        uploadedById: world.candidateA.user.id,
      })),
    });
    signIn(world.candidateA.user.id, world.centreA.id);
    const before = await storedFiles();
    const result = await post(world.candidateInA.id, png, { type: "image/png" });
    const message = unattachedCountMessage(unattachedUploadLimits.files);
    expect(result.status).toBe(409);
    expect(result.body).toEqual({ error: message, fieldErrors: { file: [message] } });
    expect(await storedFiles()).toEqual(before);
  });
});

describe("downloading an evidence file", () => {
  async function uploadedBy(world: AssessmentWorld) {
    signIn(world.assessorA.user.id, world.centreA.id);
    const result = await post(world.candidateInA.id, png, { type: "image/png", name: "Café receipt.png" });
    return (result.body as { file: { id: string } }).file.id;
  }

  it("serves the centre's staff and the candidate the exact bytes as an attachment, never sniffed or cached", async () => {
    const world = await createAssessmentWorld();
    const fileId = await uploadedBy(world);
    for (const [userId, role] of [
      [world.assessorA.user.id, "assessor"],
      [world.adminA.user.id, "centre admin"],
      [world.candidateA.user.id, "the candidate"],
    ] as const) {
      signIn(userId, world.centreA.id);
      const response = await download(fileId);
      expect(response.status, role).toBe(200);
      expect(response.bytes.equals(png), role).toBe(true);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "image/png",
        "content-length": String(png.length),
        "content-disposition": `attachment; filename="Cafe receipt.png"; filename*=UTF-8''Caf%C3%A9%20receipt.png`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
        "cross-origin-resource-policy": "same-origin",
        "content-security-policy": "default-src 'none'; sandbox",
      });
    }
    const inline = await download(fileId, "?inline=1");
    expect(inline.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(inline.headers.get("x-content-type-options")).toBe("nosniff");
    // Anything but a plain picture is always an attachment.
    signIn(world.assessorA.user.id, world.centreA.id);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
    const uploaded = await post(world.candidateInA.id, pdf, { type: "application/pdf", name: "plan.pdf" });
    const pdfId = (uploaded.body as { file: { id: string } }).file.id;
    expect((await download(pdfId, "?inline=1")).headers.get("content-disposition")).toMatch(/^attachment; filename="plan.pdf"/);
  });

  it("is not found for another centre's people, another candidate, a missing id and a malformed one", async () => {
    const world = await createAssessmentWorld();
    const fileId = await uploadedBy(world);
    const other = await otherCandidateInA(world);
    const refused: [string, string][] = [
      [world.assessorB.user.id, world.centreB.id],
      [world.adminB.user.id, world.centreB.id],
      [world.candidateUserB.id, world.centreB.id],
      [other.user.id, world.centreA.id],
    ];
    for (const [userId, centreId] of refused) {
      signIn(userId, centreId);
      const response = await download(fileId);
      expect(response.status).toBe(404);
      expect(response.bytes.toString()).toBe("Not found.\n");
      expect(response.headers.get("cross-origin-resource-policy")).toBe("same-origin");
      const access = await resolveAccessContext(getPrisma(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
      await expect(getFileForDownload(access!, fileId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    signIn(world.assessorA.user.id, world.centreA.id);
    expect((await download("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await download("..%2F..%2Fetc%2Fpasswd")).status).toBe(404);
    session.userId = null;
    expect((await download(fileId)).status).toBe(401);
  });
});

describe("taking back an upload before the form is saved", () => {
  async function remove(fileId: string, origin = "http://assay.test") {
    const request = new Request(`http://assay.test/api/files/${fileId}`, {
      method: "DELETE",
      headers: { host: "assay.test", origin, "sec-fetch-site": "same-origin" },
    });
    const response = await DELETE(request, { params: Promise.resolve({ fileId }) });
    return { status: response.status, text: await response.text() };
  }

  it("the uploader's unsaved file goes, row and bytes; anyone else's, or one saved with a record, stays", async () => {
    const world = await createAssessmentWorld();
    signIn(world.candidateA.user.id, world.centreA.id);
    const uploaded = await post(world.candidateInA.id, png, { type: "image/png", name: "oops.png" });
    const fileId = (uploaded.body as { file: { id: string } }).file.id;
    const { storageKey } = await getPrisma().storedFile.findUniqueOrThrow({ where: { id: fileId } });
    const storage = createDiskStorage(root);
    expect(await storage.exists(storageKey)).toBe(true);

    expect((await remove(fileId, "http://evil.test")).status).toBe(403);
    signIn(world.assessorA.user.id, world.centreA.id);
    expect((await remove(fileId)).status).toBe(404); // not their upload
    signIn(world.assessorB.user.id, world.centreB.id);
    expect((await remove(fileId)).status).toBe(404);
    expect(await storage.exists(storageKey)).toBe(true);

    signIn(world.candidateA.user.id, world.centreA.id);
    // The factory's file is the candidate's own upload, saved with an evidence item: it stays.
    const saved = await remove(world.inCentreA.file.id);
    expect(saved.status).toBe(409);
    expect(JSON.parse(saved.text)).toEqual({ error: "This file is part of a saved record, so it stays. Change that record to remove it." });
    expect(await getPrisma().storedFile.count({ where: { id: world.inCentreA.file.id } })).toBe(1);

    expect(await remove(fileId)).toEqual({ status: 204, text: "" });
    expect(await getPrisma().storedFile.count({ where: { id: fileId } })).toBe(0);
    expect(await storage.exists(storageKey)).toBe(false);
    const audit = await getPrisma().auditEvent.findMany({ where: { centreId: world.centreA.id, action: "files.discard" } });
    expect(audit).toMatchObject([{ targetId: fileId, actorUserId: world.candidateA.user.id }]);
  });
});
