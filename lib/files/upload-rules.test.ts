import { describe, expect, it } from "vitest";
import {
  allowedContentTypes,
  contentTypeLabel,
  decideUpload,
  declaredSizeProblem,
  defaultUploadLimitBytes,
  displayFileName,
  formatByteSize,
  isInlineImage,
  uploadAccept,
  uploadLimitBytes,
} from "./upload-rules";

const limit = 10 * 1024 * 1024;
const wordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("decideUpload", () => {
  it("accepts each kind of evidence when the claim agrees with the content, keeping the sniffed type", () => {
    const cases: [claimed: string, sniffed: string][] = [
      ["image/jpeg", "image/jpeg"],
      ["image/jpg", "image/jpeg"],
      ["image/png", "image/png"],
      ["image/webp", "image/webp"],
      ["image/heic", "image/heic"],
      ["image/heif", "image/heif"],
      ["image/heic", "image/heif"],
      ["image/gif", "image/gif"],
      ["application/pdf", "application/pdf"],
      [wordType, wordType],
      [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ],
      [
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      ],
      ["video/mp4", "video/mp4"],
      ["video/quicktime", "video/quicktime"],
      ["audio/x-m4a", "audio/x-m4a"],
      ["audio/mp4", "audio/x-m4a"],
      ["audio/mpeg", "audio/mpeg"],
      ["audio/mp3", "audio/mpeg"],
      ["audio/wav", "audio/wav"],
      ["audio/x-wav", "audio/wav"],
      ["IMAGE/JPEG; charset=binary", "image/jpeg"],
    ];
    for (const [claimedType, sniffedType] of cases) {
      expect(decideUpload({ byteSize: 1000, sniffedType, claimedType }, limit), `${claimedType} → ${sniffedType}`).toMatchObject({
        ok: true,
        contentType: sniffedType,
      });
    }
  });

  it("takes the sniffed type when the browser claimed nothing (a type it does not know, e.g. HEIC on Windows)", () => {
    for (const claimedType of [null, "", "application/octet-stream"]) {
      expect(decideUpload({ byteSize: 1000, sniffedType: "image/heic", claimedType }, limit)).toEqual({
        ok: true,
        contentType: "image/heic",
        label: "HEIC photo",
      });
    }
  });

  it("refuses content that does not match the claimed type, naming both", () => {
    const pngAsPdf = decideUpload({ byteSize: 1000, sniffedType: "image/png", claimedType: "application/pdf" }, limit);
    expect(pngAsPdf).toEqual({
      ok: false,
      message:
        "This file says it is a PDF document, but its content is a PNG image. Nothing was uploaded: check it is the file you meant, or save it again in the format its name says.",
    });
    expect(decideUpload({ byteSize: 1000, sniffedType: "video/mp4", claimedType: "image/jpeg" }, limit)).toMatchObject({ ok: false });
    expect(decideUpload({ byteSize: 1000, sniffedType: "image/jpeg", claimedType: "text/plain" }, limit)).toMatchObject({
      ok: false,
      message: expect.stringContaining("says it is of type text/plain, but its content is a JPEG photo"),
    });
  });

  it("refuses a program renamed .jpg, and content it cannot identify, whatever was claimed", () => {
    const exe = decideUpload({ byteSize: 1000, sniffedType: "application/x-msdownload", claimedType: "image/jpeg" }, limit);
    expect(exe).toMatchObject({ ok: false, message: expect.stringMatching(/^Assay cannot take this kind of file/) });
    expect(decideUpload({ byteSize: 1000, sniffedType: undefined, claimedType: "text/plain" }, limit)).toMatchObject({ ok: false });
    expect(decideUpload({ byteSize: 1000, sniffedType: "application/zip", claimedType: "application/zip" }, limit)).toMatchObject({
      ok: false,
    });
    expect(decideUpload({ byteSize: 1000, sniffedType: "text/html", claimedType: null }, limit)).toMatchObject({ ok: false });
    expect(decideUpload({ byteSize: 1000, sniffedType: "image/svg+xml", claimedType: "image/svg+xml" }, limit)).toMatchObject({
      ok: false,
    });
  });

  it("refuses an empty file and one over the limit; the limit itself is accepted", () => {
    const ok = { sniffedType: "application/pdf", claimedType: "application/pdf" };
    expect(decideUpload({ ...ok, byteSize: 0 }, limit)).toEqual({ ok: false, message: "This file is empty. Nothing was uploaded." });
    expect(decideUpload({ ...ok, byteSize: limit + 1 }, limit)).toEqual({
      ok: false,
      message: "This file is larger than 10 MB, the most Assay accepts. Nothing was uploaded.",
    });
    expect(decideUpload({ ...ok, byteSize: limit }, limit)).toMatchObject({ ok: true });
  });
});

describe("limits and words", () => {
  it("reads the size limit from ASSAY_UPLOAD_MAX_MB, 25 MB by default", () => {
    expect(uploadLimitBytes({})).toBe(defaultUploadLimitBytes);
    expect(defaultUploadLimitBytes).toBe(25 * 1024 * 1024);
    expect(uploadLimitBytes({ ASSAY_UPLOAD_MAX_MB: "100" })).toBe(100 * 1024 * 1024);
    expect(() => uploadLimitBytes({ ASSAY_UPLOAD_MAX_MB: "lots" })).toThrow(/ASSAY_UPLOAD_MAX_MB must be a whole number/);
    expect(() => uploadLimitBytes({ ASSAY_UPLOAD_MAX_MB: "0" })).toThrow(/ASSAY_UPLOAD_MAX_MB/);
  });

  it("checks a declared size before anything is read", () => {
    expect(declaredSizeProblem(null, limit)).toBeNull();
    expect(declaredSizeProblem(5, limit)).toBeNull();
    expect(declaredSizeProblem(0, limit)).toMatch(/empty/);
    expect(declaredSizeProblem(limit + 1, limit)).toMatch(/larger than 10 MB/);
  });

  it("keeps the last part of a name and shortens a long one keeping its extension", () => {
    expect(displayFileName("C:\\Users\\cara\\Desktop\\log.pdf")).toBe("log.pdf");
    expect(displayFileName("/home/cara/photo 1.jpg")).toBe("photo 1.jpg");
    const long = displayFileName(`${"a".repeat(300)}.jpeg`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".jpeg")).toBe(true);
  });

  it("describes sizes and types in people's words", () => {
    expect(formatByteSize(900)).toBe("900 bytes");
    expect(formatByteSize(2048)).toBe("2 KB");
    expect(formatByteSize(3.46 * 1024 * 1024)).toBe("3.5 MB");
    expect(formatByteSize(25 * 1024 * 1024)).toBe("25 MB");
    expect(contentTypeLabel(wordType)).toBe("Word document");
    expect(contentTypeLabel("application/x-unknown")).toBe("application/x-unknown");
  });

  it("offers the picker every accepted type, and shows only plain pictures inline", () => {
    for (const type of allowedContentTypes) expect(uploadAccept.split(",")).toContain(type);
    expect(uploadAccept).toContain(".docx");
    expect(isInlineImage("image/png")).toBe(true);
    expect(isInlineImage("image/heic")).toBe(false);
    expect(isInlineImage("application/pdf")).toBe(false);
  });
});
