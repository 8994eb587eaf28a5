// What Assay accepts as an evidence file, as pure decisions shared by the upload route, the upload
// action and the browser widget (so it has no server imports). The type is always the one sniffed
// from the content; the type the browser claimed (which it guesses from the file name) must agree
// with it, so a PNG sent as a PDF or a program renamed .jpg is refused before anything is kept.

/** 25 MB: a long phone video is bigger, but every photo, document and voice note fits. */
export const defaultUploadLimitBytes = 25 * 1024 * 1024;

/** How many bytes from the start of a file are read to tell its type (Office files need their zip directory's first entries). */
export const sniffBytes = 512 * 1024;

/** The largest file name kept (names are shown, never used as a path). */
export const fileNameMaxLength = 200;

type FileKind = {
  /** The canonical type stored and served (what file-type reports for this content). */
  sniffed: readonly string[];
  /** Types a browser may claim for this content (besides the sniffed ones). */
  claims: readonly string[];
  /** The words a person reads: "a PDF document". */
  label: string;
  /** For the file picker's accept attribute. */
  extensions: readonly string[];
};

const wordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const excelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const powerPointType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/**
 * The kinds of evidence an assessor or candidate brings (handbook 5.6: photographs, documents,
 * recordings of observations and professional discussions). Plain text is not here: it cannot be
 * told apart from any other bytes by its content, and a text file's content is better typed into
 * the record itself.
 */
const fileKinds: readonly FileKind[] = [
  { sniffed: ["image/jpeg"], claims: ["image/jpg", "image/pjpeg"], label: "JPEG photo", extensions: [".jpg", ".jpeg"] },
  { sniffed: ["image/png"], claims: [], label: "PNG image", extensions: [".png"] },
  { sniffed: ["image/webp"], claims: [], label: "WebP image", extensions: [".webp"] },
  {
    sniffed: ["image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"],
    claims: [],
    label: "HEIC photo",
    extensions: [".heic", ".heif"],
  },
  { sniffed: ["image/gif"], claims: [], label: "GIF image", extensions: [".gif"] },
  { sniffed: ["application/pdf"], claims: ["application/x-pdf"], label: "PDF document", extensions: [".pdf"] },
  { sniffed: [wordType], claims: [], label: "Word document", extensions: [".docx"] },
  { sniffed: [excelType], claims: [], label: "Excel spreadsheet", extensions: [".xlsx"] },
  { sniffed: [powerPointType], claims: [], label: "PowerPoint presentation", extensions: [".pptx"] },
  { sniffed: ["video/mp4"], claims: ["audio/mp4", "video/x-m4v"], label: "MP4 video", extensions: [".mp4"] },
  { sniffed: ["video/quicktime"], claims: [], label: "MOV video", extensions: [".mov"] },
  { sniffed: ["audio/x-m4a"], claims: ["audio/m4a", "audio/mp4", "audio/x-mp4"], label: "M4A audio recording", extensions: [".m4a"] },
  {
    sniffed: ["audio/mpeg"],
    claims: ["audio/mp3", "audio/mpeg3", "audio/x-mpeg", "audio/x-mp3"],
    label: "MP3 audio",
    extensions: [".mp3"],
  },
  { sniffed: ["audio/wav"], claims: ["audio/x-wav", "audio/wave", "audio/vnd.wave"], label: "WAV audio", extensions: [".wav"] },
];

/** The types Assay stores (sniffed), for tests and documentation. */
export const allowedContentTypes: readonly string[] = fileKinds.flatMap((kind) => kind.sniffed);

/** For `<input type="file" accept>`: the types and extensions Assay accepts. */
export const uploadAccept: string = [...new Set(fileKinds.flatMap((kind) => [...kind.sniffed, ...kind.extensions]))].join(",");

/** What a person is told Assay accepts. */
export const allowedKindsSentence =
  "photos (JPEG, PNG, WebP, HEIC, GIF), PDF, Word, Excel or PowerPoint documents, MP4 or MOV video, and M4A, MP3 or WAV audio";

