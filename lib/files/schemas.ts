import { z } from "zod";
import { textField } from "@/lib/validation/text-fields";
import { fileNameMaxLength } from "./upload-rules";

// What the upload route hands the upload action once the bytes are stored: who the file is for,
// the name the device gave, the type the browser claimed, and what Assay found (sniffed type,
// size, SHA-256) and where it put the bytes. The action checks all of it again.

export const storageKeyPattern = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

export const uploadFileSchema = z.object({
  candidateId: z.uuid("Not found."),
  fileName: textField({ max: fileNameMaxLength, required: "The file has no name: rename it and add it again." }),
  claimedType: z.string().trim().max(200),
  storageKey: z.string().regex(storageKeyPattern, "Not a storage key Assay made."),
  contentType: z.string().max(200),
  byteSize: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "Not a SHA-256 digest."),
});
export type UploadFileInput = z.input<typeof uploadFileSchema>;

/** What the upload route answers and the widget shows. */
export type UploadedFileView = { id: string; fileName: string; contentType: string; byteSize: number };

/** Files chosen in a form, to be linked to the record it saves (evidence item, activity). */
export const fileIdsField = z.array(z.uuid("A file was not found: remove it and add it again.")).max(50, "Attach at most 50 files.");
