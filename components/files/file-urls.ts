// The two file addresses, shared by the upload widget (client) and the file list (server or client).

/** Request header carrying the file's name, URI-encoded (headers are ASCII). */
export const fileNameHeader = "X-File-Name";
/** Request header carrying the workspace key the page was rendered for. */
export const workspaceHeader = "X-Assay-Workspace";

/** Where a candidate's files are uploaded: POST the raw bytes. */
export function uploadUrl(candidateId: string): string {
  return `/api/candidates/${encodeURIComponent(candidateId)}/files`;
}

/** Where a stored file is downloaded (always as an attachment; `inline` shows a photo in the page). */
export function downloadUrl(fileId: string, options: { inline?: boolean } = {}): string {
  return `/api/files/${encodeURIComponent(fileId)}${options.inline ? "?inline=1" : ""}`;
}
