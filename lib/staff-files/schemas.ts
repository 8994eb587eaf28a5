import { z } from "zod";
import { fileNameMaxLength } from "@/lib/files/upload-rules";
import { textField } from "@/lib/validation/text-fields";

// What the staff-file upload route hands the record action once the bytes are stored (as for
// candidates' files, lib/files/schemas.ts), and what removing one takes.

export const staffFileKinds = ["CERTIFICATE", "CV", "ROLE_PROFILE", "CPD_EVIDENCE"] as const;
export type StaffFileKindName = (typeof staffFileKinds)[number];

/**
 * The most files of each kind one person keeps on their record (a cap on what one account can
 * pile into storage and onto others' lists). CPD evidence builds up year on year, so more of it.
 */
export const staffFileLimits = {
  CERTIFICATE: 50,
  CV: 50,
  ROLE_PROFILE: 50,
  CPD_EVIDENCE: 200,
} as const satisfies Record<StaffFileKindName, number>;

/** Keys of professional-record files: staff/<owner's user id>/<random id>. */
export const staffStorageKeyPattern = /^staff\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** Where the file belongs: its kind and, for a certificate or CPD evidence, the row it is for. */
export const staffFileTargetSchema = z
  .object({
    kind: z.enum(staffFileKinds, { error: "Say what the file is." }),
    staffQualificationId: z.union([z.literal(""), z.uuid("Not found.")]).default(""),
    cpdEntryId: z.union([z.literal(""), z.uuid("Not found.")]).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "CERTIFICATE" && value.staffQualificationId === "") {
      ctx.addIssue({ code: "custom", path: ["staffQualificationId"], message: "Say which qualification the certificate is for." });
    }
    if (value.kind === "CPD_EVIDENCE" && value.cpdEntryId === "") {
      ctx.addIssue({ code: "custom", path: ["cpdEntryId"], message: "Say which CPD activity the evidence is for." });
    }
  });
export type StaffFileTarget = z.input<typeof staffFileTargetSchema>;

export const recordStaffFileSchema = z
  .object({
    fileName: textField({ max: fileNameMaxLength, required: "The file has no name: rename it and add it again." }),
    claimedType: z.string().trim().max(200).default(""),
    storageKey: z.string().regex(staffStorageKeyPattern, "Not a storage key Assay made."),
    contentType: z.string().max(200),
    byteSize: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "Not a SHA-256 digest."),
  })
  .and(staffFileTargetSchema);
export type RecordStaffFileInput = z.input<typeof recordStaffFileSchema>;

export const removeStaffFileSchema = z.object({ staffFileId: z.uuid("Not found.") });
export type RemoveStaffFileInput = z.input<typeof removeStaffFileSchema>;
