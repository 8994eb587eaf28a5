import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type/core";
import type { ActionResult } from "@/lib/actions/action-result";
import type { AppErrorCode, FieldErrors } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import type { FileStorage } from "@/lib/storage/file-storage";
import type { UploadFileInput, UploadedFileView } from "./schemas";
import { decideUpload, declaredSizeProblem, displayFileName, sniffBytes, tooLargeMessage } from "./upload-rules";

// The upload route's work, apart from the session: read the raw body as it arrives, refuse it
// early when it is too large or its content is not what it claims to be (before a byte is
// stored), store it under a random key while computing its SHA-256, then record it through the
// upload action. Whatever fails after the bytes are stored, they are deleted again.

export type UploadResponseBody = { file: UploadedFileView } | { error: string; fieldErrors?: FieldErrors };
export type UploadResponse = { status: number; body: UploadResponseBody };

export type ReceiveUploadOptions = {
  storage: FileStorage;
  /** The request body: the file's bytes, nothing else. */
  body: ReadableStream<Uint8Array> | null;
  /** Content-Length, when the client sent one. */
  contentLength: number | null;
  /** The type the browser claimed (Content-Type). */
  claimedType: string | null;
  /** The name the device gave, already decoded. */
  fileName: string;
  candidateId: string;
  /** The active centre: the first segment of the storage key. */
  centreId: string;
  limitBytes: number;
  /** Runs the upload action (performAction in the route, runAction in tests). */
  record: (input: UploadFileInput) => Promise<ActionResult<UploadedFileView>>;
  requestId?: string;
};

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const statusOfCode: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  STALE: 409,
  UNAVAILABLE: 503,
  UNEXPECTED: 500,
};

export function uploadStatusFor(code: AppErrorCode): number {
  return statusOfCode[code];
}

function refused(status: number, message: string): UploadResponse {
  return { status, body: { error: message, fieldErrors: { file: [message] } } };
}

const emptyMessage = "This file is empty. Nothing was uploaded.";
const incompleteMessage = "The file did not arrive whole (the connection may have dropped). Nothing was kept: add it again.";

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

async function deleteQuietly(storage: FileStorage, key: string, requestId?: string) {
  try {
    await storage.delete(key);
  } catch (error) {
    logger.error({ requestId, err: error, storageKey: key }, "could not delete the bytes of an upload that was not recorded");
  }
}

export async function receiveUpload(options: ReceiveUploadOptions): Promise<UploadResponse> {
  const { storage, limitBytes, contentLength } = options;
  const declared = declaredSizeProblem(contentLength, limitBytes);
  if (declared) return refused(contentLength === 0 ? 400 : 413, declared);
  if (!options.body) return refused(400, emptyMessage);

  const reader = options.body.getReader();
  const cancel = () => reader.cancel().catch(() => undefined);
  let received = 0;

  // 1. The start of the file, enough to tell its type.
  const headChunks: Uint8Array[] = [];
  let ended = false;
  while (received < sniffBytes) {
    const { value, done } = await reader.read();
    if (done) {
      ended = true;
      break;
    }
    received += value.byteLength;
    if (received > limitBytes) {
      await cancel();
      return refused(413, tooLargeMessage(limitBytes));
    }
    headChunks.push(value);
  }
  const head = concat(headChunks, received);
  if (head.byteLength === 0) return refused(400, emptyMessage);
  if (ended && contentLength !== null && received !== contentLength) return refused(400, incompleteMessage);

  const sniffed = await fileTypeFromBuffer(head.subarray(0, sniffBytes));
  const decision = decideUpload({ byteSize: head.byteLength, sniffedType: sniffed?.mime, claimedType: options.claimedType }, limitBytes);
  if (!decision.ok) {
    await cancel();
    return refused(415, decision.message);
  }

  // 2. Store it all, hashing and counting as it passes; too much, or less than declared, fails the store.
  const hash = createHash("sha256").update(head);
  const storageKey = `${options.centreId}/${randomUUID()}`;
  const source = Readable.from(
    (async function* () {
      yield head;
      if (ended) return;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        received += value.byteLength;
        if (received > limitBytes) throw new Refusal(413, tooLargeMessage(limitBytes));
        hash.update(value);
        yield value;
      }
      if (contentLength !== null && received !== contentLength) throw new Refusal(400, incompleteMessage);
    })(),
    { objectMode: false },
  );
  try {
    await storage.put(storageKey, source);
  } catch (error) {
    await cancel();
    await deleteQuietly(storage, storageKey, options.requestId);
    if (error instanceof Refusal) return refused(error.status, error.message);
    logger.error({ requestId: options.requestId, err: error }, `could not store an upload ${storage.description}`);
    return refused(503, "The file could not be stored just now. Nothing was kept: try again in a moment.");
  }

  // 3. Record it through the action; without a record, the bytes go.
  let result: ActionResult<UploadedFileView>;
  try {
    result = await options.record({
      candidateId: options.candidateId,
      fileName: displayFileName(options.fileName),
      claimedType: options.claimedType ?? "",
      storageKey,
      contentType: decision.contentType,
      byteSize: received,
      sha256: hash.digest("hex"),
    });
  } catch (error) {
    await deleteQuietly(storage, storageKey, options.requestId);
    throw error;
  }
  if (!result.ok) {
    await deleteQuietly(storage, storageKey, options.requestId);
    const fieldErrors = result.fieldErrors ?? (result.code === "INVALID_INPUT" ? { file: [result.message] } : undefined);
    return { status: uploadStatusFor(result.code), body: { error: result.message, ...(fieldErrors ? { fieldErrors } : {}) } };
  }
  return { status: 201, body: { file: result.data } };
}
