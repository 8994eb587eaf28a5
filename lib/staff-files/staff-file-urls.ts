import type { StaffFileTarget } from "./schemas";

// The addresses of professional-record files (client and server): upload (POST the raw bytes,
// as for candidates' files) and download.

export function staffFileUploadUrl(target: StaffFileTarget): string {
  const params = new URLSearchParams({ kind: target.kind });
  if (target.staffQualificationId) params.set("staffQualificationId", target.staffQualificationId);
  if (target.cpdEntryId) params.set("cpdEntryId", target.cpdEntryId);
  return `/api/staff-files?${params.toString()}`;
}

export function staffFileDownloadUrl(fileId: string): string {
  return `/api/staff-files/${encodeURIComponent(fileId)}`;
}