/** Claims that say nothing: a browser sends these (or nothing) for a type it does not know, e.g. HEIC on Windows. */
const unknownClaims = new Set(["", "application/octet-stream", "binary/octet-stream"]);

function normaliseType(type: string | null | undefined): string {
  return (type ?? "").split(";")[0]!.trim().toLowerCase();
}

function kindOfSniffed(type: string): FileKind | undefined {
  return fileKinds.find((kind) => kind.sniffed.includes(type));
}

function kindsClaimedBy(type: string): FileKind[] {
  return fileKinds.filter((kind) => kind.sniffed.includes(type) || kind.claims.includes(type));
}

/** Whether a stored (sniffed) type is an image that may be shown inline as a picture. */
export function isInlineImage(contentType: string): boolean {
  return ["image/jpeg", "image/png", "image/webp", "image/gif"].includes(contentType);
}

/** A size for people: "812 KB", "3.4 MB". */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, "") : Math.round(mb)} MB`;
}

/** The label of a stored type ("PDF document"), or the type itself for one Assay no longer accepts. */
export function contentTypeLabel(contentType: string): string {
  return kindOfSniffed(normaliseType(contentType))?.label ?? contentType;
}

/** The size limit: ASSAY_UPLOAD_MAX_MB (whole megabytes, 1–1024) or 25 MB. */
export function uploadLimitBytes(env: Record<string, string | undefined> = {}): number {
  const raw = env.ASSAY_UPLOAD_MAX_MB?.trim();
  if (!raw) return defaultUploadLimitBytes;
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 1 || mb > 1024) {
    throw new Error(`ASSAY_UPLOAD_MAX_MB must be a whole number of megabytes from 1 to 1024, not "${raw}".`);
  }
  return mb * 1024 * 1024;
}

export function tooLargeMessage(limitBytes: number): string {
  return `This file is larger than ${formatByteSize(limitBytes)}, the most Assay accepts. Nothing was uploaded.`;
}

/** Before any byte is read: the declared size (Content-Length, or File.size in the browser). */
export function declaredSizeProblem(byteSize: number | null, limitBytes: number): string | null {
  if (byteSize === null) return null;
  if (byteSize === 0) return "This file is empty. Nothing was uploaded.";
  if (byteSize > limitBytes) return tooLargeMessage(limitBytes);
  return null;
}

export type UploadDecision = { ok: true; contentType: string; label: string } | { ok: false; message: string };

/**
 * The one decision about a received file: its size, the type sniffed from its content (undefined
 * when the content matches no known type) and the type the browser claimed.
 */
export function decideUpload(
  file: { byteSize: number; sniffedType: string | undefined; claimedType: string | null },
  limitBytes: number,
): UploadDecision {
  const sizeProblem = declaredSizeProblem(file.byteSize, limitBytes);
  if (sizeProblem) return { ok: false, message: sizeProblem };
  const sniffed = normaliseType(file.sniffedType);
  const kind = kindOfSniffed(sniffed);
  if (!kind) {
    return {
      ok: false,
      message: `Assay cannot take this kind of file: its content is not one of the kinds accepted as evidence, which are ${allowedKindsSentence}. Nothing was uploaded.`,
    };
  }
  const claimed = normaliseType(file.claimedType);
  if (!unknownClaims.has(claimed) && !kindsClaimedBy(claimed).includes(kind)) {
    const claimedKind = kindsClaimedBy(claimed)[0];
    const said = claimedKind ? `a ${claimedKind.label}` : `of type ${claimed}`;
    return {
      ok: false,
      message: `This file says it is ${said}, but its content is a ${kind.label}. Nothing was uploaded: check it is the file you meant, or save it again in the format its name says.`,
    };
  }
  return { ok: true, contentType: sniffed, label: kind.label };
}

/**
 * The name kept for a file: the last part of what the device sent (some browsers send a path),
 * shortened to fileNameMaxLength characters with the extension kept. Never used as a path.
 */
export function displayFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop()!.trim();
  if (base.length <= fileNameMaxLength) return base;
  const dot = base.lastIndexOf(".");
  const extension = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : "";
  return base.slice(0, fileNameMaxLength - extension.length) + extension;
}
