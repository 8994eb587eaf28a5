import { fileNameHeader } from "@/components/files/file-urls";
import { performAction } from "@/lib/actions/perform-action";
import { currentAccess } from "@/lib/auth/current-access";
import { notFound } from "@/lib/errors/app-error";
import { receiveUpload, type UploadResponseBody } from "@/lib/files/receive-upload";
import { uploadFailure } from "@/lib/files/upload-failure";
import { crossSiteRefusal, declaredLength, headerFileName } from "@/lib/files/upload-request";
import { uploadLimitBytes } from "@/lib/files/upload-rules";
import { newNonce, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { logger } from "@/lib/log/logger";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { recordStaffFile } from "@/lib/staff-files/record-staff-file";
import { staffFileTargetSchema } from "@/lib/staff-files/schemas";
import { getFileStorage } from "@/lib/storage/get-file-storage";

// POST /api/staff-files?kind=CERTIFICATE&staffQualificationId=… (or kind=CV, ROLE_PROFILE, or
// CPD_EVIDENCE&cpdEntryId=…): one file on the signed-in person's own professional record, as the
// raw request body, exactly as candidates' evidence files are received (lib/files/receive-upload.ts:
// size limit, content sniffing, streaming to storage). The bytes go under staff/<user id>/; the
// record is made by the staffFiles.record action. Answers 201 { file } or { error, fieldErrors }.

export const dynamic = "force-dynamic";

function answer(status: number, body: UploadResponseBody, request: Request, requestId: string) {
  const headers = securityHeaders({
    nonce: newNonce(),
    https: servedOverHttps(request),
    development: process.env.NODE_ENV === "development",
  });
  return Response.json(body, { status, headers: { ...headers, "Cache-Control": "no-store", [REQUEST_ID_HEADER]: requestId } });
}

export async function POST(request: Request) {
  const requestId = newRequestId();
  try {
    const respond = (status: number, body: UploadResponseBody) => answer(status, body, request, requestId);
    const crossSite = crossSiteRefusal(request.headers);
    if (crossSite) return respond(403, { error: crossSite });
    const access = await currentAccess();
    if (!access) return respond(401, { error: "Your sign-in has ended. Sign in again, then add the file again." });

    const params = new URL(request.url).searchParams;
    const target = staffFileTargetSchema.safeParse({
      kind: params.get("kind") ?? "",
      staffQualificationId: params.get("staffQualificationId") ?? "",
      cpdEntryId: params.get("cpdEntryId") ?? "",
    });
    if (!target.success) {
      // A qualification or CPD activity id that is not a record id is "not found", exactly as
      // someone else's row or a missing one is (the record action's answer).
      const malformed = target.error.issues.find((issue) => issue.code === "invalid_format")?.path[0];
      if (malformed === "staffQualificationId") return respond(404, { error: notFound("Qualification").message });
      if (malformed === "cpdEntryId") return respond(404, { error: notFound("CPD activity").message });
      const message = target.error.issues[0]?.message ?? "Say what the file is.";
      return respond(400, { error: message, fieldErrors: { file: [message] } });
    }
    const fileName = headerFileName(request.headers, fileNameHeader);
    if (!fileName) {
      const message = "The file's name did not arrive. Add the file again.";
      return respond(400, { error: message, fieldErrors: { file: [message] } });
    }
    const result = await receiveUpload({
      storage: getFileStorage(),
      body: request.body,
      contentLength: declaredLength(request.headers),
      claimedType: request.headers.get("content-type"),
      fileName,
      // receiveUpload's key prefix and owner: this person's own area of the store.
      candidateId: access.userId,
      centreId: `staff/${access.userId}`,
      limitBytes: uploadLimitBytes(process.env),
      record: (input) =>
        performAction(
          recordStaffFile,
          {
            ...target.data,
            fileName: input.fileName,
            claimedType: input.claimedType,
            storageKey: input.storageKey,
            contentType: input.contentType,
            byteSize: input.byteSize,
            sha256: input.sha256,
          },
          { requestId },
        ),
      requestId,
    });
    return respond(result.status, result.body);
  } catch (error) {
    const { status, message } = await uploadFailure(error);
    logger.error({ requestId, err: error }, "staff file upload failed");
    return answer(status, { error: message }, request, requestId);
  }
}
